package nl.regioportal.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.regioportal.directory.domain.AgeGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search index on its own (real Lucene, in memory): Dutch-aware text, aliases, filters with the
 * 18 boundary and the municipality of residence, facet counts, ranking and reasons, regions apart.
 */
class ServiceIndexTest {

  private static final DutchText TEXT = new DutchText();

  /** Term names and aliases, as the taxonomy gives them. */
  private static final Map<String, List<String>> TERMS =
      Map.of(
          "income_debt", List.of("Inkomen / schulden", "Income / debt"),
          "debt", List.of("Schulden", "Debt"),
          "poverty", List.of("Armoede", "Poverty"),
          "health", List.of("Gezondheid", "Health"),
          "mental_disorders", List.of("Psychische stoornissen", "Mental disorders"),
          "study_coach",
              List.of("SLB'er", "Study coach", "studieloopbaanbegeleider", "mentor", "coach"),
          "housing", List.of("Wonen", "Housing"),
          "debt_counsellor", List.of("Schuldhulpverlener", "Debt counsellor", "budgetcoach"));

  private static final Function<String, Set<String>> WORDS =
      code ->
          Set.copyOf(
              TERMS.getOrDefault(code, List.of()).stream()
                  .flatMap(t -> TEXT.words(t).stream())
                  .toList());

  private ServiceIndex index;

