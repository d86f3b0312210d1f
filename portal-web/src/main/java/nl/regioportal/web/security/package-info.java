/**
 * Who the caller is: the development login (demo users, a sign-in page and HTTP Basic for the API)
 * until the Keycloak sign-in replaces it, and the filter that turns the authenticated principal
 * into the {@code CurrentCaller} with its memberships.
 */
package nl.regioportal.web.security;
