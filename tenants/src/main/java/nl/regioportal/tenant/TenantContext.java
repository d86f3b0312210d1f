package nl.regioportal.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The region (tenant) the current unit of work acts in. Set by the web layer from the URL after the
 * caller's membership was checked, or by {@link TenantRunner#runAs} for work without an HTTP
 * request; never from a form field or a request body.
 */
@RequestScoped
public class TenantContext {

  private RegionCode region;

  public Optional<RegionCode> current() {
    return Optional.ofNullable(region);
  }

  /**
   * The active region.
   *
   * @throws NoTenantException when no region is active: tenant-owned data cannot be touched then
   */
  public RegionCode require() {
    if (region == null) {
      throw new NoTenantException();
    }
    return region;
  }

  /** Enters a region; only the tenant filter and {@link TenantRunner} call this. */
  public void enter(RegionCode region) {
    this.region = region;
  }

  void leave(RegionCode previous) {
    this.region = previous;
  }
}
