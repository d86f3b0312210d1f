package nl.regioportal.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs work for a region outside an HTTP request (Camel routes, timers, start-up tasks). The
 * previous tenant is restored afterwards, so nothing is left behind on a pooled thread.
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
    boolean wasSignedIn = caller.isSignedIn();
    tenantContext.enter(region);
    if (!wasSignedIn) {
      caller.signInAsSystem();
    }
    try {
      return work.get();
    } finally {
      tenantContext.leave(previous);
      if (!wasSignedIn) {
        caller.signOut();
      }
    }
  }

  /** Runs {@code work} as the system, with no region active (for global reference data). */
  @ActivateRequestContext
  public <T> T runAsSystem(Supplier<T> work) {
    boolean wasSignedIn = caller.isSignedIn();
    if (!wasSignedIn) {
      caller.signInAsSystem();
    }
    try {
      return work.get();
    } finally {
      if (!wasSignedIn) {
        caller.signOut();
      }
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
