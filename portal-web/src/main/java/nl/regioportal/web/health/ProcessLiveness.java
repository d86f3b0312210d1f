package nl.regioportal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the heap has room; a dependency being down is a readiness matter, not liveness. */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    return HealthCheckResponse.named("process")
        .status(used < rt.maxMemory() * 0.95)
        .withData("heapUsedMb", used / (1024 * 1024))
        .build();
  }
}
