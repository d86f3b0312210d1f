/** Camel route of the system-scope path: the timer that dispatches system jobs. */
package nl.regioportal.integration.system;
