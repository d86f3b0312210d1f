package nl.regioportal.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionCode;

/**
 * Who an audit entry names: the user name (or {@code system}), the organisation and the role(s) the
 * caller acts in, in the entry's region.
 */
record Actor(String name, Long organisationId, String role) {

  /** The role text of the system caller. */
  static final String SYSTEM_ROLE = "system";

  /** The role text of a caller without a role in the region (should not reach audited data). */
  static final String NO_ROLE = "none";

  Actor {
    Objects.requireNonNull(name);
    Objects.requireNonNull(role);
  }

  /**
   * The caller as the audit trail names them in {@code region}. The role: {@code acting} when the
   * service says which (the caller must hold it there); else every role the caller holds in the
   * region, by external name, comma-separated in the order of {@link PortalRole}. The organisation:
   * the acting membership's, or the one organisation all the caller's memberships in the region
   * share (none when they differ).
   *
   * @throws AccessDeniedException for a caller who is not signed in: audited data is never touched
   *     anonymously, and refusing here rolls the access back
   */
  static Actor of(CurrentCaller caller, RegionCode region, Optional<PortalRole> acting) {
    if (caller.isSystem()) {
      return new Actor(CurrentCaller.SYSTEM, null, SYSTEM_ROLE);
    }
    if (!caller.isSignedIn()) {
      throw new AccessDeniedException("Aanmelden is nodig / Signing in is required.");
    }
    List<Membership> here =
        caller.memberships().stream().filter(m -> m.region().equals(region)).toList();
    if (acting.isPresent()) {
      PortalRole role = acting.get();
      if (role == PortalRole.PLATFORM_ADMIN && caller.isPlatformAdmin()) {
        return new Actor(caller.username(), null, role.externalName());
      }
      Membership m =
          here.stream()
              .filter(h -> h.role() == role)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "The caller does not hold " + role + " in region " + region));
      return new Actor(caller.username(), m.organisationId(), role.externalName());
    }
    if (here.isEmpty()) {
      return new Actor(
          caller.username(),
          null,
          caller.isPlatformAdmin() ? PortalRole.PLATFORM_ADMIN.externalName() : NO_ROLE);
    }
    String roles =
        here.stream()
            .map(Membership::role)
            .distinct()
            .sorted()
            .map(PortalRole::externalName)
            .collect(Collectors.joining(","));
    List<Long> organisations = here.stream().map(Membership::organisationId).distinct().toList();
    return new Actor(
        caller.username(), organisations.size() == 1 ? organisations.get(0) : null, roles);
  }
}
