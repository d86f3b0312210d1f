/** Use cases on organisations: the transaction boundary and the authorization point. */
package nl.regioportal.organisation.application;
