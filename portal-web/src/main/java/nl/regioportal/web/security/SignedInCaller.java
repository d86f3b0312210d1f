package nl.regioportal.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Who signed in through a page, kept in the HTTP session until sign-out, inactivity or the end of
 * its lifetime ({@link SessionLifetime}).
 *
 * @param groups what the container maps to roles (roles and group paths)
 * @param tokenGroups the identity provider's group paths (region memberships); empty for the
 *     development login
 * @param idToken the provider's ID token, for signing out there too; {@code null} for the
 *     development login
 * @param refreshToken the provider's refresh token, to read the roles again; {@code null} for the
 *     development login
 * @param signedInAt when the person signed in (the session's absolute lifetime counts from here)
 * @param rolesReadAt when the roles and groups were last read from the identity provider
 * @param secondFactor signed in with a second factor (the provider's {@code acr}/{@code amr}, see
 *     {@link SecondFactor}); the development login counts as one
 */
public record SignedInCaller(
    String username,
    Set<String> groups,
    Set<String> tokenGroups,
    String idToken,
    String refreshToken,
    Instant signedInAt,
    Instant rolesReadAt,
    boolean secondFactor)
    implements Serializable {

  public SignedInCaller {
    groups = Set.copyOf(groups);
    tokenGroups = Set.copyOf(tokenGroups);
    Objects.requireNonNull(signedInAt, "signedInAt is required");
    Objects.requireNonNull(rolesReadAt, "rolesReadAt is required");
  }

  /**
   * Signed in on the development login: roles from the portal only, nothing to refresh; counts as
   * two-factor (development mode only, refused in production).
   */
  public SignedInCaller(String username, Set<String> groups, Instant at) {
    this(username, groups, Set.of(), null, null, at, at, true);
  }

  /**
   * Whether the person signed in through the identity provider (which then decides the regions).
   */
  public boolean throughIdentityProvider() {
    return idToken != null;
  }

  /** The same session with roles and groups just read again from the identity provider. */
  public SignedInCaller refreshed(
      Set<String> groups,
      Set<String> tokenGroups,
      String idToken,
      String refreshToken,
      Instant at,
      boolean secondFactor) {
    return new SignedInCaller(
        username, groups, tokenGroups, idToken, refreshToken, signedInAt, at, secondFactor);
  }
}
