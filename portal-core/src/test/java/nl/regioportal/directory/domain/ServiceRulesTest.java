package nl.regioportal.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

/** The rules of a service's input, without a database (lookups passed in). */
class ServiceRulesTest {

  private static final Map<String, ServiceRules.TermInfo> TERMS =
      Map.of(
          "income_debt", new ServiceRules.TermInfo(Taxonomy.LIFE_DOMAIN, "income_debt"),
          "debt", new ServiceRules.TermInfo(Taxonomy.ISSUE, "income_debt"),
          "study_coach", new ServiceRules.TermInfo(Taxonomy.ROLE, "education"));

  private final ServiceRules rules =
      new ServiceRules(
          code -> Optional.ofNullable(TERMS.get(code)),
          m -> Set.of("GM0599", "GM0606").contains(m.value()),
          org -> org == 7L,
          Map.of(100L, 7L, 200L, 8L));

  @Test
  void aGoodServiceIsNormalisedAndAnIssueImpliesItsDomain() {
    ServiceRules.Result r =
        rules.check(
            draft(AgeGroup.YOUTH, 12, 17, Set.of(" debt "), Set.of("gm0606"), List.of(100L)));
    assertThat(r.violations()).isEmpty();
    assertThat(r.valid().terms()).containsExactly("debt", "income_debt");
    assertThat(r.valid().municipalities()).containsExactly("GM0606");
    assertThat(r.valid().name()).isEqualTo("Jongerenloket");
    assertThat(r.valid().locationIds()).containsExactly(100L);
  }

  @Test
  void theEighteenBoundaryHoldsForEachAgeGroup() {
    assertThat(fields(draft(AgeGroup.YOUTH, 12, 18, Set.of("debt"), Set.of("GM0606"), List.of())))
        .containsExactly("maxAge");
    assertThat(fields(draft(AgeGroup.ADULT, 17, 27, Set.of("debt"), Set.of("GM0606"), List.of())))
        .containsExactly("minAge");
    assertThat(fields(draft(AgeGroup.ALL, 16, 27, Set.of("debt"), Set.of("GM0606"), List.of())))
        .isEmpty();
    assertThat(fields(draft(AgeGroup.ALL, 23, 16, Set.of("debt"), Set.of("GM0606"), List.of())))
        .containsExactly("maxAge");
    assertThat(fields(draft(null, null, null, Set.of("debt"), Set.of("GM0606"), List.of())))
        .containsExactly("ageGroup");
  }

  @Test
  void everyMistakeIsNamedAtItsField() {
    ServiceDraft bad =
        new ServiceDraft(
            9L,
            " ",
            null,
            "x".repeat(ServiceRules.DESCRIPTION_MAX + 1),
            "ftp://example.org",
            "not-an-email",
            null,
            null,
            AgeGroup.ALL,
            null,
            null,
            null,
            true,
            200,
            false,
            null,
            Set.of("nonsense"),
            Set.of("GM9999", "Rotterdam"),
            Set.of("xx"),
            List.of(new ServiceDraft.PhoneDraft(null, "call me", null, null, false)),
            List.of(),
            List.of(
                new ServiceDraft.ScheduleDraft(
                    null, ScheduleLine.Kind.WALK_IN, ScheduleLine.Day.MO, "14:00", "09:00", null)),
            List.of(200L));
    assertThat(fields(bad))
        .containsExactlyInAnyOrder(
            "organisationId",
            "name",
            "description",
            "url",
            "email",
            "waitingWeeks",
            "terms",
            "municipalities",
            "municipalities",
            "languages",
            "phones[0].number",
            "schedules[0].closesAt",
            "locationIds");
  }

  @Test
  void aServiceNeedsALifeDomainAndAMunicipality() {
    assertThat(fields(draft(AgeGroup.ALL, null, null, Set.of(), Set.of(), List.of())))
        .containsExactlyInAnyOrder("terms", "municipalities");
  }

  private List<String> fields(ServiceDraft d) {
    return rules.check(d).violations().stream().map(Violation::field).toList();
  }

  private static ServiceDraft draft(
      AgeGroup group,
      Integer min,
      Integer max,
      Set<String> terms,
      Set<String> municipalities,
      List<Long> locations) {
    return new ServiceDraft(
        7L,
        " Jongerenloket ",
        null,
        "Hulp bij geldzorgen.",
        "https://example.org/loket",
        "loket@example.org",
        null,
        ServiceStatus.ACTIVE,
        group,
        min,
        max,
        null,
        true,
        3,
        true,
        null,
        terms,
        municipalities,
        Set.of("nl", "en"),
        List.of(new ServiceDraft.PhoneDraft(null, "010 123 45 67", Phone.Kind.VOICE, null, false)),
        List.of(),
        List.of(
            new ServiceDraft.ScheduleDraft(
                null, ScheduleLine.Kind.WALK_IN, ScheduleLine.Day.WE, "13:00", "16:00", null)),
        locations);
  }
}
