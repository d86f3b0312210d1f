package nl.regioportal.referral.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportal.referral.domain.ReferralState;
import org.junit.jupiter.api.Test;

class CaseloadByResidenceTest {

  private static final ReportingPeriod H1 = ReportingPeriod.parse("2026-01-01", "2026-06-30");

  private static ReferralFact taken(
      String municipality, LocalDateTime acceptedAt, LocalDateTime closedAt, ReferralState how) {
    return new ReferralFact(
        1,
        municipality,
        Set.of(),
        acceptedAt.minusDays(3),
        acceptedAt,
        Map.of(how, acceptedAt),
        closedAt,
        9L);
  }

  private static LocalDateTime at(int year, int month, int day) {
    return LocalDateTime.of(year, month, day, 12, 0);
  }

  @Test
  void aReferralCountsWhenItWasActiveInThePeriod() {
    assertThat(CaseloadByResidence.activeIn(H1, at(2026, 3, 1), null)).isTrue();
    assertThat(CaseloadByResidence.activeIn(H1, at(2025, 9, 1), null))
        .as("taken on last year, still in care")
        .isTrue();
    assertThat(CaseloadByResidence.activeIn(H1, at(2025, 9, 1), at(2026, 1, 15)))
        .as("closed within the period")
        .isTrue();
    assertThat(CaseloadByResidence.activeIn(H1, at(2025, 9, 1), at(2025, 12, 31)))
        .as("closed before the period")
        .isFalse();
    assertThat(CaseloadByResidence.activeIn(H1, at(2026, 7, 1), null))
        .as("taken on after the period")
        .isFalse();
    assertThat(CaseloadByResidence.activeIn(H1, null, null)).as("never taken on").isFalse();
    // the period's last Dutch day ends at 22:00 UTC in summer
    assertThat(CaseloadByResidence.activeIn(H1, LocalDateTime.of(2026, 6, 30, 21, 59), null))
        .isTrue();
    assertThat(CaseloadByResidence.activeIn(H1, LocalDateTime.of(2026, 6, 30, 22, 0), null))
        .isFalse();
  }

  @Test
  void countsPerResidenceExactlyWithZeroForTheRegionsOthers() {
    List<ReferralFact> facts =
        List.of(
            taken("GM0599", at(2026, 2, 1), null, ReferralState.ACCEPTED),
            taken("GM0599", at(2026, 2, 2), at(2026, 5, 1), ReferralState.COMPLETED),
            taken("GM0344", at(2025, 11, 1), null, ReferralState.IN_PROGRESS),
            taken("GM0344", at(2025, 11, 1), at(2025, 12, 1), ReferralState.ACCEPTED),
            new ReferralFact(
                2,
                "GM0606",
                Set.of(),
                at(2026, 2, 1),
                at(2026, 2, 2),
                Map.of(ReferralState.DECLINED, at(2026, 2, 2)),
                at(2026, 2, 2),
                9L));
    Map<String, Long> counts =
        CaseloadByResidence.count(H1, facts, List.of("GM0599", "GM0606", "GM0489"));
    assertThat(counts)
        .containsExactly(
            Map.entry("GM0344", 1L),
            Map.entry("GM0489", 0L),
            Map.entry("GM0599", 2L),
            Map.entry("GM0606", 0L));
    assertThat(counts.get("GM0344")).as("one, not suppressed: exact for the key").isEqualTo(1L);
  }
}
