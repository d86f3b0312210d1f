package nl.regioportal.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.RegionCode;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

  private static final RegionCode RIJNMOND = new RegionCode("29");
  private final OrganisationRules rules =
      new OrganisationRules(
          m -> m.value().equals("GM0599") || m.value().equals("GM0606"),
          r -> Integer.parseInt(r.value()) <= 40);

  private static OrganisationDraft draft(
      OrganisationType type, String name, String brin, String cbs, String kvk) {
    return new OrganisationDraft(
        type, name, brin, cbs, kvk, null, null, null, List.of(), Set.of(), Set.of());
  }

  private List<String> keys(OrganisationDraft d) {
    return rules.check(d, RIJNMOND).violations().stream().map(Violation::key).toList();
  }

  @Test
  void aSchoolNeedsABrinOfTwoDigitsAndTwoLetters() {
    assertThat(keys(draft(OrganisationType.SCHOOL, "ROC", null, null, null)))
        .containsExactly("organisation.brin.required");
    assertThat(keys(draft(OrganisationType.SCHOOL, "ROC", "1234", null, null)))
        .containsExactly("organisation.brin.invalid");
    assertThat(keys(draft(OrganisationType.SCHOOL, "ROC", "25PZ1", null, null)))
        .containsExactly("organisation.brin.invalid");
    var ok =
        rules.check(
            draft(OrganisationType.SCHOOL, " ROC  ", " 25pz ", "GM0599", "12345678"), RIJNMOND);
    assertThat(ok.isValid()).isTrue();
    assertThat(ok.valid().brin()).isEqualTo("25PZ");
    assertThat(ok.valid().name()).isEqualTo("ROC");
    assertThat(ok.valid().cbsCode()).as("identifiers of other types are dropped").isNull();
    assertThat(ok.valid().kvkNumber()).isNull();
  }

  @Test
  void aMunicipalityNeedsAKnownCbsCode() {
    assertThat(keys(draft(OrganisationType.MUNICIPALITY, "Gemeente", null, "0599", null)))
        .containsExactly("organisation.cbs.invalid");
    assertThat(keys(draft(OrganisationType.MUNICIPALITY, "Gemeente", null, "GM9999", null)))
        .containsExactly("organisation.cbs.unknown");
    assertThat(
            rules
                .check(
                    draft(OrganisationType.MUNICIPALITY, "Gemeente", null, "gm0599", null),
                    RIJNMOND)
                .valid()
                .cbsCode())
        .isEqualTo("GM0599");
  }

  @Test
  void aCarePartnerNeedsAnEightDigitKvkNumberAnOtherPartyMayOmitIt() {
    assertThat(keys(draft(OrganisationType.CARE_PARTNER, "Wijkteam", null, null, null)))
        .containsExactly("organisation.kvk.required");
    assertThat(keys(draft(OrganisationType.CARE_PARTNER, "Wijkteam", null, null, "1234567")))
        .containsExactly("organisation.kvk.invalid");
    assertThat(
            rules
                .check(
                    draft(OrganisationType.CARE_PARTNER, "Wijkteam", null, null, "1234 5678"),
                    RIJNMOND)
                .valid()
                .kvkNumber())
        .isEqualTo("12345678");
    assertThat(keys(draft(OrganisationType.OTHER, "Werkgever", null, null, null))).isEmpty();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    var d =
        new OrganisationDraft(
            null,
            " ",
            null,
            null,
            null,
            "geen-mail",
            "bel me",
            "ftp://x",
            List.of(new LocationDraft(null, "", "123", null)),
            Set.of("GM9999", "XX"),
            Set.of("41"));
    assertThat(keys(d))
        .containsExactlyInAnyOrder(
            "organisation.type.required",
            "organisation.name.required",
            "organisation.email.invalid",
            "organisation.phone.invalid",
            "organisation.website.invalid",
            "organisation.location.streetRequired",
            "organisation.location.cityRequired",
            "organisation.location.postalCodeInvalid",
            "organisation.cbs.unknown",
            "organisation.cbs.invalid",
            "organisation.region.unknown");
  }

  @Test
  void locationsAndSetsAreNormalised() {
    var d =
        new OrganisationDraft(
            OrganisationType.OTHER,
            "Huisvesting",
            null,
            null,
            null,
            "info@example.org",
            "+31 10-1234567",
            "https://example.org",
            List.of(new LocationDraft(" Kantoor ", "Coolsingel 40", "3011ad", "Rotterdam")),
            Set.of("gm0606"),
            Set.of("36", "29"));
    var valid = rules.check(d, RIJNMOND).valid();
    assertThat(valid.locations())
        .containsExactly(new Location("Kantoor", "Coolsingel 40", "3011 AD", "Rotterdam"));
    assertThat(valid.servedMunicipalities()).containsExactly("GM0606");
    assertThat(valid.alsoInRegions())
        .as("its own region is not an 'other' region")
        .containsExactly("36");
  }

  @Test
  void namesAreComparedWithoutCaseAndExtraSpaces() {
    assertThat(OrganisationRules.nameKey("  Gemeente   ROTTERDAM "))
        .isEqualTo("gemeente rotterdam");
  }

  @Test
  void namesThatLookTheSameHaveTheSameKey() {
    String key = OrganisationRules.nameKey("Wijkteam Feijenoord");
    assertThat(
            List.of(
                "wijkteam\u00a0feijenoord", // non-breaking space (pasted from a document)
                "Wijkteam\tFeijenoord\n", // tab and line break
                "\u2003Wijkteam \u202f Feijenoord\u3000", // em, narrow and ideographic spaces
                "Wijk\u200bteam Feijenoord", // a zero-width space
                "\ufeffWIJKTEAM FEIJENOORD", // a byte-order mark
                "\uff37ijkteam Feijenoord")) // a full-width W
        .allSatisfy(name -> assertThat(OrganisationRules.nameKey(name)).isEqualTo(key));
    assertThat(OrganisationRules.nameKey("Cafe\u0301 Noord"))
        .as("a decomposed accent is the composed one")
        .isEqualTo(OrganisationRules.nameKey("Caf\u00e9 Noord"));
  }

  @Test
  void namesThatDifferInLettersKeepDifferentKeys() {
    assertThat(OrganisationRules.nameKey("Café Noord"))
        .isNotEqualTo(OrganisationRules.nameKey("Cafe Noord"));
    assertThat(OrganisationRules.nameKey("Wijkteam Feijenoord 2"))
        .isNotEqualTo(OrganisationRules.nameKey("Wijkteam Feijenoord"));
  }

  @Property
  void theKeyOfAKeyIsItself(@ForAll String name) {
    String key = OrganisationRules.nameKey(name);
    assertThat(OrganisationRules.nameKey(key)).isEqualTo(key);
    assertThat(key).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
  }

  @Test
  void aNameOfOnlyInvisibleOrNonBreakingSpacesIsMissing() {
    assertThat(keys(draft(OrganisationType.OTHER, "\u00a0\u200b\u00a0", null, null, null)))
        .containsExactly("organisation.name.required");
  }

  @Test
  void aNameWhoseKeyWouldOutgrowTheColumnIsTooLong() {
    // U+FDFA is one character whose compatibility form is eighteen
    String name = "\ufdfa".repeat(20);
    assertThat(name).hasSizeLessThan(OrganisationRules.NAME_MAX);
    assertThat(keys(draft(OrganisationType.OTHER, name, null, null, null)))
        .containsExactly("organisation.name.tooLong");
  }

  @Test
  void nullElementsInDraftListsAreIgnoredNotFatal() {
    var locations = new java.util.ArrayList<LocationDraft>();
    locations.add(null);
    var served = new java.util.HashSet<String>();
    served.add(null);
    var d =
        new OrganisationDraft(
            OrganisationType.OTHER,
            "X",
            null,
            null,
            null,
            null,
            null,
            null,
            locations,
            served,
            null);
    assertThat(keys(d)).contains("organisation.location.streetRequired");
  }
}
