/** Container wiring: the data source, the run mode and start-up checks. */
package nl.regioportal.web.config;
