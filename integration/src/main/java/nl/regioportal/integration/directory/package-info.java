/**
 * Routes of the directory: keeping every instance's search index equal to the database, and the
 * timer that queues the staleness reminders of every region.
 */
package nl.regioportal.integration.directory;
