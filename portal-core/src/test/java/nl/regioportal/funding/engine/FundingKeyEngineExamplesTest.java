package nl.regioportal.funding.engine;

import static nl.regioportal.funding.engine.Keys.compute;
import static nl.regioportal.funding.engine.Keys.input;
import static nl.regioportal.funding.engine.Keys.muni;
import static nl.regioportal.funding.engine.Keys.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.engine.Share.Bound;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Hand calculations, written out, that the engine must reproduce to the cent. */
class FundingKeyEngineExamplesTest {

  @Test
  void equalSplitOfOneHundredEurosAmongThreeGivesTheExtraCentToTheLowestCode() {
    // 10000 cents / 3 = 3333 1/3 each; floors 3 × 3333 = 9999, 1 cent left; the remainders tie
    // (1/3 each), so the cent goes to the lowest code, GM0307, even though it is listed last.
    KeyResult r =
        compute(
            "100.00",
            List.of(part("EQUAL", "100")),
            muni("GM0344"),
            muni("GM0310"),
            muni("GM0307"));

    assertThat(r.amountsByCode())
        .containsExactly(
            Map.entry("GM0344", 3333L), Map.entry("GM0310", 3333L), Map.entry("GM0307", 3334L));
    Share utrecht = r.share("GM0344").orElseThrow();
    assertThat(utrecht.exactCents()).isEqualTo(BigFraction.of(10000, 3));
    assertThat(utrecht.roundingAdjustment()).isEqualTo(BigFraction.of(-1, 3));
    assertThat(r.share("GM0307").orElseThrow().roundingAdjustment())
        .isEqualTo(BigFraction.of(2, 3));
    assertThat(Cents.format(r.amountCents("GM0307"))).isEqualTo("33.34");
  }

  @Test
  void mixedKeyOfEqualYouthAndCaseload() {
    // Total 1,000,000.00 = 100,000,000 cents.
    //   20% EQUAL     = 20,000,000 cents: 6,666,666 2/3 each
    //   50% youth     = 50,000,000 cents; youth 60,000 + 30,000 + 10,000 = 100,000
    //                   GM0344 0.6 → 30,000,000; GM0307 0.3 → 15,000,000; GM0310 0.1 → 5,000,000
    //   30% caseload  = 30,000,000 cents; caseload 250 + 150 + 100 = 500
    //                   GM0344 0.5 → 15,000,000; GM0307 0.3 → 9,000,000; GM0310 0.2 → 6,000,000
    // Exact: GM0344 51,666,666 2/3; GM0307 30,666,666 2/3; GM0310 17,666,666 2/3.
    // Floors add up to 99,999,998: 2 cents left, all remainders 2/3, so the two lowest codes
    // (GM0307, GM0310) get one each.
    KeyResult r =
        compute(
            "1000000.00",
            List.of(part("EQUAL", "20"), part("youth_12_27", "50"), part("caseload", "30")),
            muni("GM0344", "youth_12_27", 60000, "caseload", 250),
            muni("GM0307", "youth_12_27", 30000, "caseload", 150),
            muni("GM0310", "youth_12_27", 10000, "caseload", 100));

    assertThat(r.amountsByCode())
        .containsExactly(
            Map.entry("GM0344", 51_666_666L),
            Map.entry("GM0307", 30_666_667L),
            Map.entry("GM0310", 17_666_667L));

    Share bilt = r.share("GM0310").orElseThrow();
    assertThat(bilt.lines()).hasSize(3);
    DerivationLine youth = bilt.lines().get(1);
    assertThat(youth.basis()).isEqualTo("youth_12_27");
    assertThat(youth.percent()).isEqualByComparingTo("50");
    assertThat(youth.partCents()).isEqualTo(BigFraction.of(50_000_000));
    assertThat(youth.value()).isEqualByComparingTo("10000");
    assertThat(youth.basisTotal()).isEqualByComparingTo("100000");
    assertThat(youth.basisShare()).isEqualTo(BigFraction.of(1, 10));
    assertThat(youth.exactCents()).isEqualTo(BigFraction.of(5_000_000));
    assertThat(youth.exactEuros()).isEqualByComparingTo("50000.0000");
    DerivationLine equal = bilt.lines().get(0);
    assertThat(equal.value()).isEqualByComparingTo("1");
    assertThat(equal.basisTotal()).isEqualByComparingTo("3");
    assertThat(equal.exactEuros()).isEqualByComparingTo("66666.6667");
    assertThat(bilt.keyCents()).isEqualTo(BigFraction.of(53_000_000, 3));
    assertThat(bilt.exactEuros()).isEqualByComparingTo("176666.6667");
    assertThat(bilt.bound()).isEqualTo(Bound.NONE);
    assertThat(bilt.boundAdjustment()).isEqualTo(BigFraction.ZERO);
    assertThat(bilt.roundingAdjustment()).isEqualTo(BigFraction.of(1, 3));
    assertThat(bilt.roundingAdjustmentCents()).isEqualByComparingTo("0.3333");
  }

