package nl.regioportal.referral.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void daysAreDutchDaysSoTheBoundsInUtcFollowSummerAndWinterTime() {
    ReportingPeriod p = ReportingPeriod.parse("2026-01-01", "2026-06-30");
    assertThat(p.start()).isEqualTo(LocalDateTime.of(2025, 12, 31, 23, 0)); // CET: UTC+1
    assertThat(p.end()).isEqualTo(LocalDateTime.of(2026, 6, 30, 22, 0)); // CEST: UTC+2
    assertThat(p.contains(LocalDateTime.of(2025, 12, 31, 22, 59))).isFalse();
    assertThat(p.contains(LocalDateTime.of(2025, 12, 31, 23, 0))).isTrue();
    assertThat(p.contains(LocalDateTime.of(2026, 6, 30, 21, 59))).isTrue();
    assertThat(p.contains(LocalDateTime.of(2026, 6, 30, 22, 0))).isFalse();
    assertThat(p.contains(null)).isFalse();
  }

  @Test
  void oneDayIsAPeriod() {
    ReportingPeriod p = ReportingPeriod.parse(" 2026-03-10 ", "2026-03-10");
    assertThat(p.from()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(p.to()).isEqualTo(p.from());
  }

  @Test
  void aStartAfterTheEndIsRefusedAtTheEnd() {
    assertThat(violations("2026-07-01", "2026-06-30"))
        .extracting(Violation::field, Violation::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "figures.period.order"));
  }

  @Test
  void missingMalformedAndFarAwayDatesAreRefusedAtTheirField() {
    assertThat(violations(null, "2026-13-01"))
        .extracting(Violation::field, Violation::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("from", "figures.period.required"),
            org.assertj.core.groups.Tuple.tuple("to", "api.date.invalid"));
    assertThat(violations("1999-12-31", "2101-01-01"))
        .extracting(Violation::key)
        .containsExactly("figures.period.range", "figures.period.range");
    assertThat(violations("01-01-2026", "2026-01-31").get(0).args()).containsExactly("01-01-2026");
  }

  @Test
  void aLongTypedValueIsNotEchoedWhole() {
    String typed = "x".repeat(5000);
    assertThat(violations(typed, "2026-01-01").get(0).args().get(0).toString()).hasSize(24);
  }

  private static java.util.List<Violation> violations(String from, String to) {
    try {
      ReportingPeriod.parse(from, to);
    } catch (InvalidInputException e) {
      return e.violations();
    }
    throw new AssertionError("accepted: " + from + " " + to);
  }

  @Test
  void theRecordItselfRefusesAReversedPeriod() {
    assertThatThrownBy(
            () -> new ReportingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
