package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.referral.delivery.DeliveryTarget;
import nl.regioportal.referral.delivery.ReferralChannel;
import nl.regioportal.referral.delivery.ReferralMessage;
import nl.regioportal.referral.domain.DeliveryChannel;
import nl.regioportal.referral.domain.OutboxEntry;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.referral.domain.ReferralEvent;
import nl.regioportal.referral.domain.ReferralState;
import nl.regioportal.system.ClaimedJob;
import nl.regioportal.system.SystemJobHandler;
import nl.regioportal.system.SystemScope;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers a receiver's lane of the referral outbox, strictly in order (ADR 0023). A job names a
 * lane; its handler (run by {@link SystemScope} inside {@code runAs(region)}) delivers the lane's
 * first undelivered entry, then the next, each in a transaction of its own that holds the entry's
 * row lock while it is delivered and marks it delivered in the same commit, until the lane is
 * empty. A handler that finds the head locked ({@code FOR UPDATE SKIP LOCKED}) leaves the lane to
 * the handler that holds it and ends: that one goes on until the lane is empty, and every entry was
 * committed (with its job) before its job could run, so the holder's next look at the lane sees it.
 * No entry is delivered twice by the portal and none before the one ahead of it, and a burst of
 * submissions to one receiver no longer has its jobs queue on the head's lock (each holding a
 * connection and a thread while it waits). A handler that stops after {@value #PER_JOB} entries
 * queues a job to go on.
 *
 * <p>A failed attempt is recorded on the entry (attempts, last error, on the timeline) and fails
 * the job, which {@link nl.regioportal.system.SystemJobs} tries again after a back-off that
 * doubles. At the last attempt ({@code portal.referrals.delivery.max-attempts}, 10) the entry
 * becomes a dead letter: the lane waits behind it (order is kept) until a coordinator retries it.
 *
 * <p>A webhook that answered 2xx just before the process died is delivered again after restart with
 * the same {@code Idempotency-Key}; the receiver drops the repeat. The portal inbox and the e-mail
 * notice are written in the delivering transaction, so they happen exactly once.
 */
@ApplicationScoped
public class ReferralLanes implements SystemJobHandler {

  /** The kind of the system jobs that deliver a lane. */
  public static final String KIND = "referral-delivery";

  private static final Logger LOG = Logger.getLogger(ReferralLanes.class.getName());
  private static final Pattern PAYLOAD = Pattern.compile("\\{\"lane\":\"(\\d{2}:\\d+)\"}");

  /**
   * Entries one job delivers at most, so that one busy lane does not hold a thread forever; the job
   * then queues another for the rest of the lane.
   */
  static final int PER_JOB = 500;

  /**
   * Entries of a portal-inbox lane delivered in one transaction ({@code
   * portal.referrals.delivery.inbox-batch}, 50; 1 delivers each alone): the inbox is a state change
   * in this database, so a burst of referrals to one receiver needs one commit per batch.
   */
  @Inject
  @ConfigProperty(name = "portal.referrals.delivery.inbox-batch", defaultValue = "50")
  int inboxBatch;

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;
  @Inject CurrentCaller caller;
  @Inject ReferralMessages messages;
  @Inject Instance<ReferralChannel> channels;
  @Inject Instance<ReferralLanes> self;
  @Inject nl.regioportal.audit.AuditTrail trail;
  @Inject nl.regioportal.system.SystemJobs jobs;

  @Inject
  @ConfigProperty(name = "portal.referrals.delivery.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "portal.referrals.delivery.first-retry-ms", defaultValue = "30000")
  long firstRetryMs;

  Clock clock = Clock.systemUTC();

  /** The first retry of a failed delivery ({@code portal.referrals.delivery.first-retry-ms}). */
  @Override
  public java.time.Duration firstRetry() {
    return java.time.Duration.ofMillis(firstRetryMs);
  }

  /** What one attempt at the head of a lane came to. */
  public enum Step {
    DELIVERED,
    EMPTY,
    BLOCKED,
    /** Another handler holds the head: it delivers the lane, this one ends. */
    BUSY
  }

  /**
   * Locks the entry's row if no other transaction holds it. Native SQL is off for the (multitenant)
   * persistence unit (JPA has no SKIP LOCKED); this statement is one of two exceptions (an
   * architecture test holds the list) and names the region itself, as the tenant filter would.
   * MariaDB 10.6+, MySQL 8 and H2 2.2 skip locked rows.
   */
  static final String LOCK_HEAD_SQL =
      "select id from referral_outbox where id = ? and region_code = ? for update skip locked";

  /**
   * A minute: one run is short, and a run taken over while its instance still works is harmless
   * (each step is locked or recorded), while a crashed instance's claim delays the region little.
   */
  @Override
  public java.time.Duration lease() {
    return java.time.Duration.ofMinutes(1);
  }

  @Override
  public String kind() {
    return KIND;
  }

  static String payload(String lane) {
    return "{\"lane\":\"" + lane + "\"}";
  }

  static String laneOf(String payload) {
    Matcher m = PAYLOAD.matcher(payload == null ? "" : payload);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not the payload of a referral delivery: " + payload);
    }
    return m.group(1);
  }

  @Override
  public void handle(ClaimedJob job) throws Exception {
    String lane = laneOf(job.payload());
    String region = tenant.require().value();
    if (!lane.startsWith(region + ":")) {
      throw new IllegalStateException("Lane " + lane + " is not of region " + region);
    }
    ReferralLanes tx = self.get();
    for (int i = 0; i < PER_JOB; i++) {
      Optional<Long> head = tx.head(lane);
      if (head.isEmpty()) {
        return;
      }
      Step step;
      try {
        step = tx.deliver(head.get());
      } catch (Exception e) {
        boolean dead = tx.failed(head.get(), SystemScope.chain(e));
        if (dead) {
          LOG.warning(() -> "Referral delivery " + head.get() + " is a dead letter: " + e);
          return; // the lane waits for a coordinator; the job itself is done
        }
        throw e;
      }
      if (step == Step.BLOCKED || step == Step.BUSY) {
        return;
      }
    }
    tx.goOnLater(lane);
  }

  /** Queues a job for the rest of a busy lane, in a transaction of its own. */
  @Transactional(TxType.REQUIRES_NEW)
  public void goOnLater(String lane) {
    jobs.enqueue(KIND, tenant.require(), payload(lane));
  }

  /** The lane's first entry that is not delivered (pending or dead), if any. */
  @Transactional
  public Optional<Long> head(String lane) {
    List<Long> ids =
        tenantEm
            .em()
            .createQuery(
                "select e.id from OutboxEntry e where e.lane = :lane and e.status <> :delivered"
                    + " order by e.id",
                Long.class)
            .setParameter("lane", lane)
            .setParameter("delivered", OutboxEntry.Status.DELIVERED)
            .setMaxResults(1)
            .getResultList();
    return ids.stream().findFirst();
  }

  /**
   * Delivers one entry under its row lock and marks it delivered in the same transaction; an entry
   * locked by another handler is left to it ({@link Step#BUSY}), one found delivered (by another
   * instance meanwhile) or dead is left alone.
   */
  @Transactional(rollbackOn = Exception.class)
  public Step deliver(long entryId) throws Exception {
    var em = tenantEm.em();
    if (em.createNativeQuery(LOCK_HEAD_SQL)
        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
        .setParameter(1, entryId)
        .setParameter(2, tenant.require().value())
        .getResultList()
        .isEmpty()) {
      return Step.BUSY; // held by another handler (or gone): that one goes on with the lane
    }
    OutboxEntry e = em.find(OutboxEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
    if (e == null) {
      return Step.EMPTY;
    }
    if (e.status() == OutboxEntry.Status.DELIVERED) {
      return Step.DELIVERED; // another instance did it while this one waited for the lock
    }
    if (e.status() == OutboxEntry.Status.DEAD) {
      return Step.BLOCKED;
    }
    Referral r = em.find(Referral.class, e.referralId());
    if (r == null) {
      throw new IllegalStateException("No referral " + e.referralId() + " in this region");
    }
    DeliveryTarget target = messages.targetOf(r.receiverOrganisationId());
    if (target.channel() != DeliveryChannel.PORTAL) {
      deliver(e, r, target).ifPresent(trail::record);
      return Step.DELIVERED;
    }
    // The inbox is this database: the entries right behind the head go in the same commit. Every
    // row is locked first (the lane's entries in order, then their referrals) and the audit head
    // last, as a submission or withdrawal takes its referral's row before the audit head: so no
    // lock waits in a circle. The ids come from a plain read and each row is then locked by its
    // key: a locking range scan would also lock the gap at the lane's end and hold up every
    // submission to this receiver meanwhile.
    List<Long> behind =
        inboxBatch <= 1
            ? List.<Long>of()
            : em.createQuery(
                    "select e.id from OutboxEntry e where e.lane = :lane and e.id > :id and e.status <>"
                        + " :delivered order by e.id",
                    Long.class)
                .setParameter("lane", e.lane())
                .setParameter("id", e.id())
                .setParameter("delivered", OutboxEntry.Status.DELIVERED)
                .setMaxResults(inboxBatch - 1)
                .getResultList();
    List<OutboxEntry> batch = new ArrayList<>(List.of(e));
    for (long id : behind) {
      OutboxEntry next = em.find(OutboxEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (next == null || next.status() != OutboxEntry.Status.PENDING) {
        break; // delivered by another instance meanwhile, or dead: the lane goes on next time
      }
      batch.add(next);
    }
    List<Referral> referrals = new ArrayList<>();
    for (OutboxEntry next : batch) {
      Referral nr = em.find(Referral.class, next.referralId(), LockModeType.PESSIMISTIC_WRITE);
      if (nr == null) {
        break; // the head's own attempt fails on it and records that
      }
      referrals.add(nr);
    }
    // the audit entries last, together: the region's audit head is held from the first append to
    // the commit, so none of the batch's other work happens while every audited write waits
    List<nl.regioportal.audit.AuditEvent> audit = new ArrayList<>();
    for (int i = 0; i < referrals.size(); i++) {
      deliver(batch.get(i), referrals.get(i), target).ifPresent(audit::add);
    }
    trail.recordAll(audit);
    return Step.DELIVERED;
  }

  /**
   * Delivers one entry whose row this transaction holds and records it on the timeline; the audit
   * entry it needs (when student data went along) is for the caller to append, last.
   */
  private Optional<nl.regioportal.audit.AuditEvent> deliver(
      OutboxEntry e, Referral r, DeliveryTarget target) throws Exception {
    var em = tenantEm.em();
    ReferralMessage message = messages.of(r, e.deliveryVersion(), e.event());
    String how = "portal inbox";
    if (target.channel() != DeliveryChannel.PORTAL) {
      how = channels.get().deliver(message, target);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    e.delivered(target.channel(), now);
    ReferralState before = r.state();
    if (e.event() == ReferralMessage.Event.SUBMITTED && r.state() == ReferralState.SUBMITTED) {
      r.move(ReferralState.DELIVERED, now);
    }
    em.persist(
        new ReferralEvent(
            r.id(),
            now,
            CurrentCaller.SYSTEM,
            ReferralEvent.Kind.DELIVERED,
            before,
            r.state(),
            e.event() + " v" + e.deliveryVersion() + " by " + target.channel() + ": " + how));
    if (message.student() == null) {
      return Optional.empty();
    }
    return Optional.of(
        nl.regioportal.audit.AuditEvent.of(
                nl.regioportal.audit.AuditAction.DELIVER,
                "referral "
                    + r.id()
                    + ": delivered to organisation "
                    + r.receiverOrganisationId()
                    + " by "
                    + target.channel()
                    + " ("
                    + message.consent().categories()
                    + ")")
            .referral(r.id())
            .student(Referrals.studentKey(tenant.require(), r)));
  }

  /**
   * Records a failed attempt in a transaction of its own; at the last attempt the entry becomes a
   * dead letter. Returns whether it is dead now.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean failed(long entryId, String error) {
    var em = tenantEm.em();
    OutboxEntry e = em.find(OutboxEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
    if (e == null || e.status() != OutboxEntry.Status.PENDING) {
      return false;
    }
    boolean dead = e.attempts() + 1 >= maxAttempts;
    Referral r = em.find(Referral.class, e.referralId());
    DeliveryChannel channel =
        r == null ? null : messages.targetOf(r.receiverOrganisationId()).channel();
    e.failed(channel, error, dead);
    em.persist(
        new ReferralEvent(
            e.referralId(),
            LocalDateTime.now(clock),
            CurrentCaller.SYSTEM,
            dead ? ReferralEvent.Kind.DEAD_LETTER : ReferralEvent.Kind.DELIVERY_FAILED,
            null,
            null,
            "attempt " + e.attempts() + ": " + error));
    return dead;
  }
}
