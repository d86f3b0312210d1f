package nl.regioportal.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.regioportal.tenant.RegionCode;

/**
 * The table of the system-scope path (ADR 0010): jobs are written in the transaction of the change
 * that causes them, claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} (so instances never take
 * the same row at once and never wait for each other), and confirmed or failed afterwards, each in
 * a transaction of its own. This is the one class that reads across regions; it touches no
 * tenant-owned entity (an architecture test holds it to that).
 */
@ApplicationScoped
public class SystemJobs {

  /**
   * Claims due jobs of a kind: pending ones whose time has come, and in-flight ones whose lease ran
   * out (their instance died). MySQL 8 and MariaDB 10.6+ skip rows other transactions hold; so does
   * the embedded H2 2.2 (one instance only, but the same SQL).
   */
  static final String CLAIM_SQL =
      "select id from system_job where kind = ?"
          + " and ((status = 'PENDING' and available_at <= ?)"
          + " or (status = 'IN_FLIGHT' and claimed_until < ?))"
          + " order by id limit ? for update skip locked";

  /**
   * Native SQL is off for the persistence unit (it is multitenant); this query is the exception.
   */
  private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  /** The first retry of a failed job, unless its handler says otherwise. */
  public static final Duration FIRST_RETRY = Duration.ofSeconds(30);

  private static final Duration LAST_RETRY = Duration.ofHours(6);

  /** How often a job is tried before it is kept as dead. */
  public static final int MAX_ATTEMPTS = 10;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  private final String instance = ManagementFactory.getRuntimeMXBean().getName();

  /**
   * Adds a job in the caller's transaction (required): it exists exactly when the change that
   * caused it was committed.
   *
   * @param region the region the job's work belongs to; {@code null} for national work
   */
  @Transactional(TxType.MANDATORY)
  public long enqueue(String kind, RegionCode region, String payload) {
    SystemJob job = new SystemJob(kind, region, payload, now());
    em.persist(job);
    em.flush();
    return job.id();
  }

  /**
   * Queues a job of {@code kind} (payload {@code {}}) for each of {@code regions} that has none
   * waiting: the periodic per-region jobs (reminders, retention) are queued this way, so a region
   * never has two runs of one kind waiting. A waiting run that failed and is held back by its
   * back-off is made due again instead: for a periodic job the next period is the retry, so an
   * outage of the database or the mail server does not push a daily run out by hours. A run in
   * flight is left to its instance (or to the lease, when that instance died). Returns the number
   * queued or made due.
   */
  @Transactional
  public int enqueueUnlessWaiting(String kind, List<RegionCode> regions) {
    LocalDateTime now = now();
    int queued = 0;
    for (RegionCode region : regions) {
      List<SystemJob> waiting = waitingJobs(kind, region);
      if (waiting.isEmpty()) {
        enqueue(kind, region, "{}");
        queued++;
      } else {
        for (SystemJob job : waiting) {
          if (job.dueAgain(now)) {
            queued++;
          }
        }
      }
    }
    return queued;
  }

  /** Claims up to {@code max} due jobs of a kind for {@code lease}, in a transaction of its own. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<ClaimedJob> claim(String kind, int max, Duration lease) {
    Objects.requireNonNull(kind, "kind is required");
    if (max < 1 || max > 1000) {
      throw new IllegalArgumentException("Claim 1 to 1000 jobs at a time: " + max);
    }
    LocalDateTime now = now();
    List<?> ids =
        em.createNativeQuery(CLAIM_SQL)
            .setHint(ALLOW_NATIVE, true)
            .setParameter(1, kind)
            .setParameter(2, now)
            .setParameter(3, now)
            .setParameter(4, max)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ClaimedJob> claimed = new ArrayList<>();
    for (SystemJob job :
        em.createQuery(
                "select j from SystemJob j where j.id in :ids order by j.id", SystemJob.class)
            .setParameter("ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
            .getResultList()) {
      job.claim(instance, now.plus(lease));
      claimed.add(ClaimedJob.of(job));
    }
    return claimed;
  }

  /**
   * Hands back this instance's claimed jobs when it stops (after Camel has finished its exchanges,
   * so none of them is being worked on): another instance takes them at once instead of after their
   * lease. Returns how many.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int releaseOwn() {
    List<SystemJob> own =
        em.createQuery(
                "select j from SystemJob j where j.status = :inFlight and j.claimedBy = :me",
                SystemJob.class)
            .setParameter("inFlight", SystemJob.Status.IN_FLIGHT)
            .setParameter("me", instance)
            .getResultList();
    LocalDateTime now = now();
    own.forEach(j -> j.released(now));
    return own.size();
  }

  /** The job's work is done: it is never handed out again. */
  @Transactional(TxType.REQUIRES_NEW)
  public void complete(long id) {
    job(id).finish(now());
  }

  /**
   * The attempt failed: the job is tried again after a back-off that doubles per attempt (30 s up
   * to 6 h), or kept as dead after {@value #MAX_ATTEMPTS} attempts.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void fail(long id, String error) {
    fail(id, error, FIRST_RETRY);
  }

  /** As {@link #fail(long, String)}, with the first retry after {@code firstRetry}. */
  @Transactional(TxType.REQUIRES_NEW)
  public void fail(long id, String error, Duration firstRetry) {
    SystemJob job = job(id);
    LocalDateTime now = now();
    job.failed(
        error, now.plus(backoff(job.attempts(), firstRetry)), job.attempts() >= MAX_ATTEMPTS, now);
  }

  /**
   * Whether a job of {@code kind} for {@code region} is waiting to be done (pending or in flight):
   * a periodic job is not queued again while its last one waits.
   */
  @Transactional
  public boolean waiting(String kind, RegionCode region) {
    return !waitingJobs(kind, region).isEmpty();
  }

  private List<SystemJob> waitingJobs(String kind, RegionCode region) {
    return em.createQuery(
            "select j from SystemJob j where j.kind = :kind"
                + " and j.regionCode = :region and j.status in :waiting",
            SystemJob.class)
        .setParameter("kind", kind)
        .setParameter("region", region.value())
        .setParameter("waiting", List.of(SystemJob.Status.PENDING, SystemJob.Status.IN_FLIGHT))
        .getResultList();
  }

  /** The job as stored, for tests and the coordinator's view of dead jobs. */
  @Transactional
  public SystemJob find(long id) {
    return job(id);
  }

  static Duration backoff(int attempts) {
    return backoff(attempts, FIRST_RETRY);
  }

  static Duration backoff(int attempts, Duration first) {
    Duration d = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return d.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : d;
  }

  private SystemJob job(long id) {
    SystemJob job = em.find(SystemJob.class, id);
    if (job == null) {
      throw new IllegalArgumentException("No system job " + id);
    }
    return job;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
