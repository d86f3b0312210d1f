package nl.regioportal.funding.application;

import java.time.LocalDateTime;
import java.util.List;
import nl.regioportal.funding.domain.VersionStatus;

/**
 * One version that waits for the signed-in person: a review for the own municipality, a draft of
 * their own, or a governance decision.
 *
 * @param since when the wait began: published (a review, a decision) or created (a draft)
 * @param withoutReviewer participating municipalities no member organisation of the region speaks
 *     for, so they can never approve (a governance decision is the only way to lock)
 */
public record OpenItem(
    Long versionId,
    long arrangementId,
    String arrangementTitle,
    int budgetYear,
    int number,
    String label,
    VersionStatus status,
    int participants,
    int approvals,
    int objections,
    List<String> withoutReviewer,
    LocalDateTime since) {

  public OpenItem {
    withoutReviewer = List.copyOf(withoutReviewer);
  }
}
