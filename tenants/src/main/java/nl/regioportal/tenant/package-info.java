/**
 * Tenancy: the active Doorstroompunt (RMC) region of a unit of work, who the caller is and in which
 * regions they may act, and how work without an HTTP request runs for a region.
 */
package nl.regioportal.tenant;
