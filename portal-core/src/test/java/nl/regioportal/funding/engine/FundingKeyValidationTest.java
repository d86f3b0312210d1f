package nl.regioportal.funding.engine;

import static nl.regioportal.funding.engine.Keys.muni;
import static nl.regioportal.funding.engine.Keys.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

/** Every rule gives its own field and key; all problems come back together. */
class FundingKeyValidationTest {

  static final List<KeyPart> KEY = List.of(part("EQUAL", "40"), part("youth", "60"));

  static List<Violation> violations(KeyInput in) {
    return catchThrowableOfType(InvalidInputException.class, () -> FundingKeyEngine.compute(in))
        .violations();
  }

  static List<Violation> violations(String total, List<KeyPart> parts, Participant... ps) {
    return violations(Keys.input(total, parts, ps));
  }

  static Participant ok(String code) {
    return muni(code, "youth", 10);
  }

  @Test
  void aValidInputPasses() {
    assertThat(Keys.compute("10.00", KEY, ok("GM0001"), ok("GM0002")).totalCents()).isEqualTo(1000);
  }

  @Test
  void percentagesMustAddUpToExactlyOneHundred() {
    assertThat(
            violations("10.00", List.of(part("EQUAL", "40"), part("youth", "59.99")), ok("GM0001")))
        .containsExactly(Violation.of("parts", "funding.percent.sum", "99.99"));
  }

  @Test
  void eachPercentageIsAboveZeroAndAtMostOneHundred() {
    assertThat(
            violations(
                "10.00",
                List.of(part("EQUAL", "0"), part("youth", "100.5"), part("caseload", "-0.5")),
                muni("GM0001", "youth", 1, "caseload", 1)))
        .extracting(Violation::field, Violation::key)
        .containsExactly(
            tuple("parts[0].percent", "funding.part.percent.range"),
            tuple("parts[1].percent", "funding.part.percent.range"),
            tuple("parts[2].percent", "funding.part.percent.range"));
  }

  @Test
  void aBasisIsRequiredAndAtMostOnce() {
    assertThat(
            violations(
                "10.00",
                List.of(
                    part("youth", "50"),
                    part("youth", "25"),
                    new KeyPart(" ", new BigDecimal("25"))),
                ok("GM0001")))
        .containsExactly(
            Violation.of("parts[1].basis", "funding.part.basis.duplicate", "youth"),
            Violation.of("parts[2].basis", "funding.part.basis.required", "3"));
  }

  @Test
  void aPercentageIsRequired() {
    assertThat(
            violations(
                "10.00", List.of(new KeyPart("EQUAL", null), part("youth", "100")), ok("GM0001")))
        .containsExactly(Violation.of("parts[0].percent", "funding.part.percent.required", "1"));
  }

  @Test
  void indicatorValuesAreNotNegativeAndPresentForEveryone() {
    assertThat(
            violations(
                "10.00",
                KEY,
                muni("GM0001", "youth", -1),
                muni("GM0002", "caseload", 3),
                ok("GM0003")))
        .containsExactly(
            Violation.of(
                "municipalities[0].indicators.youth",
                "funding.indicator.negative",
                "GM0001",
                "youth",
                "-1"),
            Violation.of(
                "municipalities[1].indicators.youth",
                "funding.indicator.missing",
                "GM0002",
                "youth"));
  }

  @Test
  void anIndicatorSummingToZeroCannotSplitAnything() {
    assertThat(
            violations("10.00", KEY, muni("GM0001", "youth", 0), muni("GM0002", "youth", "0.00")))
        .containsExactly(Violation.of("parts[1].basis", "funding.indicator.sumZero", "youth"));
  }

  @Test
  void codesAreWellFormedAndDistinct() {
    assertThat(violations("10.00", KEY, ok("GM0001"), ok("gm0002"), ok("GM001"), ok("GM0001")))
        .containsExactly(
            Violation.of("municipalities[1].code", "funding.municipality.code.invalid", "gm0002"),
            Violation.of("municipalities[2].code", "funding.municipality.code.invalid", "GM001"),
            Violation.of(
                "municipalities[3].code", "funding.municipality.code.duplicate", "GM0001"));
  }

