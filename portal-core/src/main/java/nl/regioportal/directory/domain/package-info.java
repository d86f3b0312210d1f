/** The directory's taxonomy and its entries (services, locations), with the rules they meet. */
package nl.regioportal.directory.domain;
