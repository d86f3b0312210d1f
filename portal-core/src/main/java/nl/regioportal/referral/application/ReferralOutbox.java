package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.regioportal.referral.delivery.ReferralMessage;
import nl.regioportal.referral.domain.OutboxEntry;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.system.SystemJobs;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Queues a delivery to a referral's receiver in the caller's transaction (ADR 0023): an outbox
 * entry in the receiver's lane and a system job of kind {@value ReferralLanes#KIND} that names the
 * lane, both or neither. Every entry gets its own job, so an entry added while a handler is just
 * finishing its lane is never left without one; a job that finds its lane empty simply ends. After
 * the commit a {@link Queued} event lets this instance start delivering at once instead of at the
 * next tick of the scheduler.
 */
@ApplicationScoped
public class ReferralOutbox {

  /** Fired after the commit of a transaction that queued a delivery (observe AFTER_SUCCESS). */
  public record Queued(String lane) {}

  @Inject TenantEntityManager tenantEm;
  @Inject SystemJobs jobs;
  @Inject Event<Queued> queued;

  Clock clock = Clock.systemUTC();

  @Transactional(TxType.MANDATORY)
  public OutboxEntry queue(RegionCode region, Referral r, ReferralMessage.Event event) {
    OutboxEntry e =
        new OutboxEntry(
            region.value(),
            r.receiverOrganisationId(),
            r.id(),
            r.nextDeliveryVersion(),
            event,
            LocalDateTime.now(clock));
    tenantEm.em().persist(e);
    tenantEm.em().flush();
    jobs.enqueue(ReferralLanes.KIND, region, ReferralLanes.payload(e.lane()));
    queued.fire(new Queued(e.lane()));
    return e;
  }
}
