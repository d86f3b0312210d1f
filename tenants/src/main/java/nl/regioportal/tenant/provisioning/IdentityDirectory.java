package nl.regioportal.tenant.provisioning;

import java.util.List;
import java.util.Optional;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionCode;

/**
 * The identity provider's side of provisioning (Keycloak's admin API in production). People's
 * accounts are addressed by their id once found or created, never looked up again by e-mail.
 */
public interface IdentityDirectory {

  /**
   * A person's account.
   *
   * @param id the identity provider's id of the account (Keycloak: the user id, the tokens' {@code
   *     sub})
   * @param username what the person signs in as (the portal's principal name)
   * @param emailVerified whether the identity provider holds the e-mail address as proven
   */
  record Account(String id, String username, boolean emailVerified) {}

  /** Whether an identity provider is configured at all (not in the embedded default). */
  boolean isConfigured();

  /**
   * Makes sure the groups {@code /regions/{code}/{role}} exist with their realm roles; creates what
   * is missing and nothing twice.
   *
   * @return the group paths that were created now (empty when all existed)
   */
  List<String> ensureRegionGroups(RegionCode region);

  /** The account with this e-mail address, if there is one (addresses are unique in the realm). */
  Optional<Account> findByEmail(String email);

  /**
   * Creates an account for this e-mail address (also its user name) with the required action to
   * choose a password. It can be entered only through a link sent to that address (the set-up
   * e-mail, or the sign-in service's forgotten-password mail), so it is created as verified.
   */
  Account create(String email);

  /** Puts the account in {@code /regions/{code}/{role}} (the groups are made when missing). */
  void addToRegionGroup(String accountId, RegionCode region, PortalRole role);

  /**
   * Asks the identity provider to e-mail a new account the link to set it up. Never for an account
   * that existed before the invitation: that would be a password reset sent on a coordinator's say.
   *
   * @return false when it could not send (no mail server configured, as in development)
   */
  boolean sendSetupEmail(String accountId);

  /** Development only, for a new account: a one-time password that must be changed at sign-in. */
  String setTemporaryPassword(String accountId);
}
