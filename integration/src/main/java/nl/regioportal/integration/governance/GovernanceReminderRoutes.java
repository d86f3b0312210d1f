package nl.regioportal.integration.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioportal.governance.application.GovernanceNotices;
import org.apache.camel.builder.RouteBuilder;

/**
 * Every {@code {{portal.governance.reminder-ms}}} (an hour by default) this instance queues a run
 * of the overdue-action reminders for every region that has none waiting; the system-scope path
 * runs each inside its region on one instance, and a run records each reminder on its action, so an
 * overlap mails nothing twice.
 */
@ApplicationScoped
public class GovernanceReminderRoutes extends RouteBuilder {

  @Inject GovernanceNotices notices;

  @Override
  public void configure() {
    from("timer:governance-reminders?delay={{portal.governance.reminder-delay-ms:60000}}"
            + "&period={{portal.governance.reminder-ms:3600000}}")
        .routeId("governance-reminders-schedule")
        .process(exchange -> exchange.getIn().setBody(notices.scheduleAll()))
        .id("governance-reminders-queue");
  }
}
