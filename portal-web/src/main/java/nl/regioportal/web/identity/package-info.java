/** Who people are: the sign-in page, invitations (page and REST) and {@code GET /api/v1/me}. */
package nl.regioportal.web.identity;
