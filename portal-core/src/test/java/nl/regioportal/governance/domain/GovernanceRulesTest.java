package nl.regioportal.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

class GovernanceRulesTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 30);
  private static final LocalDate JUL = LocalDate.of(2026, 7, 1);
  private static final LocalDate DEC = LocalDate.of(2026, 12, 31);

  // --- periods

  @Test
  void termsThatShareADayOverlapAndTheDayAfterTheLastDayDoesNot() {
    TermPeriod first = new TermPeriod(JAN, JUN);
    assertThat(first.overlaps(new TermPeriod(JUL, DEC))).isFalse();
    assertThat(first.overlaps(new TermPeriod(JUN, DEC))).isTrue();
    assertThat(new TermPeriod(JUL, DEC).overlaps(first)).isFalse();
    assertThat(first.overlaps(new TermPeriod(JAN.minusYears(1), JAN))).isTrue();
    assertThat(first.overlaps(new TermPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1))))
        .isTrue();
  }

  @Test
  void anOpenEndOverlapsEverythingFromItsStart() {
    TermPeriod open = new TermPeriod(JUL, null);
    assertThat(open.overlaps(new TermPeriod(DEC.plusYears(20), null))).isTrue();
    assertThat(open.overlaps(new TermPeriod(JAN, JUL))).isTrue();
    assertThat(open.overlaps(new TermPeriod(JAN, JUN))).isFalse();
    assertThat(new TermPeriod(JAN, null).overlaps(open)).isTrue();
    assertThat(open.includes(DEC.plusYears(50))).isTrue();
    assertThat(open.includes(JUN)).isFalse();
  }

  // --- terms

  @Test
  void aTermNeedsAPersonAndAStartAndItsEndIsNotBeforeItsStart() {
    var result = GovernanceRules.check(new TermDraft(" ", null, null, null, null), List.of());
    assertThat(fields(result.violations())).containsExactly("personName", "startDate");
    assertThat(keys(result.violations()))
        .containsExactly("governance.term.person.required", "governance.term.start.required");

    var backwards =
        GovernanceRules.check(new TermDraft("A. de Vries", null, null, JUL, JUN), List.of());
    assertThat(backwards.violations())
        .containsExactly(
            Violation.of("endDate", "governance.term.end.beforeStart", "2026-06-30", "2026-07-01"));

    var oneDay =
        GovernanceRules.check(new TermDraft(" A. de Vries ", null, null, JUL, JUL), List.of());
    assertThat(oneDay.isValid()).isTrue();
    assertThat(oneDay.valid().personName()).isEqualTo("A. de Vries");
  }

  @Test
  void theEmailAddressAndUserNameAreCheckedWhenGiven() {
    var bad =
        GovernanceRules.check(new TermDraft("A", "geen-adres", "met spatie", JAN, null), List.of());
    assertThat(keys(bad.violations()))
        .containsExactly("governance.term.email.invalid", "governance.term.username.invalid");
    var good =
        GovernanceRules.check(
            new TermDraft("A", " a.devries@rotterdam.nl ", "adevries", JAN, null), List.of());
    assertThat(good.isValid()).isTrue();
    assertThat(good.valid().email()).isEqualTo("a.devries@rotterdam.nl");
    assertThat(GovernanceRules.check(new TermDraft("A", "", "", JAN, null), List.of()).valid())
        .extracting(GovernanceRules.ValidTerm::email, GovernanceRules.ValidTerm::username)
        .containsExactly(null, null);
  }

  @Test
  void aTermStartingInsideAnotherIsRefusedAtItsStartAndNamesTheHolder() {
    SeatTerm held = term("J. Jansen", JAN, JUN);
    var result = GovernanceRules.check(new TermDraft("A", null, null, JUN, DEC), List.of(held));
    assertThat(result.isValid()).isFalse();
    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                "startDate", "governance.term.overlap", "J. Jansen", "2026-01-01", "2026-06-30"));
  }

  @Test
  void aTermRunningIntoALaterOneIsRefusedAtItsEnd() {
    SeatTerm later = term("J. Jansen", JUL, null);
    var open = GovernanceRules.check(new TermDraft("A", null, null, JAN, null), List.of(later));
    assertThat(open.violations())
        .containsExactly(
            Violation.of("endDate", "governance.term.overlap.open", "J. Jansen", "2026-07-01"));
    var ended = GovernanceRules.check(new TermDraft("A", null, null, JAN, JUN), List.of(later));
    assertThat(ended.isValid()).isTrue();
  }

  @Test
  void theEarliestOverlappingTermIsNamed() {
    var result =
        GovernanceRules.check(
            new TermDraft("A", null, null, JAN, null),
            List.of(term("Later", JUL, null), term("Eerder", JAN.minusYears(1), JAN)));
    assertThat(result.violations().get(0).args()).first().isEqualTo("Eerder");
  }

  // --- seats

  @Test
  void aBodyHasOneChairAndOneSecretary() {
    var chair =
        GovernanceRules.check(
            new SeatDraft(SeatRole.CHAIR, null, "Voorzitter"), id -> true, List.of(SeatRole.CHAIR));
    assertThat(chair.violations())
        .containsExactly(Violation.of("role", "governance.seat.chairTaken"));
    var secretary =
        GovernanceRules.check(
            new SeatDraft(SeatRole.SECRETARY, null, null),
            id -> true,
            List.of(SeatRole.CHAIR, SeatRole.SECRETARY));
    assertThat(keys(secretary.violations())).containsExactly("governance.seat.secretaryTaken");
    var members =
        GovernanceRules.check(
            new SeatDraft(SeatRole.MEMBER, 7L, null),
            id -> true,
            List.of(SeatRole.CHAIR, SeatRole.SECRETARY, SeatRole.MEMBER));
    assertThat(members.isValid()).isTrue();
  }

  @Test
  void membersAndAdvisersActForAnOrganisationOfTheRegion() {
    for (SeatRole role : List.of(SeatRole.MEMBER, SeatRole.ADVISER)) {
      assertThat(
              GovernanceRules.check(new SeatDraft(role, null, null), id -> true, List.of())
                  .violations())
          .containsExactly(Violation.of("organisationId", "governance.seat.organisation.required"));
    }
    assertThat(
            GovernanceRules.check(new SeatDraft(SeatRole.CHAIR, null, null), id -> true, List.of())
                .isValid())
        .isTrue();
    Set<Long> region = Set.of(1L, 2L);
    assertThat(
            GovernanceRules.check(
                    new SeatDraft(SeatRole.CHAIR, 99L, null), region::contains, List.of())
                .violations())
        .containsExactly(
            Violation.of("organisationId", "governance.seat.organisation.unknown", 99L));
    assertThat(
            GovernanceRules.check(
                    new SeatDraft(null, 1L, "x".repeat(201)), region::contains, List.of())
                .violations())
        .extracting(Violation::field)
        .containsExactly("role", "label");
  }

  // --- bodies

  @Test
  void aBodyNeedsANameAndAKind() {
    var result = GovernanceRules.check(new BodyDraft("\u200b ", null, null, null, null));
    assertThat(fields(result.violations())).containsExactly("name", "kind");
    var tooLong =
        GovernanceRules.check(
            new BodyDraft("x".repeat(201), BodyKind.OTHER, "y".repeat(2001), null, null));
    assertThat(keys(tooLong.violations()))
        .containsExactly("governance.body.name.tooLong", "governance.body.description.tooLong");
    var ok =
        GovernanceRules.check(
            new BodyDraft(" Bestuurlijk overleg ", BodyKind.ADMINISTRATIVE_TABLE, " ", null, null));
    assertThat(ok.valid())
        .isEqualTo(
            new GovernanceRules.ValidBody(
                "Bestuurlijk overleg", BodyKind.ADMINISTRATIVE_TABLE, null, null, true));
  }

  @Test
  void aParentIsAnotherBodyOfTheRegionAndNeverADescendant() {
    // 1 <- 2 <- 3: body 2 prepares for 1, body 3 for 2
    Map<Long, Long> parents = Map.of(2L, 1L, 3L, 2L);
    var exists = (java.util.function.LongPredicate) id -> id >= 1 && id <= 3;
    java.util.function.LongFunction<Long> parentOf = parents::get;
    assertThat(GovernanceRules.parentOf(3L, 1L, exists, parentOf)).isEmpty();
    assertThat(GovernanceRules.parentOf(null, 3L, exists, parentOf)).isEmpty();
    assertThat(GovernanceRules.parentOf(1L, null, exists, parentOf)).isEmpty();
    assertThat(GovernanceRules.parentOf(2L, 2L, exists, parentOf))
        .contains(Violation.of("parentId", "governance.body.parent.self"));
    assertThat(GovernanceRules.parentOf(1L, 3L, exists, parentOf))
        .contains(Violation.of("parentId", "governance.body.parent.cycle"));
    assertThat(GovernanceRules.parentOf(1L, 44L, exists, parentOf))
        .contains(Violation.of("parentId", "governance.body.parent.unknown", 44L));
    // a cycle already stored (not through this body) ends the walk too
    assertThat(GovernanceRules.parentOf(9L, 2L, exists, id -> id == 1 ? 2L : 1L))
        .contains(Violation.of("parentId", "governance.body.parent.cycle"));
  }

  private static SeatTerm term(String person, LocalDate start, LocalDate end) {
    return new SeatTerm(
        1, new GovernanceRules.ValidTerm(person, null, null, new TermPeriod(start, end)));
  }

  private static List<String> fields(List<Violation> v) {
    return v.stream().map(Violation::field).toList();
  }

  private static List<String> keys(List<Violation> v) {
    return v.stream().map(Violation::key).toList();
  }
}
