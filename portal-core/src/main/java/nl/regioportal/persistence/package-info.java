/** The database: the data source, and the Flyway migration of its schema at start. */
package nl.regioportal.persistence;
