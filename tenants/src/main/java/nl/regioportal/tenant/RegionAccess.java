package nl.regioportal.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioportal.shared.AccessDeniedException;

/**
 * The one answer to "may the caller act in the active region": as a member, as one of its managers,
 * or with one of some roles. Application services ask it before they touch anything; pages ask it
 * what to show. The region is always the active one ({@link TenantContext}), never one a caller
 * names.
 */
@ApplicationScoped
public class RegionAccess {

  @Inject TenantContext tenant;
  @Inject CurrentCaller caller;

  /**
   * The active region, when the caller is a member of it (platform admins and the system are).
   *
   * @throws NoTenantException when no region is active
   * @throws AccessDeniedException when the caller is not a member
   */
  public RegionCode requireMember() {
    RegionCode region = tenant.require();
    if (!caller.mayEnter(region)) {
      throw new AccessDeniedException("You are not a member of region " + region + ".");
    }
    return region;
  }

  /**
   * The active region, when the caller is a member of it and signed in with a second factor (the
   * system always counts as such): for every read or change of student data (issue 13).
   *
   * @throws AccessDeniedException when the caller is not a member
   * @throws nl.regioportal.shared.SecondFactorRequiredException when a member signed in with a
   *     password alone
   */
  public RegionCode requireStudentData() {
    RegionCode region = requireMember();
    if (!caller.hasSecondFactor()) {
      throw new nl.regioportal.shared.SecondFactorRequiredException();
    }
    return region;
  }

  /** Has the caller signed in strongly enough for student data? */
  public boolean hasSecondFactor() {
    return caller.hasSecondFactor();
  }

  /**
   * The active region, when the caller manages it (the system, its coordinators, a platform admin).
   *
   * @param refusal the sentence the refused caller reads, e.g. "Only the region's coordinators
   *     manage funding keys."
   * @throws AccessDeniedException otherwise
   */
  public RegionCode requireManager(String refusal) {
    RegionCode region = tenant.require();
    if (!caller.managesRegion(region)) {
      throw new AccessDeniedException(refusal);
    }
    return region;
  }

  /** Is the caller a member of the active region? False when none is active. */
  public boolean isMember() {
    return tenant.current().map(caller::mayEnter).orElse(false);
  }

  /** Does the caller manage the active region? False when no region is active. */
  public boolean managesActiveRegion() {
    return tenant.current().map(caller::managesRegion).orElse(false);
  }

  /** Does the caller hold one of {@code roles} in the active region? False when none is active. */
  public boolean hasRoleInActiveRegion(PortalRole... roles) {
    return tenant.current().map(r -> caller.hasRole(r, roles)).orElse(false);
  }
}
