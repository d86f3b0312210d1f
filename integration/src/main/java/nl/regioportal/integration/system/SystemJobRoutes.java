package nl.regioportal.integration.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioportal.system.SystemScope;
import org.apache.camel.builder.RouteBuilder;

/**
 * The scheduler of the system-scope path (ADR 0010): every {@code {{portal.system-jobs.period-ms}}}
 * (5 s by default) each instance claims and handles the due jobs of every kind that has a handler.
 * Instances never take the same job (SKIP LOCKED); a job whose instance died is taken over when its
 * lease runs out.
 */
@ApplicationScoped
public class SystemJobRoutes extends RouteBuilder {

  /** Jobs of one kind handled per tick and instance. */
  static final int BATCH = 100;

  @Inject SystemScope scope;

  @Override
  public void configure() {
    from("timer:system-jobs?delay={{portal.system-jobs.delay-ms:10000}}"
            + "&period={{portal.system-jobs.period-ms:5000}}")
        .routeId("system-jobs-dispatch")
        .process(exchange -> exchange.getIn().setBody(scope.dispatchAll(BATCH)))
        .id("system-jobs-dispatch-all")
        .filter(body().isGreaterThan(0))
        .log("System jobs handled: ${body}")
        .id("system-jobs-log");
  }
}
