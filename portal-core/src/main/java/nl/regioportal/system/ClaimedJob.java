package nl.regioportal.system;

import java.util.Optional;
import nl.regioportal.tenant.RegionCode;

/**
 * A job this instance has claimed, as its handler sees it.
 *
 * @param id the job's id: handlers de-duplicate on it (a job whose instance died is claimed again)
 * @param attempt 1 for the first try
 */
public record ClaimedJob(
    long id, String kind, Optional<RegionCode> region, String payload, int attempt) {

  static ClaimedJob of(SystemJob job) {
    return new ClaimedJob(job.id(), job.kind(), job.region(), job.payload(), job.attempts());
  }
}
