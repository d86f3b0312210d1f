/**
 * The REST API under {@code /api/v1}: thin resources over the application services, DTOs that never
 * expose entities, and RFC 9457 problem details for every error.
 */
package nl.regioportal.web.api;
