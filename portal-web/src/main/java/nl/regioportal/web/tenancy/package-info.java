/**
 * Where the active region comes from: the URL ({@code /r/{region}/...} for pages, {@code
 * /api/v1/regions/{region}/...} for the API), checked against the caller's memberships.
 */
package nl.regioportal.web.tenancy;
