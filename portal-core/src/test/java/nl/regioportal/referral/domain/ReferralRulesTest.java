package nl.regioportal.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

class ReferralRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final long SCHOOL = 1;
  private static final long CARE = 2;

  private static ReferralRules.Context context(Optional<ReferralRules.ServiceFacts> service) {
    return new ReferralRules.Context(
        TODAY,
        SCHOOL,
        id -> id == SCHOOL || id == CARE,
        code -> Set.of("GM0599", "GM0606").contains(code),
        code -> code.equals("income_debt"),
        code -> code.equals("debt"),
        service);
  }

  private static ReferralDraft draft(
      String birth, String givenBy, String guardian, List<String> categories, Long service) {
    return new ReferralDraft(
        CARE,
        service,
        "Testa",
        "Voorbeeld",
        birth,
        "gm0599",
        null,
        null,
        null,
        List.of("income_debt"),
        List.of("debt"),
        "Schulden",
        "Gesprek",
        "REGULAR",
        null,
        true,
        new ReferralDraft.ConsentDraft(
            givenBy, guardian, categories, "Hulp bij geld", "2027-06-01", "IN_PERSON"));
  }

  private static List<String> fields(ReferralRules.Result r) {
    return r.violations().stream().map(Violation::field).toList();
  }

  @Test
  void aSixteenYearOldConsentsAlone() {
    var r =
        ReferralRules.check(
            draft("2010-01-15", "STUDENT", null, List.of("IDENTITY", "reason"), null),
            context(Optional.empty()));
    assertThat(r.violations()).isEmpty();
    assertThat(r.valid().municipality()).isEqualTo("GM0599");
    assertThat(r.valid().consent().categories())
        .containsExactlyInAnyOrder(InformationCategory.IDENTITY, InformationCategory.REASON);
    assertThat(r.valid().terms()).containsExactlyInAnyOrder("income_debt", "debt");
  }

  @Test
  void underSixteenAParentOrGuardianConsentsToo() {
    var alone =
        ReferralRules.check(
            draft("2011-01-15", "STUDENT", null, List.of("IDENTITY"), null),
            context(Optional.empty()));
    assertThat(fields(alone)).containsExactly("consent.givenBy");
    var unnamed =
        ReferralRules.check(
            draft("2011-01-15", "STUDENT_AND_GUARDIAN", null, List.of("IDENTITY"), null),
            context(Optional.empty()));
    assertThat(fields(unnamed)).containsExactly("consent.guardianName");
    var both =
        ReferralRules.check(
            draft(
                "2011-01-15", "STUDENT_AND_GUARDIAN", "Ouder Voorbeeld", List.of("IDENTITY"), null),
            context(Optional.empty()));
    assertThat(both.ok()).isTrue();
  }

  @Test
  void aConsentCoversTheIdentityAndRunsAtMostTwoYears() {
    var noIdentity =
        ReferralRules.check(
            draft("2009-01-15", "STUDENT", null, List.of("REASON"), null),
            context(Optional.empty()));
    assertThat(fields(noIdentity)).containsExactly("consent.categories");
    var unknown =
        ReferralRules.check(
            draft("2009-01-15", "STUDENT", null, List.of("IDENTITY", "DNA"), null),
            context(Optional.empty()));
    assertThat(fields(unknown)).containsExactly("consent.categories");
    ReferralDraft d = draft("2009-01-15", "STUDENT", null, List.of("IDENTITY"), null);
    ReferralDraft late =
        new ReferralDraft(
            d.receiverOrganisationId(),
            null,
            d.givenName(),
            d.familyName(),
            d.birthDate(),
            d.municipality(),
            null,
            null,
            null,
            d.domains(),
            d.issues(),
            null,
            null,
            null,
            null,
            null,
            new ReferralDraft.ConsentDraft(
                "STUDENT", null, List.of("IDENTITY"), "x", "2029-01-01", "DIGITAL"));
    assertThat(fields(ReferralRules.check(late, context(Optional.empty()))))
        .containsExactly("consent.validUntil");
    ReferralDraft none =
        new ReferralDraft(
            CARE,
            null,
            "a",
            "b",
            "2009-01-15",
            "GM0599",
            null,
            null,
            null,
            List.of("income_debt"),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(fields(ReferralRules.check(none, context(Optional.empty()))))
        .containsExactly("consent");
  }

  @Test
  void aServiceMustServeTheStudentsAgeAndAMunicipalityItDoesNotNameIsAWarning() {
    var youth =
        Optional.of(new ReferralRules.ServiceFacts(7, CARE, true, true, 12, 17, Set.of("GM0606")));
    var at19 =
        ReferralRules.check(
            draft("2007-06-01", "STUDENT", null, List.of("IDENTITY"), 7L), context(youth));
    assertThat(fields(at19)).containsExactly("serviceId");
    var at17 =
        ReferralRules.check(
            draft("2009-06-01", "STUDENT", null, List.of("IDENTITY"), 7L), context(youth));
    assertThat(at17.ok()).isTrue();
    assertThat(at17.valid().warnings())
        .extracting(Violation::key)
        .containsExactlyInAnyOrder("referral.warning.municipality", "referral.warning.turns18");
    var otherOrganisation =
        Optional.of(new ReferralRules.ServiceFacts(8, 99, true, true, 0, 99, Set.of()));
    assertThat(
            fields(
                ReferralRules.check(
                    draft("2009-06-01", "STUDENT", null, List.of("IDENTITY"), 8L),
                    context(otherOrganisation))))
        .containsExactly("serviceId");
    var closed = Optional.of(new ReferralRules.ServiceFacts(9, CARE, true, false, 0, 99, Set.of()));
    assertThat(
            fields(
                ReferralRules.check(
                    draft("2009-06-01", "STUDENT", null, List.of("IDENTITY"), 9L),
                    context(closed))))
        .containsExactly("serviceId");
  }

  @Test
  void everyWrongFieldIsNamed() {
    ReferralDraft bad =
        new ReferralDraft(
            SCHOOL,
            null,
            " ",
            null,
            "15-01-2009",
            "GM9999",
            "abc",
            "not-mail",
            "PIGEON",
            List.of("space"),
            List.of("debt", "nope"),
            null,
            null,
            "URGENT",
            null,
            null,
            new ReferralDraft.ConsentDraft(
                "STUDENT", null, List.of("IDENTITY"), "x", "2027-01-01", "FAX"));
    assertThat(fields(ReferralRules.check(bad, context(Optional.empty()))))
        .contains(
            "receiverOrganisationId",
            "student.givenName",
            "student.familyName",
            "student.birthDate",
            "student.municipality",
            "student.phone",
            "student.email",
            "student.preferredChannel",
            "reason.domains",
            "reason.issues",
            "responseHours",
            "consent.obtained");
  }
}
