/**
 * Global reference data: the Doorstroompunt (RMC) regions, the municipalities and their dated
 * membership of a region, and the import of CBS "Gebieden in Nederland" tables that keeps them
 * current. None of it is tenant-owned.
 */
package nl.regioportal.region;
