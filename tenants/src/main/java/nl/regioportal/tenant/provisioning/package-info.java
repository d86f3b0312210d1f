/**
 * Provisioning a region as a tenant: the portal's own records and the identity provider's groups
 * {@code /regions/{code}/{role}}, in one step that can be repeated safely.
 */
package nl.regioportal.tenant.provisioning;
