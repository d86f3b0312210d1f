/** Camel routes of reference data: the CBS area-table drop folder. */
package nl.regioportal.integration.region;