  @BeforeEach
  void fill() {
    index = new ServiceIndex();
    index.put(
        service(
            "29",
            1,
            "Jongerenloket Geldzaken",
            "Hulp bij geldzorgen voor jongeren tot 18.",
            AgeGroup.YOUTH,
            12,
            17,
            Set.of("income_debt"),
            Set.of("debt"),
            Set.of("debt_counsellor"),
            Set.of("GM0606", "GM0599"),
            true));
    index.put(
        service(
            "29",
            2,
            "Schuldhulpverlening 18+",
            "Budgetbeheer en een schuldregeling voor volwassenen.",
            AgeGroup.ADULT,
            18,
            120,
            Set.of("income_debt"),
            Set.of("debt", "poverty"),
            Set.of("debt_counsellor"),
            Set.of("GM0606"),
            false));
    index.put(
        service(
            "29",
            3,
            "Studentenpsycholoog",
            "Gesprekken bij somberheid; samen met de mentor van school.",
            AgeGroup.ALL,
            16,
            27,
            Set.of("health"),
            Set.of("mental_disorders"),
            Set.of("study_coach"),
            Set.of("GM0599"),
            true));
    index.put(
        service(
            "29",
            4,
            "Kamers voor jongeren",
            "Begeleid wonen voor jongeren die uit de jeugdzorg komen; géén schulden nodig.",
            AgeGroup.ALL,
            17,
            23,
            Set.of("housing"),
            Set.of(),
            Set.of(),
            Set.of("GM0606", "GM0599"),
            true));
    // the same name in another region must never show in region 29
    index.put(
        service(
            "36",
            1,
            "Jongerenloket Geldzaken Zeeland",
            "Hulp bij schulden.",
            AgeGroup.ALL,
            0,
            120,
            Set.of("income_debt"),
            Set.of("debt"),
            Set.of(),
            Set.of("GM0654"),
            true));
    index.refresh();
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void aPluralFindsTheSingularAndCaseAndAccentsDoNotMatter() {
    assertThat(ids(search("SCHULDEN"))).contains(1L, 2L).doesNotContain(3L);
    assertThat(ids(search("schuld"))).contains(1L, 2L);
    assertThat(ids(search("geen schulden"))).contains(4L);
    assertThat(ids(search("géén schulden"))).isEqualTo(ids(search("geen schulden")));
  }

  @Test
  void aRolesAliasFindsTheServicesWithThatRole() {
    assertThat(ids(search("mentor"))).containsExactly(3L);
    assertThat(ids(search("SLB'er"))).containsExactly(3L);
    assertThat(ids(search("budgetcoach"))).containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void theStartOfAWordFindsItsCompounds() {
    // "schuld" starts "schuldhulpverlening" (the name) and "schuldregeling" (the description)
    assertThat(ids(search("schuldhulp"))).contains(2L);
  }

  @Test
  void theEighteenBoundarySeparatesYouthAndAdultServices() {
    assertThat(ids(search(query("schulden", "GM0606", 17)))).contains(1L).doesNotContain(2L);
    assertThat(ids(search(query("schulden", "GM0606", 18)))).contains(2L).doesNotContain(1L);
    assertThat(ids(search(query(null, null, 11)))).isEmpty();
    assertThat(ids(search(query(null, null, 24)))).containsExactly(2L, 3L);
  }

  @Test
  void theMunicipalityOfResidenceFiltersOnWhatAServiceServes() {
    assertThat(ids(search(query(null, "GM0599", null)))).containsExactlyInAnyOrder(1L, 3L, 4L);
    assertThat(ids(search(query(null, "GM0654", null)))).isEmpty(); // another region's
  }

  @Test
  void regionsNeverSeeEachOthersServices() {
    assertThat(index.count("29")).isEqualTo(4);
    assertThat(index.count("36")).isEqualTo(1);
    assertThat(ids(search("Zeeland"))).isEmpty();
  }

  @Test
  void facetsCountEachValueAmongAllHits() {
    ServiceHits hits = index.search("29", query("schulden", null, null), WORDS);
    assertThat(hits.total()).isEqualTo(3);
    assertThat(hits.facets().get("municipality"))
        .containsEntry("GM0606", 3)
        .containsEntry("GM0599", 2);
    assertThat(hits.facets().get("issue")).containsEntry("debt", 2).containsEntry("poverty", 1);
    assertThat(hits.facets().get("acceptsReferrals"))
        .containsEntry("true", 2)
        .containsEntry("false", 1);
    assertThat(hits.facets().get("ageGroup"))
        .containsEntry("YOUTH", 1)
        .containsEntry("ADULT", 1)
        .containsEntry("ALL", 1);
  }

  @Test
  void aMatchInTheNameRanksAboveAMatchInTheDescription() {
    List<Long> ids = ids(search("jongeren"));
    assertThat(ids)
        .containsExactly(4L, 1L); // "Kamers voor jongeren" names it; service 1 describes it
  }

  @Test
  void eachHitSaysWhyItWasFound() {
    ServiceHits.Hit hit = index.search("29", query("schulden", "GM0606", 17), WORDS).items().get(0);
    assertThat(hit.reasons())
        .containsExactly(
            new ServiceHits.Reason(ServiceHits.Reason.Kind.MUNICIPALITY, "GM0606"),
            new ServiceHits.Reason(ServiceHits.Reason.Kind.AGE, "12-17"),
            new ServiceHits.Reason(ServiceHits.Reason.Kind.TERM, "debt"),
            new ServiceHits.Reason(ServiceHits.Reason.Kind.TERM, "debt_counsellor"),
            new ServiceHits.Reason(ServiceHits.Reason.Kind.TERM, "income_debt"));
    assertThat(hit.id()).isEqualTo(1L);
  }

  @Test
  void aHitNotVerifiedForSixMonthsIsFlaggedStale() {
    Map<Long, Boolean> stale =
        search(query(null, null, null)).items().stream()
            .collect(
                java.util.stream.Collectors.toMap(ServiceHits.Hit::id, ServiceHits.Hit::stale));
    assertThat(stale).containsEntry(3L, true).containsEntry(1L, false).containsEntry(4L, false);
  }

  @Test
  void pagesDivideTheHitsWithoutOverlap() {
    ServiceQuery first = new ServiceQuery(null, null, null, null, null, null, null, null, 1, 3);
    ServiceQuery second = new ServiceQuery(null, null, null, null, null, null, null, null, 2, 3);
    List<Long> a = ids(index.search("29", first, WORDS));
    List<Long> b = ids(index.search("29", second, WORDS));
    assertThat(a).hasSize(3);
    assertThat(b).hasSize(1);
    assertThat(a).doesNotContainAnyElementsOf(b);
    // without text: by name
    assertThat(a).containsExactly(1L, 4L, 2L);
  }

  @Test
  void queryMarkupAndVeryLongTextAreJustText() {
    long plain = search("schulden").total();
    assertThat(plain).isPositive();
    for (String marked :
        List.of("(schulden)", "schulden*", "\"schulden\"", "+schulden~", "schulden:")) {
      assertThat(search(marked).total()).as(marked).isEqualTo(plain);
    }
    assertThat(search("AND (OR \"*:* ~2 ^3 [a TO z] \\ /regex/ {}").total()).isNotNegative();
    String huge = "schulden ".repeat(2_000);
    assertThat(search(huge).total()).isEqualTo(search("schulden").total());
  }

  @Test
  void aRemovedServiceIsNoLongerFoundAndAReplacedOneWithItsNewValues() {
    index.remove("29", 2);
    index.put(
        service(
            "29",
            4,
            "Kamers voor jongeren",
            "Begeleid wonen.",
            AgeGroup.ADULT,
            18,
            23,
            Set.of("housing"),
            Set.of(),
            Set.of(),
            Set.of("GM0606"),
            true));
    index.refresh();
    assertThat(ids(search("schuldhulpverlening"))).doesNotContain(2L);
    assertThat(ids(search(query(null, "GM0599", null)))).containsExactlyInAnyOrder(1L, 3L);
    assertThat(index.count("29")).isEqualTo(3);
  }

  private ServiceHits search(String text) {
    return search(query(text, null, null));
  }

  private ServiceHits search(ServiceQuery q) {
    return index.search("29", q, WORDS);
  }

  private static ServiceQuery query(String text, String municipality, Integer age) {
    return new ServiceQuery(text, null, null, null, municipality, age, null, null, 1, 20);
  }

  private static List<Long> ids(ServiceHits hits) {
    return hits.items().stream().map(ServiceHits.Hit::id).toList();
  }

  private static IndexedService service(
      String region,
      long id,
      String name,
      String description,
      AgeGroup group,
      int youngest,
      int oldest,
      Set<String> domains,
      Set<String> issues,
      Set<String> roles,
      Set<String> municipalities,
      boolean referrals) {
    List<String> termText =
        java.util.stream.Stream.of(domains, issues, roles)
            .flatMap(Set::stream)
            .flatMap(c -> TERMS.getOrDefault(c, List.of()).stream())
            .toList();
    return new IndexedService(
        region,
        id,
        "00000000-0000-0000-0000-00000000000" + id,
        name,
        null,
        description,
        null,
        10 + id,
        "Organisatie " + id,
        group,
        youngest,
        oldest,
        domains,
        issues,
        roles,
        termText,
        municipalities,
        Set.of("nl"),
        referrals,
        null,
        id == 3 ? java.time.LocalDateTime.now().minusMonths(7) : java.time.LocalDateTime.now());
  }
}
