package nl.regioportal.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.indicators.IndicatorTable;
import org.junit.jupiter.api.Test;

class BasisCatalogueTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private static Basis own(String code, String dutch, String english) {
    return new Basis(code, dutch, english, Basis.Kind.REGION);
  }

  @Test
  void theBuiltInsKeepTheCodesTheyHadAndComeInTheirOrder() {
    assertThat(BasisCatalogue.builtIn().all())
        .extracting(Basis::code)
        .containsExactly(KeyPart.EQUAL, "youth_12_27", "caseload", "mbo_students", "early_leavers");
    assertThat(BasisCatalogue.builtIn().indicators())
        .extracting(Basis::code)
        .doesNotContain(KeyPart.EQUAL)
        .allMatch(IndicatorTable::isValidIndicator, "a code the indicator files may name");
  }

  @Test
  void everyBuiltInHasADutchAndAnEnglishLabelOfItsOwn() {
    for (Basis b : BasisCatalogue.BUILT_IN) {
      assertThat(b.label(DUTCH)).isNotBlank().isNotEqualTo(b.code());
      assertThat(b.label(Locale.ENGLISH)).isNotBlank().isNotEqualTo(b.code());
      assertThat(b.label(Locale.ENGLISH)).as(b.code()).isNotEqualTo(b.label(DUTCH));
    }
    assertThat(BasisCatalogue.builtIn().labels(DUTCH).values()).doesNotHaveDuplicates();
    assertThat(BasisCatalogue.builtIn().labels(Locale.ENGLISH).values()).doesNotHaveDuplicates();
  }

  @Test
  void labelsFollowTheLanguageDutchByDefault() {
    BasisCatalogue c = BasisCatalogue.builtIn();

    assertThat(c.label("EQUAL", DUTCH)).isEqualTo("Gelijke delen");
    assertThat(c.label("EQUAL", Locale.UK)).isEqualTo("Equal shares");
    assertThat(c.label("caseload", Locale.ENGLISH)).isEqualTo("Caseload by place of residence");
    assertThat(c.label("caseload", Locale.GERMAN)).isEqualTo("Caseload naar woonplaats");
    assertThat(c.label("mbo_students", null)).isEqualTo("Mbo-studenten");
    assertThat(c.label("early_leavers", Locale.ENGLISH)).isEqualTo("Early school leavers");
    assertThat(c.label("youth_12_27", DUTCH))
        .isEqualTo("Inwoners van 12 tot en met 27 jaar op de peildatum");
  }

  @Test
  void anOwnIndicatorWithoutAnEnglishLabelFallsBackToDutch() {
    BasisCatalogue c =
        BasisCatalogue.withOwn(
            List.of(own("trajecten", "Trajecten RMC", null), own("wijken", "Wijken", "Districts")));

    assertThat(c.label("trajecten", Locale.ENGLISH)).isEqualTo("Trajecten RMC");
    assertThat(c.label("trajecten", DUTCH)).isEqualTo("Trajecten RMC");
    assertThat(c.label("wijken", Locale.ENGLISH)).isEqualTo("Districts");
    assertThat(own("x1", "Iets", "  ").englishLabel()).as("blank is none").isNull();
  }

  @Test
  void theRegionsOwnComeAfterTheBuiltInsByDutchLabel() {
    BasisCatalogue c =
        BasisCatalogue.withOwn(List.of(own("zz", "Wijken", null), own("aa", "trajecten", null)));

    assertThat(c.all())
        .extracting(Basis::code)
        .containsExactly(
            "EQUAL", "youth_12_27", "caseload", "mbo_students", "early_leavers", "aa", "zz");
    assertThat(c.own()).extracting(Basis::code).containsExactly("aa", "zz");
    assertThat(c.basisCodes())
        .isEqualTo("EQUAL, youth_12_27, caseload, mbo_students, early_leavers, aa, zz");
    assertThat(c.indicatorCodes())
        .isEqualTo("youth_12_27, caseload, mbo_students, early_leavers, aa, zz");
  }

  @Test
  void onlyTheCatalogueIsKnownAndEqualSharesIsNoIndicator() {
    BasisCatalogue c = BasisCatalogue.withOwn(List.of(own("trajecten", "Trajecten RMC", null)));

    assertThat(c.isBasis("EQUAL")).isTrue();
    assertThat(c.isIndicator("EQUAL")).isFalse();
    assertThat(c.isIndicator("trajecten")).isTrue();
    assertThat(c.isBasis("youht_12_27")).as("a typo").isFalse();
    assertThat(c.isBasis("equal")).isFalse();
    assertThat(c.isBasis(null)).isFalse();
    assertThat(BasisCatalogue.builtIn().isIndicator("trajecten")).as("another region's").isFalse();
    assertThat(BasisCatalogue.isBuiltIn("caseload")).isTrue();
    assertThat(BasisCatalogue.isBuiltIn("trajecten")).isFalse();
  }

  @Test
  void anUnknownCodeIsShownAsItIsNeverBlank() {
    assertThat(BasisCatalogue.builtIn().label("population", DUTCH)).isEqualTo("population");
    assertThat(BasisCatalogue.builtIn().label(null, DUTCH)).isEmpty();
  }

  @Test
  void aCodeIsInTheCatalogueOnce() {
    assertThatThrownBy(
            () -> BasisCatalogue.withOwn(List.of(own("caseload", "Mijn caseload", null))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> BasisCatalogue.withOwn(List.of(own("a1", "Een", null), own("a1", "Twee", null))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Basis("x1", " ", "X", Basis.Kind.REGION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labelsAreComparedWithoutRegardToCase() {
    BasisCatalogue c = BasisCatalogue.withOwn(List.of(own("trajecten", "Trajecten RMC", null)));

    assertThat(c.withLabel("trajecten rmc", null))
        .extracting(Basis::code)
        .containsExactly("trajecten");
    assertThat(c.withLabel("Iets anders", "equal SHARES"))
        .extracting(Basis::code)
        .containsExactly("EQUAL");
    assertThat(c.withLabel("Iets anders", null)).isEmpty();
  }
}
