package nl.regioportal.integration.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioportal.directory.application.StaleReminders;
import org.apache.camel.builder.RouteBuilder;

/**
 * Every {@code {{portal.directory.reminder-ms}}} (an hour by default) this instance queues a
 * staleness-reminder run for every region that has none waiting (ADR 0018); the system-scope path
 * then runs each inside its region. Runs are idempotent (once per stale period), so two instances
 * queueing at once cost a query, never a second mail.
 */
@ApplicationScoped
public class DirectoryReminderRoutes extends RouteBuilder {

  @Inject StaleReminders reminders;

  @Override
  public void configure() {
    from("timer:directory-reminders?delay={{portal.directory.reminder-delay-ms:60000}}"
            + "&period={{portal.directory.reminder-ms:3600000}}")
        .routeId("directory-reminders-schedule")
        .process(exchange -> exchange.getIn().setBody(reminders.scheduleAll()))
        .id("directory-reminders-queue");
  }
}
