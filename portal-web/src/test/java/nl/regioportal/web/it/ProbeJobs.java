package nl.regioportal.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import nl.regioportal.system.ClaimedJob;
import nl.regioportal.system.SystemJobHandler;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.TenantContext;

/** Test-only handler of system jobs of kind {@value #KIND}: records what it saw, in order. */
@ApplicationScoped
public class ProbeJobs implements SystemJobHandler {

  static final String KIND = "it-probe";

  /** One handling: the job, the region active in it, and who the caller was. */
  record Seen(long job, String region, boolean system, String caller) {}

  static final Queue<Seen> SEEN = new ConcurrentLinkedQueue<>();

  @Inject TenantContext tenant;
  @Inject CurrentCaller caller;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void handle(ClaimedJob job) {
    if (job.payload().equals("fail")) {
      throw new IllegalStateException("the probe was told to fail");
    }
    SEEN.add(
        new Seen(
            job.id(),
            tenant.current().map(r -> r.value()).orElse(null),
            caller.isSystem(),
            caller.username()));
  }
}
