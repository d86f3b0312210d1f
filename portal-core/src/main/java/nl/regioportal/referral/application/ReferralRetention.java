package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.regioportal.audit.AuditAction;
import nl.regioportal.audit.AuditEvent;
import nl.regioportal.audit.AuditTrail;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.referral.domain.ReferralConsent;
import nl.regioportal.referral.domain.ReferralEvent;
import nl.regioportal.referral.domain.RetentionPeriod;
import nl.regioportal.region.Region;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.system.ClaimedJob;
import nl.regioportal.system.SystemJobHandler;
import nl.regioportal.system.SystemJobs;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Retention of referrals (issue 10, point 8): the personal data of a referral closed longer ago
 * than the region's period ({@link RetentionPeriod}, 24 months unless its coordinators set 6 to
 * 120) is anonymised ({@link Referral#anonymise}; the consent's guardian name and the timeline's
 * free texts with it), while state, dates, terms, municipality and birth year stay for the figures.
 * Each anonymised referral is one {@code DELETE} entry of the audit trail, carrying the student's
 * key (computed before the name goes), so the student's disclosure log still shows it.
 *
 * <p>The periodic-job pattern of the directory reminders: a timer ({@code referral-retention-
 * schedule}) queues a job of kind {@value #KIND} per region ({@link #scheduleAll}); the
 * system-scope path runs each inside its region as the system ({@link #handle}). A run takes at
 * most {@value #MAX_PER_RUN} referrals in one transaction, locked first (rows, then the audit head
 * last); when there were more, it queues the next run of its region at once. Running twice does no
 * harm: an anonymised referral is not taken again.
 */
@ApplicationScoped
public class ReferralRetention implements SystemJobHandler {

  private static final Logger LOG = Logger.getLogger(ReferralRetention.class.getName());

  /** The kind of the per-region retention jobs. */
  public static final String KIND = "referral-retention";

  /** Referrals anonymised in one run (one transaction) of a region. */
  static final int MAX_PER_RUN = 200;

  @Inject TenantEntityManager tenantEm;
  @Inject ReferralAttachments attachments;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject SystemJobs jobs;
  @Inject AuditTrail trail;

  Clock clock = Clock.systemUTC();

  /**
   * A minute: a run of at most {@value #MAX_PER_RUN} referrals takes seconds, and a run taken over
   * while its instance still works is harmless (its rows are locked, an anonymised referral is not
   * taken again), while a stopped or crashed instance's claim delays the region little.
   */
  @Override
  public java.time.Duration lease() {
    return java.time.Duration.ofMinutes(1);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** The active region's retention period in months (the default when none was set). */
  @Transactional(rollbackOn = Exception.class)
  public int months() {
    requireManager();
    return current().map(RetentionPeriod::months).orElse(RetentionPeriod.DEFAULT_MONTHS);
  }

  /**
   * Sets the active region's retention period.
   *
   * @throws InvalidInputException unless {@code months} is 6 to 120
   */
  @Transactional(rollbackOn = Exception.class)
  public int setMonths(Integer months) {
    requireManager();
    if (months == null || !RetentionPeriod.allowed(months)) {
      throw new InvalidInputException(
          List.of(
              Violation.of(
                  "months",
                  "referral.retention.months",
                  RetentionPeriod.MIN_MONTHS,
                  RetentionPeriod.MAX_MONTHS)));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    var existing = current();
    if (existing.isPresent()) {
      existing.get().set(months, caller.username(), now);
    } else {
      tenantEm.em().persist(new RetentionPeriod(months, caller.username(), now));
    }
    return months;
  }

  /** Queues a retention run for every region that has none waiting; the number queued. */
  @Transactional(rollbackOn = Exception.class)
  public int scheduleAll() {
    return jobs.enqueueUnlessWaiting(KIND, regions.all().stream().map(Region::code).toList());
  }

  /**
   * A region's run on the system-scope path: {@link #anonymiseDue}, in a transaction of its own (a
   * call on {@code this} passes no interceptor, so this method carries it); queues the next run
   * when this one was full.
   */
  @Override
  @Transactional(rollbackOn = Exception.class)
  public void handle(ClaimedJob job) {
    int done = anonymiseDue();
    if (done >= MAX_PER_RUN) {
      jobs.enqueue(KIND, tenantRegion(), "{}");
    }
  }

  /**
   * Anonymises up to {@value #MAX_PER_RUN} referrals of the active region closed before the
   * retention period, oldest first, each with its {@code DELETE} audit entry, in this transaction.
   * The system and the region's coordinators only.
   *
   * @return how many were anonymised
   */
  @Transactional(rollbackOn = Exception.class)
  public int anonymiseDue() {
    RegionCode region = requireManager();
    int months = current().map(RetentionPeriod::months).orElse(RetentionPeriod.DEFAULT_MONTHS);
    LocalDateTime now = LocalDateTime.now(clock);
    var em = tenantEm.em();
    List<Referral> due =
        em.createQuery(
                "select r from Referral r where r.anonymisedAt is null and r.closedAt is not null"
                    + " and r.closedAt < :before order by r.closedAt, r.id",
                Referral.class)
            .setParameter("before", now.minusMonths(months))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(MAX_PER_RUN)
            .getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    // the keys are made from the names: before they go
    Map<Long, String> keys = new LinkedHashMap<>();
    for (Referral r : due) {
      keys.put(r.id(), Referrals.studentKey(region, r));
    }
    List<Long> ids = new ArrayList<>(keys.keySet());
    for (Referral r : due) {
      r.anonymise(now);
    }
    em.createQuery(
            "select c from ReferralConsent c where c.referralId in :ids", ReferralConsent.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(ReferralConsent::eraseGuardianName);
    em.createQuery("select e from ReferralEvent e where e.referralId in :ids", ReferralEvent.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(ReferralEvent::eraseDetail);
    attachments.erase(ids);
    em.flush();
    // last: the audit head is the last lock taken
    List<AuditEvent> entries = new ArrayList<>();
    for (Map.Entry<Long, String> k : keys.entrySet()) {
      entries.add(
          AuditEvent.of(
                  AuditAction.DELETE,
                  "referral "
                      + k.getKey()
                      + ": personal data anonymised after the retention period ("
                      + months
                      + " months)")
              .referral(k.getKey())
              .student(k.getValue()));
    }
    trail.recordAll(entries);
    LOG.info(
        () ->
            "Retention: "
                + due.size()
                + " referral(s) of region "
                + region
                + " closed more than "
                + months
                + " months ago anonymised");
    return due.size();
  }

  private RegionCode tenantRegion() {
    return access.requireMember();
  }

  private RegionCode requireManager() {
    return access.requireManager(
        "Alleen de coördinator stelt de bewaartermijn in / Only the region's coordinators set the"
            + " retention period.");
  }

  private java.util.Optional<RetentionPeriod> current() {
    return tenantEm
        .em()
        .createQuery("select p from RetentionPeriod p", RetentionPeriod.class)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }
}
