package nl.regioportal.tenant;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * That a person acts in a region in a role, optionally for one member organisation.
 *
 * @param organisationId the organisation the person acts for, or {@code null} for a regional role
 */
public record Membership(RegionCode region, PortalRole role, Long organisationId) {

  private static final Pattern GROUP_PATH = Pattern.compile("/regions/(\\d{2})/([a-z-]+)");

  public Membership {
    Objects.requireNonNull(region, "region is required");
    Objects.requireNonNull(role, "role is required");
  }

  /**
   * Reads an identity-provider group path such as {@code /regions/29/rmc-coordinator}; empty for
   * any other group (and for {@code platform-admin}, which is never regional).
   */
  public static Optional<Membership> fromGroupPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = GROUP_PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return PortalRole.fromExternalName(m.group(2))
        .filter(role -> role != PortalRole.PLATFORM_ADMIN)
        .map(role -> new Membership(new RegionCode(m.group(1)), role, null));
  }

  /**
   * What a person signed in through the identity provider holds: the identity provider alone says
   * which regions and roles (its group paths, read at sign-in and at every roles refresh); the
   * portal's stored memberships only add the organisation the person acts for there. A stored
   * membership the identity provider does not confirm counts for nothing, so removing someone from
   * a region group at Keycloak takes the region away even when an invitation recorded it (the
   * identity ADR "Keycloak decides the regions" in docs/decisions).
   */
  public static List<Membership> confirmedBy(Collection<?> groupPaths, List<Membership> stored) {
    LinkedHashSet<Membership> held = new LinkedHashSet<>();
    for (Object path : groupPaths) {
      fromGroupPath(String.valueOf(path))
          .ifPresent(
              m ->
                  held.add(
                      stored.stream()
                          .filter(s -> s.region().equals(m.region()) && s.role() == m.role())
                          .findFirst()
                          .orElse(m)));
    }
    return List.copyOf(held);
  }
}