  /**
   * Buurtteam MBO 2027, 800,000.00 (80,000,000 cents). Utrecht hosts the team: a quarter of the
   * caseload, most of the population.
   */
  static final List<Participant> BUURTTEAM =
      List.of(
          muni("GM0344", "population", 370_000, "caseload", 100),
          muni("GM0356", "population", 65_000, "caseload", 120),
          muni("GM0321", "population", 50_000, "caseload", 90),
          muni("GM0353", "population", 35_000, "caseload", 90));

  static KeyResult buurtteam(String basis) {
    return FundingKeyEngine.compute(
        new KeyInput(new BigDecimal("800000.00"), List.of(part(basis, "100")), BUURTTEAM));
  }

  @Test
  void buurtteamHostPaysAQuarterByCaseloadButMostByPopulation() {
    // Caseload 100 + 120 + 90 + 90 = 400; Utrecht 100/400 = 1/4 → 20,000,000 cents exactly;
    // Nieuwegein 120/400 → 24,000,000; Houten and IJsselstein 90/400 → 18,000,000 each.
    KeyResult caseload = buurtteam("caseload");
    assertThat(caseload.amountsByCode())
        .containsExactly(
            Map.entry("GM0344", 20_000_000L),
            Map.entry("GM0356", 24_000_000L),
            Map.entry("GM0321", 18_000_000L),
            Map.entry("GM0353", 18_000_000L));

    // Population 370,000 + 65,000 + 50,000 + 35,000 = 520,000.
    //   Utrecht     80,000,000 × 370/520 = 56,923,076 12/13 (0.923)
    //   Nieuwegein  80,000,000 ×  65/520 = 10,000,000
    //   Houten      80,000,000 ×  50/520 =  7,692,307 9/13  (0.692)
    //   IJsselstein 80,000,000 ×  35/520 =  5,384,615 5/13  (0.385)
    // Floors: 79,999,998, so the two largest remainders (Utrecht, Houten) get a cent each.
    KeyResult population = buurtteam("population");
    assertThat(population.amountsByCode())
        .containsExactly(
            Map.entry("GM0344", 56_923_077L),
            Map.entry("GM0356", 10_000_000L),
            Map.entry("GM0321", 7_692_308L),
            Map.entry("GM0353", 5_384_615L));
    assertThat(population.share("GM0344").orElseThrow().exactCents())
        .isEqualTo(BigFraction.of(740_000_000, 13));

    // Utrecht pays 200,000.00 by caseload and 569,230.77 by population: +184.62%.
    Comparison c = FundingKeyEngine.compare(caseload, population);
    Comparison.Row utrecht = c.rows().get(0);
    assertThat(utrecht.code()).isEqualTo("GM0344");
    assertThat(utrecht.differenceCents()).isEqualTo(36_923_077L);
    assertThat(utrecht.differencePercent()).isEqualByComparingTo("184.62");
    assertThat(c.rows().get(1).differencePercent()).isEqualByComparingTo("-58.33");
  }

