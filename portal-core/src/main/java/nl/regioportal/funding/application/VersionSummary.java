package nl.regioportal.funding.application;

import java.time.LocalDateTime;
import nl.regioportal.funding.domain.FundingVersion;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.funding.domain.VersionStatus;

/** One version of an arrangement in a list, with its review progress. */
public record VersionSummary(
    long id,
    int number,
    String label,
    VersionStatus status,
    long totalCents,
    LocalDateTime createdAt,
    LocalDateTime publishedAt,
    LocalDateTime lockedAt,
    int participants,
    int approvals,
    int objections) {

  static VersionSummary of(FundingVersion v) {
    int approvals = 0;
    int objections = 0;
    for (var r : v.reviews()) {
      if (r.decision() == ReviewDecision.APPROVED) {
        approvals++;
      } else {
        objections++;
      }
    }
    return new VersionSummary(
        v.id(),
        v.number(),
        v.label(),
        v.status(),
        v.totalCents(),
        v.createdAt(),
        v.publishedAt(),
        v.lockedAt(),
        v.participants().size(),
        approvals,
        objections);
  }
}
