package nl.regioportal.integration;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regioportal.shared.ImportRejectedException;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The one error policy of every route (a Camel route configuration without an id applies to all
 * routes; {@link CamelBootstrap} adds it before the routes).
 *
 * <ul>
 *   <li>A file whose content is wrong ({@link ImportRejectedException}) is not retried: its report
 *       is written beside it in {@code rejected/} and the file endpoint's {@code moveFailed} moves
 *       it there.
 *   <li>Anything else (a database that went away, a deadlock) is tried again twice with back-off;
 *       if it still fails, the file is rejected the same way with a report that says it could not
 *       be applied, and the exception is logged with the route's id.
 * </ul>
 *
 * In both cases nothing of the file is applied: the services it calls are transactional.
 */
@ApplicationScoped
public class RouteErrorPolicy extends RouteConfigurationBuilder {

  @Override
  public void configuration() {
    routeConfiguration()
        .onException(ImportRejectedException.class)
        .handled(false)
        .process(DropFolder::writeProblemReport)
        .id("import-problem-report")
        .end()
        .onException(Exception.class)
        .maximumRedeliveries(2)
        .redeliveryDelay(200)
        .useExponentialBackOff()
        .handled(false)
        .process(DropFolder::writeFailureReport)
        .id("import-failure-report");
  }
}