  @Test
  void aMaximumCapsAShareAndTheExcessGoesToTheOthersInProportion() {
    // 1,000.00 = 100,000 cents by population 6 : 2 : 1 (sum 9).
    // Exact: GM0001 66,666 2/3; GM0002 22,222 2/9; GM0003 11,111 1/9.
    // GM0001 has a maximum of 500.00 (50,000 cents): fixed there; the other 50,000 cents go to
    // GM0002 and GM0003 in proportion 2 : 1: 33,333 1/3 and 16,666 2/3.
    // Floors 50,000 + 33,333 + 16,666 = 99,999; the cent goes to the larger remainder, GM0003.
    KeyInput in =
        input(
            "1000.00",
            List.of(part("population", "100")),
            muni("GM0001", "population", 6).withBounds(null, 50_000L),
            muni("GM0002", "population", 2),
            muni("GM0003", "population", 1));
    KeyResult r = FundingKeyEngine.compute(in);

    assertThat(r.amountsByCode())
        .containsExactly(
            Map.entry("GM0001", 50_000L),
            Map.entry("GM0002", 33_333L),
            Map.entry("GM0003", 16_667L));
    Share capped = r.share("GM0001").orElseThrow();
    assertThat(capped.bound()).isEqualTo(Bound.MAXIMUM);
    assertThat(capped.keyCents()).isEqualTo(BigFraction.of(200_000, 3));
    assertThat(capped.boundAdjustment()).isEqualTo(BigFraction.of(-50_000, 3));
    Share second = r.share("GM0002").orElseThrow();
    assertThat(second.bound()).isEqualTo(Bound.NONE);
    assertThat(second.boundAdjustment()).isEqualTo(BigFraction.of(100_000, 9)); // +111.11 euro
    assertThat(r.share("GM0003").orElseThrow().boundAdjustment())
        .isEqualTo(BigFraction.of(50_000, 9));
  }

  @Test
  void aMinimumTakesTheDeficitFromTheOthersInProportion() {
    // 100.00 = 10,000 cents by caseload 1 : 4 : 5. Exact 1,000 / 4,000 / 5,000.
    // GM0001 must pay at least 25.00: fixed at 2,500; the other 7,500 split 4 : 5 →
    // 3,333 1/3 and 4,166 2/3; the left cent goes to GM0003 (remainder 2/3).
    KeyResult r =
        FundingKeyEngine.compute(
            input(
                "100.00",
                List.of(part("caseload", "100")),
                muni("GM0001", "caseload", 1).withBounds(2_500L, null),
                muni("GM0002", "caseload", 4),
                muni("GM0003", "caseload", 5)));
    assertThat(r.amountsByCode())
        .containsExactly(
            Map.entry("GM0001", 2_500L), Map.entry("GM0002", 3_333L), Map.entry("GM0003", 4_167L));
    assertThat(r.share("GM0001").orElseThrow().bound()).isEqualTo(Bound.MINIMUM);
  }

  @Test
  void aMinimumElsewhereCanPullACappedShareBackBelowItsMaximum() {
    // 1.00 = 100 cents, caseload 9 : 1 → exact 90 and 10. GM0001 max 50, GM0002 min 60.
    // Capping GM0001 at 50 first would give GM0002 50 < 60; fixing GM0002 at 60 then leaves 40
    // for GM0001, under its maximum, so GM0001 is not capped at all: 40 / 60.
    KeyResult r =
        FundingKeyEngine.compute(
            input(
                "1.00",
                List.of(part("caseload", "100")),
                muni("GM0001", "caseload", 9).withBounds(null, 50L),
                muni("GM0002", "caseload", 1).withBounds(60L, null)));
    assertThat(r.amountsByCode())
        .containsExactly(Map.entry("GM0001", 40L), Map.entry("GM0002", 60L));
    assertThat(r.share("GM0001").orElseThrow().bound()).isEqualTo(Bound.NONE);
    assertThat(r.share("GM0002").orElseThrow().bound()).isEqualTo(Bound.MINIMUM);
  }

  @Test
  void threeYearTransitionFromCaseloadToPopulation() {
    // From caseload (Utrecht 20,000,000; Nieuwegein 24,000,000; Houten 18,000,000; IJsselstein
    // 18,000,000) to population (56,923,077; 10,000,000; 7,692,308; 5,384,615).
    // Year 1 = old + (new − old)/3:
    //   Utrecht     20,000,000 + 36,923,077/3 = 32,307,692 1/3
    //   Nieuwegein  24,000,000 − 14,000,000/3 = 19,333,333 1/3
    //   Houten      18,000,000 − 10,307,692/3 = 14,564,102 2/3
    //   IJsselstein 18,000,000 − 12,615,385/3 = 13,794,871 2/3
    //   floors 79,999,998 → Houten and IJsselstein (2/3) get a cent.
    // Year 2 = old + 2(new − old)/3:
    //   Utrecht 44,615,384 2/3; Nieuwegein 14,666,666 2/3; Houten 11,128,205 1/3;
    //   IJsselstein 9,589,743 1/3 → Utrecht and Nieuwegein get a cent.
    // Year 3 = the population key.
    KeyResult from = buurtteam("caseload");
    KeyResult to = buurtteam("population");
    List<KeyResult> steps = FundingKeyEngine.transition(from, to, 3);

    assertThat(steps).hasSize(3);
    assertThat(steps.get(0).amountsByCode())
        .containsExactly(
            Map.entry("GM0344", 32_307_692L),
            Map.entry("GM0356", 19_333_333L),
            Map.entry("GM0321", 14_564_103L),
            Map.entry("GM0353", 13_794_872L));
    assertThat(steps.get(1).amountsByCode())
        .containsExactly(
            Map.entry("GM0344", 44_615_385L),
            Map.entry("GM0356", 14_666_667L),
            Map.entry("GM0321", 11_128_205L),
            Map.entry("GM0353", 9_589_743L));
    assertThat(steps.get(2).amountsByCode()).isEqualTo(to.amountsByCode());
    assertThat(steps).allSatisfy(s -> assertThat(s.totalCents()).isEqualTo(80_000_000L));
    assertThat(steps.get(0).share("GM0321").orElseThrow().exactCents())
        .isEqualTo(BigFraction.of(43_692_308, 3));
  }

