/** Reading, keeping and searching the directory of the active region. */
package nl.regioportal.directory.application;
