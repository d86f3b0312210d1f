package nl.regioportal.funding.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportal.funding.application.OpenWorkRules.Person;
import nl.regioportal.funding.domain.FundingArrangement;
import nl.regioportal.funding.domain.FundingVersion;
import nl.regioportal.funding.domain.KeyPartRow;
import nl.regioportal.funding.domain.ParticipantRow;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.tenant.CurrentCaller;
import org.junit.jupiter.api.Test;

/** Which versions wait for whom: reviews, own drafts, governance decisions. */
class OpenWorkRulesTest {

  private static final String ROTTERDAM = "GM0599";
  private static final String SCHIEDAM = "GM0606";
  private static final String OUTSIDE = "GM0344";
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 9, 0);

  private static final Person COORDINATOR = new Person("coordinator", true, null);
  private static final Person ROTTERDAM_OFFICER = new Person("policy", false, ROTTERDAM);
  private static final Person SCHIEDAM_OFFICER = new Person("policy2", false, SCHIEDAM);

  private final Map<Long, FundingArrangement> arrangements =
      Map.of(
          1L, new FundingArrangement("Buurtteam", 2027, null, "coordinator", T0),
          2L, new FundingArrangement("Jongerenloket", 2027, null, "coordinator", T0));
  private final Set<String> speakers = Set.of(ROTTERDAM, SCHIEDAM);
  private final List<FundingVersion> versions = new ArrayList<>();

  @Test
  void aPublishedVersionWaitsForEachParticipantUntilItHasAnswered() {
    FundingVersion v = published(1, "Eerste", ROTTERDAM, SCHIEDAM);
    FundingVersion notIn = published(2, "Zonder Schiedam", ROTTERDAM);

    assertThat(labels(open(ROTTERDAM_OFFICER).reviews()))
        .containsExactly("Eerste", "Zonder Schiedam");
    assertThat(labels(open(SCHIEDAM_OFFICER).reviews())).containsExactly("Eerste");

    v.review(ROTTERDAM, ReviewDecision.OBJECTED, "Te hoog", "policy", T0.plusDays(1));
    notIn.review(ROTTERDAM, ReviewDecision.APPROVED, null, "policy", T0.plusDays(1));
    assertThat(open(ROTTERDAM_OFFICER).reviews()).as("answered, either way").isEmpty();
    assertThat(labels(open(SCHIEDAM_OFFICER).reviews())).containsExactly("Eerste");
    assertThat(open(ROTTERDAM_OFFICER).ownMunicipality()).isEqualTo(ROTTERDAM);
  }

  @Test
  void draftsLockedAndSupersededVersionsWaitForNoMunicipality() {
    draft(1, "Concept", "coordinator", ROTTERDAM);
    FundingVersion locked = published(1, "Vastgesteld", ROTTERDAM);
    locked.lock(nl.regioportal.funding.domain.LockReason.GOVERNANCE_DECISION, "AB 12", T0);
    FundingVersion superseded = published(1, "Vervangen", ROTTERDAM);
    superseded.supersede(T0);

    OpenWork work = open(ROTTERDAM_OFFICER);
    assertThat(work.isEmpty()).isTrue();
    assertThat(work.size()).isZero();
  }

  @Test
  void aCoordinatorOwnsTheDraftsTheyMadeAndThoseTheSystemMade() {
    draft(1, "Mijn scenario", "coordinator", ROTTERDAM);
    draft(1, "Van een collega", "colleague", ROTTERDAM);
    draft(2, "Demo", CurrentCaller.SYSTEM, ROTTERDAM);
    published(1, "Gepubliceerd", ROTTERDAM);

    assertThat(labels(open(COORDINATOR).drafts()))
        .containsExactlyInAnyOrder("Mijn scenario", "Demo");
    assertThat(labels(open(new Person("colleague", true, null)).drafts()))
        .containsExactlyInAnyOrder("Van een collega", "Demo");
    assertThat(open(ROTTERDAM_OFFICER).drafts()).as("drafts are the coordinators'").isEmpty();
  }

  @Test
  void aPublishedVersionWaitsForAGovernanceDecisionOnceItCannotLockByEveryonesApproval() {
    FundingVersion pending = published(1, "Nog open", ROTTERDAM, SCHIEDAM);
    FundingVersion objected = published(1, "Met bezwaar", ROTTERDAM, SCHIEDAM);
    objected.review(SCHIEDAM, ReviewDecision.OBJECTED, "Niet eens", "policy2", T0);
    objected.review(ROTTERDAM, ReviewDecision.APPROVED, null, "policy", T0);
    published(2, "Met een gemeente van buiten", ROTTERDAM, OUTSIDE);

    OpenWork work = open(COORDINATOR);
    assertThat(labels(work.decisions()))
        .containsExactlyInAnyOrder("Met bezwaar", "Met een gemeente van buiten");
    OpenItem withObjection =
        work.decisions().stream().filter(i -> i.label().equals("Met bezwaar")).findFirst().get();
    assertThat(withObjection.objections()).isEqualTo(1);
    assertThat(withObjection.approvals()).isEqualTo(1);
    assertThat(withObjection.participants()).isEqualTo(2);
    assertThat(withObjection.withoutReviewer()).isEmpty();
    OpenItem outside =
        work.decisions().stream().filter(i -> i.label().startsWith("Met een")).findFirst().get();
    assertThat(outside.withoutReviewer()).containsExactly(OUTSIDE);
    assertThat(outside.arrangementTitle()).isEqualTo("Jongerenloket");

    pending.review(SCHIEDAM, ReviewDecision.OBJECTED, "Toch niet", "policy2", T0);
    assertThat(labels(open(COORDINATOR).decisions())).contains("Nog open");
    assertThat(open(ROTTERDAM_OFFICER).decisions()).as("a decision is the coordinator's").isEmpty();
    assertThat(open(COORDINATOR).reviews()).as("a coordinator reviews nothing").isEmpty();
  }

  @Test
  void theLongestWaitComesFirstAndTheNewestDraft() {
    versions.add(version(1, "Later", "coordinator", T0.plusDays(5), ROTTERDAM));
    versions.add(version(2, "Eerder", "coordinator", T0.plusDays(1), ROTTERDAM));
    versions.add(draftAt(1, "Oud concept", T0));
    versions.add(draftAt(1, "Nieuw concept", T0.plusDays(3)));

    assertThat(labels(open(ROTTERDAM_OFFICER).reviews())).containsExactly("Eerder", "Later");
    assertThat(labels(open(COORDINATOR).drafts())).containsExactly("Nieuw concept", "Oud concept");
  }

  @Test
  void aVersionOfAnArrangementNotLoadedIsLeftOut() {
    published(99, "Zwerver", ROTTERDAM);
    assertThat(open(ROTTERDAM_OFFICER).isEmpty()).isTrue();
  }

  // ---------------------------------------------------------------------------------------------

  private OpenWork open(Person person) {
    return OpenWorkRules.of(person, versions, arrangements, speakers);
  }

  private static List<String> labels(List<OpenItem> items) {
    return items.stream().map(OpenItem::label).toList();
  }

  private FundingVersion published(long arrangement, String label, String... codes) {
    FundingVersion v = version(arrangement, label, "coordinator", T0, codes);
    versions.add(v);
    return v;
  }

  private FundingVersion draft(long arrangement, String label, String by, String... codes) {
    FundingVersion v = new FundingVersion(arrangement, versions.size() + 1, label, by, T0);
    key(v, label, codes);
    versions.add(v);
    return v;
  }

  private FundingVersion draftAt(long arrangement, String label, LocalDateTime at) {
    FundingVersion v =
        new FundingVersion(arrangement, versions.size() + 1, label, "coordinator", at);
    key(v, label, ROTTERDAM);
    return v;
  }

  private FundingVersion version(
      long arrangement, String label, String by, LocalDateTime publishedAt, String... codes) {
    FundingVersion v = new FundingVersion(arrangement, versions.size() + 1, label, by, T0);
    key(v, label, codes);
    v.publish(by, publishedAt);
    return v;
  }

  private static void key(FundingVersion v, String label, String... codes) {
    v.replaceKey(
        label,
        100_000,
        List.of(new KeyPartRow("EQUAL", new BigDecimal("100"))),
        Arrays.stream(codes).map(c -> new ParticipantRow(c, null, null)).toList(),
        List.of());
  }
}
