package nl.regioportal.referral.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportal.referral.domain.ReferralState;
import org.junit.jupiter.api.Test;

class FiguresTest {

  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03-01", "2026-03-31");
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);
  private static final List<Figures.Group> DOMAINS =
      List.of(
          new Figures.Group("income_debt", "Inkomen / schulden", "Income / debt"),
          new Figures.Group("housing", "Wonen", "Housing"),
          new Figures.Group("safety", "Veiligheid", "Safety"));
  private static final List<Figures.Group> PLACES =
      List.of(
          new Figures.Group("GM0599", "Rotterdam", "Rotterdam"),
          new Figures.Group("GM0606", "Schiedam", "Schiedam"));

  private long next = 1;

  /** A referral submitted at T0 + {@code day} days, answered after {@code hours} with states. */
  private ReferralFact fact(
      String municipality, Set<String> domains, int day, Integer hours, ReferralState... answers) {
    LocalDateTime submitted = T0.plusDays(day);
    Map<ReferralState, LocalDateTime> a = new EnumMap<>(ReferralState.class);
    LocalDateTime at = hours == null ? null : submitted.plusHours(hours);
    for (int i = 0; i < answers.length; i++) {
      a.put(answers[i], at.plusDays(i));
    }
    return new ReferralFact(next++, municipality, domains, submitted, at, a, null, 7L);
  }

  @Test
  void countsPerDomainAndMunicipalityWithSmallCountsShownAsUnderFive() {
    List<ReferralFact> facts = new ArrayList<>();
    // Rotterdam, income/debt: 6 accepted (answered after 1..6 h), 2 declined (10 h)
    for (int h = 1; h <= 6; h++) {
      facts.add(fact("GM0599", Set.of("income_debt"), 0, h, ReferralState.ACCEPTED));
    }
    facts.add(fact("GM0599", Set.of("income_debt"), 1, 10, ReferralState.DECLINED));
    facts.add(fact("GM0599", Set.of("income_debt"), 1, 10, ReferralState.DECLINED));
    // Schiedam, housing and income/debt: 3, one waitlisted then accepted, two unanswered
    facts.add(
        fact(
            "GM0606",
            Set.of("housing", "income_debt"),
            2,
            30,
            ReferralState.WAITLISTED,
            ReferralState.ACCEPTED));
    facts.add(fact("GM0606", Set.of("housing"), 2, null));
    facts.add(fact("GM0606", Set.of("housing"), 2, null));
    // outside the region: Utrecht, one
    facts.add(fact("GM0344", Set.of("safety"), 3, 5, ReferralState.ACCEPTED));
    // submitted in April: not in March's figures
    facts.add(fact("GM0599", Set.of("income_debt"), 40, 1, ReferralState.ACCEPTED));

    Figures f = Figures.of(MARCH, facts, DOMAINS, PLACES);

    assertThat(f.total().submitted()).isEqualTo("12");
    assertThat(f.total().answered()).isEqualTo("10");
    assertThat(f.total().accepted()).isEqualTo("8");
    assertThat(f.total().declined()).isEqualTo("<5");
    assertThat(f.total().waitlisted()).isEqualTo("<5");
    // accepted 8 of 10 decided, but the declined 2 are suppressed: the rate would give them away
    assertThat(f.total().acceptancePercent()).isNull();
    assertThat(f.isEmpty()).isFalse();

    FigureRow debt = row(f.byLifeDomain(), "income_debt");
    assertThat(debt.nameNl()).isEqualTo("Inkomen / schulden");
    assertThat(debt.submitted()).isEqualTo("9");
    assertThat(debt.accepted()).isEqualTo("7");
    // answered after 1,2,3,4,5,6,10,10,30 h: median 5, p90 = 9th of 9 = 30
    assertThat(debt.responseHoursMedian()).isEqualTo("5.0");
    assertThat(debt.responseHoursP90()).isEqualTo("30.0");

    FigureRow housing = row(f.byLifeDomain(), "housing");
    assertThat(housing.submitted()).isEqualTo("<5");
    assertThat(housing.answered()).isEqualTo("<5");
    assertThat(housing.responseHoursMedian()).isNull();
    assertThat(housing.acceptancePercent()).isNull();

    FigureRow safety = row(f.byLifeDomain(), "safety");
    assertThat(safety.submitted()).isEqualTo("<5");

    assertThat(f.byMunicipality())
        .extracting(FigureRow::code)
        .containsExactly("GM0599", "GM0606", "GM0344");
    FigureRow rotterdam = row(f.byMunicipality(), "GM0599");
    // Schiedam's 3 and Utrecht's 1 are small; with the total (12) Rotterdam's 8 would give away
    // that they make 4 together: Rotterdam's count is withheld too (secondary suppression), and
    // with its answered count the times worked out from it
    assertThat(rotterdam.submitted()).isEqualTo("x");
    assertThat(row(f.byMunicipality(), "GM0606").submitted()).isEqualTo("<5");
    assertThat(row(f.byMunicipality(), "GM0344").submitted()).isEqualTo("<5");
    assertThat(rotterdam.declined()).isEqualTo("<5");
    assertThat(rotterdam.acceptancePercent()).isNull();
    assertThat(rotterdam.answered()).isEqualTo("x");
    assertThat(rotterdam.responseHoursMedian()).isNull();
    assertThat(rotterdam.responseHoursP90()).isNull();
    assertThat(row(f.byMunicipality(), "GM0344").nameNl()).isEqualTo("GM0344");
  }

  /**
   * Whatever a policy officer reads in the municipality lines (counts shown, {@code <5}, {@code x})
   * and the region's line, no hidden count of a column can be worked back: a column with one hidden
   * cell, or whose hidden cells make fewer than 5 together (the total minus the shown ones), never
   * appears.
   */
  @Test
  void noHiddenMunicipalityCountCanBeWorkedBackFromTheTotal() {
    java.util.Random random = new java.util.Random(8122026);
    List<Figures.Group> places =
        List.of(
            new Figures.Group("GM0599", "Rotterdam", "Rotterdam"),
            new Figures.Group("GM0606", "Schiedam", "Schiedam"),
            new Figures.Group("GM0622", "Vlaardingen", "Vlaardingen"),
            new Figures.Group("GM0489", "Barendrecht", "Barendrecht"),
            new Figures.Group("GM0613", "Albrandswaard", "Albrandswaard"));
    for (int run = 0; run < 300; run++) {
      List<ReferralFact> facts = new ArrayList<>();
      for (Figures.Group g : places) {
        int n =
            random.nextInt(4) == 0
                ? 0
                : random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 5 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
          facts.add(
              random.nextBoolean()
                  ? fact(g.code(), Set.of("income_debt"), 0, 1 + i, ReferralState.ACCEPTED)
                  : fact(g.code(), Set.of("income_debt"), 0, 2 + i, ReferralState.DECLINED));
        }
      }
      Figures f = Figures.of(MARCH, facts, DOMAINS, places);
      for (java.util.function.Function<FigureRow, String> column :
          List.<java.util.function.Function<FigureRow, String>>of(
              FigureRow::submitted, FigureRow::accepted, FigureRow::declined)) {
        String total = column.apply(f.total());
        if (!total.matches("\\d+")) {
          continue; // the total itself is hidden: nothing to subtract from
        }
        long shown = 0;
        int hidden = 0;
        for (FigureRow r : f.byMunicipality()) {
          String v = column.apply(r);
          if (v.matches("\\d+")) {
            shown += Long.parseLong(v);
          } else {
            hidden++;
          }
        }
        long worked = Long.parseLong(total) - shown;
        if (hidden > 0) {
          assertThat(hidden).as("one hidden cell alone: %s", f.byMunicipality()).isGreaterThan(1);
          assertThat(worked)
              .as("the hidden cells' sum is small: %s", f.byMunicipality())
              .isGreaterThanOrEqualTo(5);
        } else {
          assertThat(worked).isZero();
        }
      }
    }
  }

  @Test
  void theAcceptanceRateShowsWhenNeitherCountIsSmall() {
    List<ReferralFact> facts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      facts.add(fact("GM0599", Set.of("income_debt"), 0, 2, ReferralState.ACCEPTED));
    }
    for (int i = 0; i < 5; i++) {
      facts.add(fact("GM0599", Set.of("income_debt"), 0, 2, ReferralState.DECLINED));
    }
    FigureRow total = Figures.of(MARCH, facts, DOMAINS, PLACES).total();
    assertThat(total.acceptancePercent()).isEqualTo("67"); // 10 of 15, half up
    assertThat(total.declined()).isEqualTo("5");
  }

  @Test
  void noneDeclinedIsARateOfAHundredAndZeroIsShownAsZero() {
    List<ReferralFact> facts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      facts.add(fact("GM0599", Set.of("income_debt"), 0, 1, ReferralState.ACCEPTED));
    }
    Figures f = Figures.of(MARCH, facts, DOMAINS, PLACES);
    assertThat(f.total().acceptancePercent()).isEqualTo("100");
    assertThat(f.total().declined()).isEqualTo("0");
    FigureRow schiedam = row(f.byMunicipality(), "GM0606");
    assertThat(schiedam.submitted()).isEqualTo("0");
    assertThat(schiedam.acceptancePercent()).isNull();
    assertThat(schiedam.responseHoursMedian()).isNull();
  }

  @Test
  void fromTheWaitingListStraightIntoCareCountsAsTakenOn() {
    ReferralFact f =
        fact(
            "GM0599", Set.of("housing"), 0, 3, ReferralState.WAITLISTED, ReferralState.IN_PROGRESS);
    assertThat(f.accepted()).isTrue();
    assertThat(f.acceptedAt()).contains(T0.plusHours(3).plusDays(1));
    assertThat(f.waitlisted()).isTrue();
    assertThat(f.declined()).isFalse();
  }

  @Test
  void withoutReferralsEveryLineIsZeroAndTheFiguresAreEmpty() {
    Figures f = Figures.of(MARCH, List.of(), DOMAINS, PLACES);
    assertThat(f.isEmpty()).isTrue();
    assertThat(f.byLifeDomain()).hasSize(3).allMatch(r -> r.submitted().equals("0"));
    assertThat(f.byMunicipality()).hasSize(2);
  }

  @Test
  void medianAndNearestRank() {
    assertThat(FigureRow.median(List.of(1L, 2L, 3L))).isEqualByComparingTo("2");
    assertThat(FigureRow.median(List.of(1L, 2L, 3L, 10L))).isEqualByComparingTo("2.5");
    assertThat(FigureRow.nearestRank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90))
        .isEqualTo(9);
    assertThat(FigureRow.nearestRank(List.of(1L, 2L, 3L, 4L, 5L), 90)).isEqualTo(5);
  }

  private static FigureRow row(List<FigureRow> rows, String code) {
    return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }
}
