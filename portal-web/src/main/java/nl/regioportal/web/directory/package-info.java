/** The directory's pages and REST resources: search, a service's page, its entries' upkeep. */
package nl.regioportal.web.directory;
