package nl.regioportal.tenant.provisioning;

import java.util.List;
import nl.regioportal.tenant.RegionCode;

/** The identity provider's side of provisioning (Keycloak's admin API in production). */
public interface IdentityDirectory {

  /** Whether an identity provider is configured at all (not in the embedded default). */
  boolean isConfigured();

  /**
   * Makes sure the groups {@code /regions/{code}/{role}} exist with their realm roles; creates what
   * is missing and nothing twice.
   *
   * @return the group paths that were created now (empty when all existed)
   */
  List<String> ensureRegionGroups(RegionCode region);

  /**
   * Makes sure a person with this e-mail address exists and is in {@code /regions/{code}/{role}}. A
   * new person gets the required action to choose a password.
   *
   * @return whether the person was created now (false: they existed and only the group was added)
   */
  boolean ensureMember(String email, RegionCode region, nl.regioportal.tenant.PortalRole role);

  /**
   * Asks the identity provider to e-mail the person a link to set up their account.
   *
   * @return false when it could not send (no mail server configured, as in development)
   */
  boolean sendSetupEmail(String email);

  /**
   * Whether the person has not yet finished setting up their account (password still to choose).
   */
  boolean setupPending(String email);

  /** Development only: gives the person a one-time password that must be changed at sign-in. */
  String setTemporaryPassword(String email);
}
