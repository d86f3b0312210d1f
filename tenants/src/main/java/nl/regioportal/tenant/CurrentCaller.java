package nl.regioportal.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who acts in this request: a signed-in person with their memberships, the system (for {@link
 * TenantRunner#runAs}), or nobody. Application services ask it before they act.
 */
@RequestScoped
public class CurrentCaller {

  /** The user name of work done by the system itself. */
  public static final String SYSTEM = "system";

  private String username;
  private boolean platformAdmin;
  private boolean system;
  private List<Membership> memberships = List.of();
  private boolean secondFactor;

  /** A person signed in; with a password alone until {@link #confirmSecondFactor} says more. */
  public void signIn(String username, boolean platformAdmin, List<Membership> memberships) {
    this.username = username;
    this.platformAdmin = platformAdmin;
    this.system = false;
    this.memberships = List.copyOf(memberships);
    this.secondFactor = false;
  }

  /**
   * The person of this request signed in with a second factor (the identity provider's {@code
   * acr}/{@code amr}, the development login, or a partner system's client credentials): what
   * student data needs (issue 13, {@link RegionAccess#requireStudentData}).
   */
  public void confirmSecondFactor(boolean confirmed) {
    this.secondFactor = confirmed && username != null;
  }

  /** Signed in strongly enough for student data: the system always is. */
  public boolean hasSecondFactor() {
    return system || secondFactor;
  }

  void signInAsSystem() {
    this.username = SYSTEM;
    this.platformAdmin = false;
    this.system = true;
    this.memberships = List.of();
    this.secondFactor = false;
  }

  /** Who acts now, to be put back with {@link #restore} after work done as someone else. */
  record Snapshot(
      String username,
      boolean platformAdmin,
      boolean system,
      List<Membership> memberships,
      boolean secondFactor) {}

  Snapshot snapshot() {
    return new Snapshot(username, platformAdmin, system, memberships, secondFactor);
  }

  void restore(Snapshot s) {
    this.username = s.username();
    this.platformAdmin = s.platformAdmin();
    this.system = s.system();
    this.memberships = s.memberships();
    this.secondFactor = s.secondFactor();
  }

  void signOut() {
    this.username = null;
    this.platformAdmin = false;
    this.system = false;
    this.memberships = List.of();
    this.secondFactor = false;
  }

  public boolean isSignedIn() {
    return username != null;
  }

  public String username() {
    return username == null ? "anonymous" : username;
  }

  public boolean isPlatformAdmin() {
    return platformAdmin;
  }

  public boolean isSystem() {
    return system;
  }

  public List<Membership> memberships() {
    return memberships;
  }

  /** May this caller enter the region at all? Platform admins and the system may enter any. */
  public boolean mayEnter(RegionCode region) {
    return platformAdmin || system || memberships.stream().anyMatch(m -> m.region().equals(region));
  }

  /** Does the caller hold one of {@code roles} in {@code region}? */
  public boolean hasRole(RegionCode region, PortalRole... roles) {
    for (PortalRole role : roles) {
      if (role == PortalRole.PLATFORM_ADMIN && platformAdmin) {
        return true;
      }
      if (memberships.stream().anyMatch(m -> m.region().equals(region) && m.role() == role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * May this caller manage the region: the system, or one of its coordinators or a platform admin?
   */
  public boolean managesRegion(RegionCode region) {
    return system || hasRole(region, PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN);
  }

  /** The regions this caller is a member of, sorted by code. */
  public Set<RegionCode> memberRegions() {
    Set<RegionCode> regions = new TreeSet<>();
    memberships.forEach(m -> regions.add(m.region()));
    return regions;
  }
}
