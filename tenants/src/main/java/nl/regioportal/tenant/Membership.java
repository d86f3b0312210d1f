package nl.regioportal.tenant;

import java.util.Objects;

/**
 * That a person acts in a region in a role, optionally for one member organisation.
 *
 * @param organisationId the organisation the person acts for, or {@code null} for a regional role
 */
public record Membership(RegionCode region, PortalRole role, Long organisationId) {
  public Membership {
    Objects.requireNonNull(region, "region is required");
    Objects.requireNonNull(role, "role is required");
  }
}
