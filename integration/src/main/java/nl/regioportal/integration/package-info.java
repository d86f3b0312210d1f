/**
 * Apache Camel: the one CamelContext of the application and the routes that move data in and out of
 * the portal. Each flow is one {@code *Routes} class; processors call application services.
 */
package nl.regioportal.integration;
