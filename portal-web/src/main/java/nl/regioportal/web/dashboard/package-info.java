/** The region's start page. */
package nl.regioportal.web.dashboard;