  @Test
  void transitionInOneStepIsTheNewKey() {
    KeyResult from = buurtteam("caseload");
    KeyResult to = buurtteam("population");
    assertThat(FundingKeyEngine.transition(from, to, 1))
        .singleElement()
        .satisfies(r -> assertThat(r.amountsByCode()).isEqualTo(to.amountsByCode()));
  }

  @Test
  void indexationOfTwoAndAHalfPercentOverTwoYearsRoundsEachYear() {
    // Year 1: 1,000.10 × 1.025 = 1,025.1025   → 1,025.10 (HALF_UP)
    // Year 2: 1,025.10 × 1.025 = 1,050.7275   → 1,050.73
    // (compounding first and rounding once would give 1,000.10 × 1.050625 = 1,050.7300625 →
    // 1,050.73 too; the rounding per year is what is specified.)
    assertThat(FundingKeyEngine.indexedTotals(new BigDecimal("1000.10"), new BigDecimal("2.5"), 2))
        .containsExactly(
            new BigDecimal("1000.10"), new BigDecimal("1025.10"), new BigDecimal("1050.73"));
  }

  @Test
  void indexationRoundsPerYearNotOnceAtTheEnd() {
    // Per year: 0.30 × 1.025 = 0.3075 → 0.31; 0.31 × 1.025 = 0.31775 → 0.32;
    // 0.32 × 1.025 = 0.328 → 0.33.
    // Compounding first and rounding once would give 0.30 × 1.025³ = 0.3230671875 → 0.32 in year 3.
    assertThat(FundingKeyEngine.indexedTotals(new BigDecimal("0.30"), new BigDecimal("2.5"), 3))
        .containsExactly(
            new BigDecimal("0.30"),
            new BigDecimal("0.31"),
            new BigDecimal("0.32"),
            new BigDecimal("0.33"));
  }

  @Test
  void suppressedCountsAreShownInTheDerivationButCountAsFour() {
    // early_leavers 4 (published as "under 5") and 12: 100.00 split 4 : 12 → 25.00 / 75.00.
    KeyResult r =
        compute(
            "100.00",
            List.of(part("early_leavers", "100")),
            muni("GM0001", "early_leavers", IndicatorValue.suppressed()),
            muni("GM0002", "early_leavers", 12));
    assertThat(r.amountsByCode())
        .containsExactly(Map.entry("GM0001", 2_500L), Map.entry("GM0002", 7_500L));
    assertThat(r.share("GM0001").orElseThrow().lines().get(0).suppressedAsFour()).isTrue();
    assertThat(r.share("GM0002").orElseThrow().lines().get(0).suppressedAsFour()).isFalse();
  }

  @Test
  void decimalPercentagesAndDecimalRiskScores() {
    // 33.5% EQUAL of 10.00 = 335 cents → 167.5 each; 66.5% by risk 1.5 : 0.5 = 665 cents →
    // 498.75 and 166.25. Exact 666.25 and 333.75: floors 666 + 333 = 999; the cent goes to the
    // larger remainder (0.75, GM0002): 666 / 334.
    KeyResult r =
        compute(
            "10.00",
            List.of(part("EQUAL", "33.5"), part("risk", "66.5")),
            muni("GM0001", "risk", "1.5"),
            muni("GM0002", "risk", "0.5"));
    assertThat(r.amountsByCode())
        .containsExactly(Map.entry("GM0001", 666L), Map.entry("GM0002", 334L));
  }

