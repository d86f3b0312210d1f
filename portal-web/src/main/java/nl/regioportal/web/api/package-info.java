/**
 * What every resource of the REST API under {@code /api/v1} shares: the application, RFC 9457
 * problem details and their mappers, and the refusal of a body naming another region. The resources
 * themselves live with their feature.
 */
package nl.regioportal.web.api;
