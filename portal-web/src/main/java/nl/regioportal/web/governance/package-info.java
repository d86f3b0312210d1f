/** A region's governing bodies, their seats and terms: the REST resource with its DTOs. */
package nl.regioportal.web.governance;
