package nl.regioportal.referral.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import nl.regioportal.shared.SmallNumbers;

/**
 * One line of the figures, as its readers see it: every count as text, 1 to 4 shown as {@code
 * "<5"}; a rate or time is {@code null} when it would be worked out from fewer than 5 referrals (or
 * from a suppressed count), or when there is nothing to work it out from. The exact counts do not
 * leave this class.
 *
 * @param code the group (a life domain's code, a CBS municipality code, or {@code total})
 * @param nameNl the group's Dutch name
 * @param nameEn the group's English name
 * @param submitted referrals submitted in the period
 * @param answered of those, answered by the receiver (accepted, declined or waitlisted)
 * @param accepted of those, taken on (accepted, or from the waiting list into care)
 * @param declined of those, declined
 * @param waitlisted of those, put on the waiting list (some later accepted or declined)
 * @param acceptancePercent accepted of accepted and declined, whole percent (half up)
 * @param responseHoursMedian hours from submission to the first answer, median, one decimal
 * @param responseHoursP90 hours within which 90 % were answered (nearest rank), one decimal
 */
public record FigureRow(
    String code,
    String nameNl,
    String nameEn,
    String submitted,
    String answered,
    String accepted,
    String declined,
    String waitlisted,
    String acceptancePercent,
    String responseHoursMedian,
    String responseHoursP90) {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  /** The columns that add up over the municipality lines, in order. */
  public static final List<String> COUNTS =
      List.of("submitted", "answered", "accepted", "declined", "waitlisted");

  /** The line of a group of referrals. */
  public static FigureRow of(String code, String nameNl, String nameEn, List<ReferralFact> group) {
    return of(code, nameNl, nameEn, group, java.util.Set.of());
  }

  /** The exact counts of a group, in the order of {@link #COUNTS} (for secondary suppression). */
  static List<Long> counts(List<ReferralFact> group) {
    return List.of(
        (long) group.size(),
        group.stream().filter(f -> f.responseTime().isPresent()).count(),
        group.stream().filter(ReferralFact::accepted).count(),
        group.stream().filter(ReferralFact::declined).count(),
        group.stream().filter(ReferralFact::waitlisted).count());
  }

  /**
   * The line of a group, with the counts of {@code withheld} (names of {@link #COUNTS}) hidden to
   * protect a small count elsewhere: shown as {@value SmallNumbers#WITHHELD} (or {@code <5} when
   * small themselves), and whatever is worked out from them hidden with them.
   */
  public static FigureRow of(
      String code,
      String nameNl,
      String nameEn,
      List<ReferralFact> group,
      java.util.Set<String> withheld) {
    long submitted = group.size();
    long accepted = group.stream().filter(ReferralFact::accepted).count();
    long declined = group.stream().filter(ReferralFact::declined).count();
    long waitlisted = group.stream().filter(ReferralFact::waitlisted).count();
    List<Long> seconds =
        group.stream()
            .flatMap(f -> f.responseTime().stream())
            .map(Duration::toSeconds)
            .sorted()
            .toList();
    long decided = accepted + declined;
    String percent =
        decided >= SmallNumbers.THRESHOLD
                && !SmallNumbers.isSmall(accepted)
                && !SmallNumbers.isSmall(declined)
                && !withheld.contains("accepted")
                && !withheld.contains("declined")
            ? BigDecimal.valueOf(accepted * 100)
                .divide(BigDecimal.valueOf(decided), 0, RoundingMode.HALF_UP)
                .toPlainString()
            : null;
    boolean timed = seconds.size() >= SmallNumbers.THRESHOLD && !withheld.contains("answered");
    return new FigureRow(
        code,
        nameNl,
        nameEn,
        shown(submitted, withheld.contains("submitted")),
        shown(seconds.size(), withheld.contains("answered")),
        shown(accepted, withheld.contains("accepted")),
        shown(declined, withheld.contains("declined")),
        shown(waitlisted, withheld.contains("waitlisted")),
        percent,
        timed ? hours(median(seconds)) : null,
        timed ? hours(BigDecimal.valueOf(nearestRank(seconds, 90))) : null);
  }

  private static String shown(long count, boolean withheld) {
    return withheld && !SmallNumbers.isSmall(count)
        ? SmallNumbers.WITHHELD
        : SmallNumbers.shown(count);
  }

  /** The middle of sorted values, or the mean of the two middle ones. */
  static BigDecimal median(List<Long> sorted) {
    int n = sorted.size();
    if (n % 2 == 1) {
      return BigDecimal.valueOf(sorted.get(n / 2));
    }
    return BigDecimal.valueOf(sorted.get(n / 2 - 1))
        .add(BigDecimal.valueOf(sorted.get(n / 2)))
        .divide(BigDecimal.valueOf(2));
  }

  /** The smallest value with at least {@code percent} % of the sorted values at or below it. */
  static long nearestRank(List<Long> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static String hours(BigDecimal seconds) {
    return seconds.divide(SECONDS_PER_HOUR, 1, RoundingMode.HALF_UP).toPlainString();
  }
}
