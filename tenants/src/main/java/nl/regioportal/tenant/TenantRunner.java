package nl.regioportal.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs work for a region as the system: outside an HTTP request (Camel routes, timers, start-up
 * tasks) and inside one (a lookup the filter makes before the person may act). The work never runs
 * with the signed-in person's roles: the system caller replaces them for its duration. The previous
 * tenant and caller are restored afterwards, so nothing is left behind on a pooled thread or in the
 * request.
 */
@ApplicationScoped
public class TenantRunner {

  @Inject TenantContext tenantContext;
  @Inject CurrentCaller caller;

  /** Runs {@code work} in {@code region} as the system (not as a person). */
  @ActivateRequestContext
  public <T> T runAs(RegionCode region, Supplier<T> work) {
    Objects.requireNonNull(region, "region is required");
    RegionCode previous = tenantContext.current().orElse(null);
    tenantContext.enter(region);
    try {
      return asSystem(work);
    } finally {
      tenantContext.leave(previous);
    }
  }

  /** Runs {@code work} as the system, with no region active (for global reference data). */
  @ActivateRequestContext
  public <T> T runAsSystem(Supplier<T> work) {
    return asSystem(work);
  }

  private <T> T asSystem(Supplier<T> work) {
    CurrentCaller.Snapshot previous = caller.snapshot();
    caller.signInAsSystem();
    try {
      return work.get();
    } finally {
      caller.restore(previous);
    }
  }

  /** Runs {@code work} in {@code region} as the system. */
  @ActivateRequestContext
  public void runAs(RegionCode region, Runnable work) {
    runAs(
        region,
        () -> {
          work.run();
          return null;
        });
  }
}
