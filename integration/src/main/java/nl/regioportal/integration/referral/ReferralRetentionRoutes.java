package nl.regioportal.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioportal.referral.application.ReferralRetention;
import org.apache.camel.builder.RouteBuilder;

/**
 * Every {@code {{portal.referrals.retention-ms}}} (a day by default) this instance queues a
 * retention run for every region that has none waiting (issue 10, point 8); the system-scope path
 * then runs each inside its region and anonymises the referrals closed longer ago than the region's
 * period. Runs are idempotent (an anonymised referral is not taken again), so two instances
 * queueing at once cost a query, never a second anonymisation.
 */
@ApplicationScoped
public class ReferralRetentionRoutes extends RouteBuilder {

  @Inject ReferralRetention retention;

  @Override
  public void configure() {
    from("timer:referral-retention?delay={{portal.referrals.retention-delay-ms:300000}}"
            + "&period={{portal.referrals.retention-ms:86400000}}")
        .routeId("referral-retention-schedule")
        .process(exchange -> exchange.getIn().setBody(retention.scheduleAll()))
        .id("referral-retention-queue");
  }
}
