/** The region's governing bodies as one transaction per change, with who may read and change. */
package nl.regioportal.governance.application;
