package nl.regioportal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.regioportal.region.Region;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.config.RunMode;

/** What the page frame needs: the active region, links within it, the region switcher. */
@Named("nav")
@RequestScoped
public class NavigationView {

  @Inject TenantContext tenant;
  @Inject CurrentCaller caller;
  @Inject RegionAccess access;
  @Inject RegionDirectory regions;
  @Inject RunMode runMode;

  private List<Region> switchable;

  public boolean isInRegion() {
    return tenant.current().isPresent();
  }

  public String getRegionCode() {
    return tenant.current().map(RegionCode::value).orElse("");
  }

  public String getRegionLabel() {
    return tenant.current().flatMap(regions::find).map(Region::label).orElse("");
  }

  /** A URL within the active region, e.g. {@code url('organisations')}. */
  public String url(String path) {
    return regionUrl(getRegionCode(), path);
  }

  public String regionUrl(String region, String path) {
    return contextPath() + "/r/" + region + "/" + (path == null ? "" : path);
  }

  public String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  /** The regions the caller can switch to: their memberships; every region for a platform admin. */
  public List<Region> getSwitchableRegions() {
    if (switchable == null) {
      switchable =
          caller.isPlatformAdmin() ? regions.all() : regions.byCodes(caller.memberRegions());
    }
    return switchable;
  }

  public boolean isSignedIn() {
    return caller.isSignedIn();
  }

  public String getUsername() {
    return caller.username();
  }

  public boolean isPlatformAdmin() {
    return caller.isPlatformAdmin();
  }

  public boolean isCoordinator() {
    return access.hasRoleInActiveRegion(PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN);
  }

  /**
   * Sends and receives referrals: school staff and care workers (acting for their organisation).
   */
  public boolean isReferrer() {
    return access.hasRoleInActiveRegion(PortalRole.SCHOOL_STAFF, PortalRole.CARE_WORKER);
  }

  /** May open the cost-sharing pages: coordinators, platform admins and policy officers. */
  public boolean isFundingReader() {
    return access.hasRoleInActiveRegion(
        PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN, PortalRole.POLICY_OFFICER);
  }

  /** May open the referral figures: coordinators, platform admins and policy officers. */
  public boolean isFiguresReader() {
    return access.hasRoleInActiveRegion(
        PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN, PortalRole.POLICY_OFFICER);
  }

  /**
   * The {@code aria-current} value of a main-menu entry ({@link NavigationItem} name) on the page
   * being shown: {@code page} on its landing page, {@code true} within its section, otherwise
   * {@code null}, so that the attribute is left out.
   */
  public String current(String item) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String view =
        faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
    return NavigationItem.valueOf(item).ariaCurrent(view);
  }

  public boolean isDevelopmentLogin() {
    return runMode.devLoginEnabled();
  }
}
