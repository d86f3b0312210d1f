package nl.regioportal.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioportal.referral.application.ReferralReminders;
import org.apache.camel.builder.RouteBuilder;

/**
 * Every {@code {{portal.referrals.reminder-ms}}} (15 minutes by default) this instance queues a
 * reminder run for every region that has none waiting; the system-scope path runs each inside its
 * region on one instance. A run records each reminder on its referral, so an overlap mails nothing
 * twice.
 */
@ApplicationScoped
public class ReferralReminderRoutes extends RouteBuilder {

  @Inject ReferralReminders reminders;

  @Override
  public void configure() {
    from("timer:referral-reminders?delay={{portal.referrals.reminder-delay-ms:60000}}"
            + "&period={{portal.referrals.reminder-ms:900000}}")
        .routeId("referral-reminders-schedule")
        .process(exchange -> exchange.getIn().setBody(reminders.scheduleAll()))
        .id("referral-reminders-queue");
  }
}