  @Test
  void totalIsNotNegativeAndWholeCents() {
    assertThat(violations("-1.00", KEY, ok("GM0001")))
        .containsExactly(Violation.of("total", "funding.total.negative", "-1.00"));
    assertThat(violations("1.005", KEY, ok("GM0001")))
        .containsExactly(Violation.of("total", "funding.total.scale", "1.005"));
    assertThat(violations(new KeyInput(null, KEY, List.of(ok("GM0001")))))
        .containsExactly(Violation.of("total", "funding.total.required"));
    assertThat(violations("10000000000000.01", KEY, ok("GM0001")))
        .extracting(Violation::key)
        .containsExactly("funding.total.tooLarge");
    // trailing zeros are whole cents
    assertThat(Keys.compute("1.000", KEY, ok("GM0001")).totalCents()).isEqualTo(100);
  }

  @Test
  void aKeyNeedsPartsAndParticipants() {
    assertThat(violations(new KeyInput(new BigDecimal("1.00"), List.of(), List.of())))
        .containsExactly(
            Violation.of("parts", "funding.parts.empty"),
            Violation.of("municipalities", "funding.municipalities.empty"));
  }

  @Test
  void boundsMustBeFeasible() {
    assertThat(
            violations(
                "10.00",
                KEY,
                ok("GM0001").withBounds(-1L, 500L),
                ok("GM0002").withBounds(700L, 600L)))
        .containsExactly(
            Violation.of(
                "municipalities[0].minimumCents", "funding.bound.negative", "GM0001", "-0.01"),
            Violation.of(
                "municipalities[1].minimumCents",
                "funding.bound.minAboveMax",
                "GM0002",
                "7.00",
                "6.00"));
    // minimums 6.00 + 5.00 above a total of 10.00
    assertThat(
            violations(
                "10.00",
                KEY,
                ok("GM0001").withBounds(600L, null),
                ok("GM0002").withBounds(500L, null)))
        .containsExactly(
            Violation.of("municipalities", "funding.bounds.minimumsAboveTotal", "11.00", "10.00"));
    assertThat(
            violations(
                "10.00",
                KEY,
                ok("GM0001").withBounds(null, 400L),
                ok("GM0002").withBounds(null, 500L)))
        .containsExactly(
            Violation.of("municipalities", "funding.bounds.maximumsBelowTotal", "9.00", "10.00"));
  }

  @Test
  void boundsThatOnlyAZeroShareCouldMeetAreUnattainable() {
    // GM0002 has no caseload, so nothing of the excess above GM0001's maximum can go to it
    assertThatThrownBy(
            () ->
                Keys.compute(
                    "10.00",
                    List.of(part("caseload", "100")),
                    muni("GM0001", "caseload", 5).withBounds(null, 500L),
                    muni("GM0002", "caseload", 0)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of("municipalities", "funding.bounds.unattainable")));
  }

  @Test
  void allProblemsAreReportedAtOnce() {
    List<Violation> v =
        violations(
            "1.001",
            List.of(part("EQUAL", "50"), part("EQUAL", "60")),
            muni("XX0001"),
            muni("GM0002").withBounds(5L, 1L));
    assertThat(v)
        .extracting(Violation::key)
        .containsExactly(
            "funding.total.scale",
            "funding.part.basis.duplicate",
            "funding.percent.sum",
            "funding.municipality.code.invalid",
            "funding.bound.minAboveMax");
  }

  @Test
  void transitionTakesOneToThreeYearsBetweenTheSameMunicipalities() {
    KeyResult a = Keys.compute("1.00", KEY, ok("GM0001"), ok("GM0002"));
    KeyResult b = Keys.compute("1.00", KEY, ok("GM0001"), ok("GM0003"));
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> FundingKeyEngine.transition(a, b, 4))
                .violations())
        .containsExactly(
            Violation.of("years", "funding.transition.years", "4", "3"),
            Violation.of("municipalities", "funding.transition.municipalities", "GM0002, GM0003"));
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> FundingKeyEngine.transition(a, a, 0))
                .violations())
        .extracting(Violation::key)
        .containsExactly("funding.transition.years");
  }

  @Test
  void indexationNeedsAValidTotalPercentAndYears() {
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        FundingKeyEngine.indexedTotals(
                            new BigDecimal("1.001"), new BigDecimal("-100"), 51))
                .violations())
        .containsExactly(
            Violation.of("total", "funding.total.scale", "1.001"),
            Violation.of("yearlyPercent", "funding.index.percent", "-100"),
            Violation.of("years", "funding.index.years", "51", "50"));
  }
}
