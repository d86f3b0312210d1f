package nl.regioportal.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in through a page, kept in the HTTP session until sign-out or expiry.
 *
 * @param groups what the container maps to roles (roles and group paths)
 * @param tokenGroups the identity provider's group paths (region memberships); empty for the
 *     development login
 * @param idToken the provider's ID token, for signing out there too; {@code null} for the
 *     development login
 */
public record SignedInCaller(
    String username, Set<String> groups, Set<String> tokenGroups, String idToken)
    implements Serializable {

  public SignedInCaller {
    groups = Set.copyOf(groups);
    tokenGroups = Set.copyOf(tokenGroups);
  }

  public SignedInCaller(String username, Set<String> groups) {
    this(username, groups, Set.of(), null);
  }
}
