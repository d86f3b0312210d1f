package nl.regioportal.system;

/**
 * Handles the jobs of one kind. Found through CDI; {@link SystemScope} calls it inside {@code
 * runAs(job's region)} as the system caller, so it sees exactly one region through the usual
 * application services. A job can be handed over more than once (an instance died after the work
 * and before it was confirmed): a handler de-duplicates on {@link ClaimedJob#id()}. Throwing any
 * exception fails the attempt; the job is tried again later, and after the last attempt it is kept
 * as dead for a person to see.
 */
public interface SystemJobHandler {

  /** The kind of job handled, e.g. {@code referral-outbox}. */
  String kind();

  void handle(ClaimedJob job) throws Exception;

  /**
   * How long a claim holds before another instance may take the job over (its instance died): long
   * enough for one job's work, short enough that a crash delays little.
   */
  default java.time.Duration lease() {
    return SystemScope.LEASE;
  }

  /** How long after a failed attempt the job is tried again first (then doubling, up to 6 h). */
  default java.time.Duration firstRetry() {
    return SystemJobs.FIRST_RETRY;
  }
}
