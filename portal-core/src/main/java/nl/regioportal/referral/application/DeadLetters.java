package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.referral.domain.OutboxEntry;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.referral.domain.ReferralEvent;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.system.SystemJobs;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The region's deliveries that failed for good (ADR 0023), for its coordinators: which referral, to
 * whom, how often tried, the last error, and how many deliveries wait behind it in the same lane.
 * No student data. Retrying puts the entry back at the head of its lane with fresh attempts.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class DeadLetters {

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;
  @Inject SystemJobs jobs;

  public record DeadLetter(
      long id,
      long referralId,
      int deliveryVersion,
      String event,
      long receiverOrganisationId,
      String receiverName,
      String channel,
      int attempts,
      String lastError,
      LocalDateTime createdAt,
      long waitingBehind) {}

  public List<DeadLetter> list() {
    RegionCode region =
        access.requireManager("Only the region's coordinators see failed deliveries.");
    var em = tenantEm.em();
    return em
        .createQuery(
            "select e from OutboxEntry e where e.regionCode = :r and e.status = :dead order by e.id",
            OutboxEntry.class)
        .setParameter("r", region.value())
        .setParameter("dead", OutboxEntry.Status.DEAD)
        .getResultList()
        .stream()
        .map(
            e -> {
              long receiver = Long.parseLong(e.lane().substring(e.lane().indexOf(':') + 1));
              Organisation o = em.find(Organisation.class, receiver);
              long behind =
                  em.createQuery(
                          "select count(x) from OutboxEntry x where x.lane = :lane and x.id > :id"
                              + " and x.status = :pending",
                          Long.class)
                      .setParameter("lane", e.lane())
                      .setParameter("id", e.id())
                      .setParameter("pending", OutboxEntry.Status.PENDING)
                      .getSingleResult();
              return new DeadLetter(
                  e.id(),
                  e.referralId(),
                  e.deliveryVersion(),
                  e.event().name(),
                  receiver,
                  o == null ? null : o.name(),
                  e.channel() == null ? null : e.channel().name(),
                  e.attempts(),
                  e.lastError(),
                  e.createdAt(),
                  behind);
            })
        .toList();
  }

  /** Tries a dead letter again (and with it the deliveries waiting behind it). */
  public void retry(long id) {
    RegionCode region = access.requireManager("Only the region's coordinators retry deliveries.");
    var em = tenantEm.em();
    OutboxEntry e = em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (e == null || !e.regionCode().equals(region.value())) {
      throw new NotFoundException("delivery", id);
    }
    if (e.status() != OutboxEntry.Status.DEAD) {
      throw new ConflictException(
          Violation.of("status", "delivery.retry.notDead", e.status().name()));
    }
    e.retry();
    jobs.enqueue(ReferralLanes.KIND, region, ReferralLanes.payload(e.lane()));
    Referral r = em.find(Referral.class, e.referralId());
    if (r != null) {
      em.persist(
          new ReferralEvent(
              r.id(),
              LocalDateTime.now(),
              caller.username(),
              ReferralEvent.Kind.DELIVERY_RETRIED,
              null,
              null,
              "delivery " + id));
    }
  }
}