  @Test
  void compareHandlesMunicipalitiesInOnlyOneResultAndZeroAmounts() {
    KeyResult a =
        compute(
            "1.00",
            List.of(part("value", "100")),
            muni("GM0001", "value", 1),
            muni("GM0002", "value", 0));
    KeyResult b =
        compute(
            "2.00",
            List.of(part("value", "100")),
            muni("GM0002", "value", 1),
            muni("GM0003", "value", 1));
    Comparison c = FundingKeyEngine.compare(a, b);
    assertThat(c.totalCentsA()).isEqualTo(100);
    assertThat(c.totalCentsB()).isEqualTo(200);
    assertThat(c.rows())
        .containsExactly(
            new Comparison.Row("GM0001", 100L, null, -100, new BigDecimal("-100.00")),
            new Comparison.Row("GM0002", 0L, 100L, 100, null),
            new Comparison.Row("GM0003", null, 100L, 100, null));
  }

  /**
   * Largest remainder is not monotone in the total (the Alabama paradox): 0.05 split 1 : 3 : 7
   * gives GM0001 one cent, 0.06 gives it none.
   */
  @Test
  void alabamaParadoxARisingTotalCanLowerAnAmount() {
    // 5 cents, sum 11: exact 5/11 = 0.4545, 15/11 = 1.3636, 35/11 = 3.1818; floors 0 + 1 + 3 = 4;
    // the one cent left goes to the largest remainder, GM0001 (0.4545): 1 / 1 / 3.
    // 6 cents: 6/11 = 0.5455, 18/11 = 1.6364, 42/11 = 3.8182; floors again 4; two cents left go
    // to GM0003 (0.8182) and GM0002 (0.6364): 0 / 2 / 4. GM0001 loses its cent.
    List<KeyPart> key = List.of(part("value", "100"));
    KeyResult five =
        compute(
            "0.05",
            key,
            muni("GM0001", "value", 1),
            muni("GM0002", "value", 3),
            muni("GM0003", "value", 7));
    KeyResult six =
        compute(
            "0.06",
            key,
            muni("GM0001", "value", 1),
            muni("GM0002", "value", 3),
            muni("GM0003", "value", 7));
    assertThat(five.amountsByCode().values()).containsExactly(1L, 1L, 3L);
    assertThat(six.amountsByCode().values()).containsExactly(0L, 2L, 4L);
  }

  /**
   * Raising one municipality's indicator can change another's amount against the direction of its
   * exact share (the population paradox). Note: a municipality's own rounded amount can not fall
   * when it raises its own indicator without bounds — its remainder rises while every other exact
   * share falls, and each other share that drops below a whole cent adds a cent to hand out — so
   * the paradox shows in the others.
   */
  @Test
  void populationParadoxRaisingOneIndicatorGivesAnotherACentAlthoughItsShareFell() {
    // 5 cents by 2 : 1 : 8 (sum 11): exact 10/11 = 0.909, 5/11 = 0.4545, 40/11 = 3.636;
    // floors 0 + 0 + 3 = 3; two cents left go to GM0001 (0.909) and GM0003 (0.636): 1 / 0 / 4.
    // GM0001 raises to 3 (sum 12): exact 15/12 = 1.25, 5/12 = 0.4167, 40/12 = 3.333;
    // floors 1 + 0 + 3 = 4; one cent left goes to GM0002 (0.4167): 1 / 1 / 3.
    // GM0002's exact share fell (0.4545 → 0.4167) but it now pays a cent more.
    List<KeyPart> key = List.of(part("value", "100"));
    KeyResult before =
        compute(
            "0.05",
            key,
            muni("GM0001", "value", 2),
            muni("GM0002", "value", 1),
            muni("GM0003", "value", 8));
    KeyResult after =
        compute(
            "0.05",
            key,
            muni("GM0001", "value", 3),
            muni("GM0002", "value", 1),
            muni("GM0003", "value", 8));
    assertThat(before.amountsByCode().values()).containsExactly(1L, 0L, 4L);
    assertThat(after.amountsByCode().values()).containsExactly(1L, 1L, 3L);
    assertThat(after.share("GM0002").orElseThrow().exactCents())
        .isLessThan(before.share("GM0002").orElseThrow().exactCents());
  }
}
