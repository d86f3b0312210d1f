/** Routes of the directory: keeping every instance's search index equal to the database. */
package nl.regioportal.integration.directory;
