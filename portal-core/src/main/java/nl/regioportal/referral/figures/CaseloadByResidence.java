package nl.regioportal.referral.figures;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The caseload of a period by the student's municipality of residence, counted from referrals
 * (issue 10, point 9: a team paid by one municipality whose caseload lives in others). A referral
 * counts once, for the municipality its student lives in, when it was <em>active</em> in the
 * period: taken on (accepted, or from the waiting list into care) before the period's end, and not
 * closed (completed or withdrawn) before its start. So a student taken on last year and still in
 * care counts this year too, and one taken on and completed within the period counts once. The
 * counts are exact: a funding key built on them must be checkable to the cent (ADR 0024).
 */
public final class CaseloadByResidence {

  private CaseloadByResidence() {}

  /** Was a referral taken on at {@code acceptedAt} and closed at {@code closedAt} active? */
  public static boolean activeIn(
      ReportingPeriod period, LocalDateTime acceptedAt, LocalDateTime closedAt) {
    return acceptedAt != null
        && acceptedAt.isBefore(period.end())
        && (closedAt == null || !closedAt.isBefore(period.start()));
  }

  /**
   * The count per municipality (CBS code, sorted), with 0 for each of {@code always} (the region's
   * municipalities) that has none, so a key over the region has a value for every participant.
   */
  public static Map<String, Long> count(
      ReportingPeriod period, List<ReferralFact> facts, Collection<String> always) {
    Map<String, Long> out = new TreeMap<>();
    always.forEach(code -> out.put(code, 0L));
    for (ReferralFact f : facts) {
      if (activeIn(period, f.acceptedAt().orElse(null), f.closedAt())) {
        out.merge(f.municipality(), 1L, Long::sum);
      }
    }
    return out;
  }
}
