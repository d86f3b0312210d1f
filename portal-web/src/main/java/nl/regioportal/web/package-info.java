/** The web application: Faces pages, the REST API, security and the wiring of the container. */
package nl.regioportal.web;
