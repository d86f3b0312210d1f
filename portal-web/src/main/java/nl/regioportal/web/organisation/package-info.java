/** A region's member organisations: the list and edit pages and the REST resource with its DTOs. */
package nl.regioportal.web.organisation;
