package nl.regioportal.tenant;

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
}
