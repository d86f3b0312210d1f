package nl.regioportal.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.regioportal.audit.TenantContextCdi;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.governance.domain.ActionDraft;
import nl.regioportal.governance.domain.DecisionDraft;
import nl.regioportal.governance.domain.DecisionOutcome;
import nl.regioportal.governance.domain.ItemDraft;
import nl.regioportal.governance.domain.ItemType;
import nl.regioportal.governance.domain.MeetingDraft;
import nl.regioportal.governance.domain.MeetingStatus;
import nl.regioportal.governance.domain.TrafficLight;
import nl.regioportal.persistence.SchemaMigration;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.DuplicateException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Meetings, agendas, decisions and actions ({@link MeetingRegister}, what {@link Meetings} runs) on
 * the embedded default, H2 in MySQL mode migrated by Flyway, through EclipseLink with the portal's
 * settings: the life cycle and its refusals, carry-over of open actions, one decision per item and
 * the funding lock in the decision's transaction, refusals that leave nothing behind, and another
 * region's ids not found. The funding module's side of the lock is the IT's (GovernanceIT, on
 * MariaDB through the portal); here it is a recorder that can be told to refuse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsOnH2Test {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 8, 10, 0);

  private final String url =
      "jdbc:h2:mem:meetings-"
          + UUID.randomUUID()
          + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
          + ";LOCK_TIMEOUT=20000";

  private final H2Rows rows = new H2Rows(url);

  private EntityManagerFactory emf;
  private long table;

  /** What the register asked of the funding module, and whether it refuses. */
  private final List<String> locks = new ArrayList<>();

  private VersionStatus versionStatus = VersionStatus.PUBLISHED;
  private boolean fundingRefuses;

  @BeforeAll
  void migrate() throws Exception {
    SchemaMigration.configuration().dataSource(url, "sa", "").load().migrate();
    TenantContextCdi.install();
    emf =
        Persistence.createEntityManagerFactory(
            "governance-test",
            Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    // the version the agenda items are about (the funding module's, here only its row)
    jdbc(
        "insert into funding_arrangement (id, tenant_id, version, title, title_key, budget_year,"
            + " created_at, created_by) values (40, '29', 1, 'Jeugdhulp Rijnmond',"
            + " 'jeugdhulp rijnmond', 2027, current_timestamp, 'co')",
        "insert into funding_version (id, tenant_id, version, arrangement_id, number, label,"
            + " status, total_cents, created_at, created_by) values (41, '29', 1, 40, 2, 'v2',"
            + " 'PUBLISHED', 100000, current_timestamp, 'co')");
  }

  @BeforeEach
  void clean() throws Exception {
    jdbc(
        "delete from governance_action",
        "delete from agenda_document_content",
        "delete from agenda_document",
        "delete from governance_decision",
        "delete from agenda_item",
        "delete from meeting",
        "delete from governing_body");
    table =
        insert(
            "insert into governing_body (tenant_id, version, name, name_key, kind, active,"
                + " created_at, updated_at) values ('29', 1, 'Bestuurlijk overleg',"
                + " 'bestuurlijk overleg', 'ADMINISTRATIVE_TABLE', true, current_timestamp,"
                + " current_timestamp)");
    locks.clear();
    versionStatus = VersionStatus.PUBLISHED;
    fundingRefuses = false;
  }

  @AfterAll
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  @Test
  void aMeetingGoesFromPlannedThroughPublishedToHeldAndKeepsItsUidAsItMoves() {
    long m = inRegion("29", r -> r.create(meeting(NOW.plusDays(7)), "test.example"));
    MeetingView planned = inRegion("29", r -> r.one(m, NOW.toLocalDate()));
    assertThat(planned.status()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(planned.sequence()).isZero();

    // an empty agenda is not published
    assertThatThrownBy(() -> inRegion("29", r -> run(() -> r.publish(m, NOW))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.violation().key()).isEqualTo("governance.meeting.publish.empty"));
    inRegion("29", r -> r.addItem(m, item("Opening", ItemType.INFORMATION, null)));
    inRegion("29", r -> r.addItem(m, item("Verdeelsleutel 2027", ItemType.DECISION, 41L)));

    // moving it raises the sequence; the uid stays
    inRegion("29", r -> run(() -> r.update(m, planned.version(), meeting(NOW.plusDays(8)))));
    MeetingView moved = inRegion("29", r -> r.one(m, NOW.toLocalDate()));
    assertThat(moved.sequence()).isEqualTo(1);
    assertThat(moved.uid()).isEqualTo(planned.uid()).endsWith("@test.example");
    // a stale copy is refused
    assertThatThrownBy(
            () -> inRegion("29", r -> run(() -> r.update(m, planned.version(), meeting(NOW)))))
        .isInstanceOf(ConflictException.class);

    inRegion("29", r -> run(() -> r.publish(m, NOW)));
    MeetingView published = inRegion("29", r -> r.one(m, NOW.toLocalDate()));
    assertThat(published.status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    assertThat(published.items())
        .extracting(MeetingView.Item::position, MeetingView.Item::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Opening"),
            org.assertj.core.groups.Tuple.tuple(2, "Verdeelsleutel 2027"));
    assertThat(published.items().get(1).fundingVersion().id()).isEqualTo(41L);

    // not held before its day, and no decisions before it is held
    assertThatThrownBy(() -> inRegion("29", r -> run(() -> r.held(m, NOW))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.violation().key()).isEqualTo("governance.meeting.held.future"));
    long decisionItem = published.items().get(1).id();
    assertThatThrownBy(
            () ->
                inRegion(
                    "29",
                    r -> r.decide(m, decisionItem, adopted("Vastgesteld."), "coordinator", NOW)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.violation().key()).isEqualTo("governance.decision.notHeld"));

    inRegion("29", r -> run(() -> r.held(m, NOW.plusDays(8).withHour(16))));
    assertThat(inRegion("29", r -> r.one(m, NOW.toLocalDate())).status())
        .isEqualTo(MeetingStatus.HELD);
    // a held meeting neither moves nor takes items
    assertThatThrownBy(
            () -> inRegion("29", r -> r.addItem(m, item("Te laat", ItemType.DISCUSSION, null))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.violation().key()).isEqualTo("governance.meeting.closed"));
  }

  @Test
  void theAgendaOfAMeetingInThePastIsNotPublished() throws Exception {
    long m = inRegion("29", r -> r.create(meeting(NOW.minusDays(1)), "test.example"));
    inRegion("29", r -> r.addItem(m, item("Opening", ItemType.INFORMATION, null)));
    assertThatThrownBy(() -> inRegion("29", r -> run(() -> r.publish(m, NOW))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of("startsAt", "governance.meeting.publish.past")));
    assertThat(count("select count(*) from meeting where status = 'PLANNED'")).isEqualTo(1);
    // it may still be recorded as held (its agenda went round by mail)
    inRegion("29", r -> run(() -> r.held(m, NOW)));
    assertThat(inRegion("29", r -> r.one(m, NOW.toLocalDate())).status())
        .isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void adoptingTheDecisionOnAFundingItemLocksTheVersionInTheSameTransaction() throws Exception {
    long m = heldMeetingWith(item("Verdeelsleutel 2027", ItemType.DECISION, 41L));
    long itemId = inRegion("29", r -> r.one(m, NOW.toLocalDate())).items().get(0).id();

    // the funding module refuses (say the version was superseded meanwhile): nothing recorded
    fundingRefuses = true;
    assertThatThrownBy(
            () -> inRegion("29", r -> r.decide(m, itemId, adopted("Vastgesteld."), "co", NOW)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(count("select count(*) from governance_decision")).isZero();

    fundingRefuses = false;
    long decision = inRegion("29", r -> r.decide(m, itemId, adopted("Vastgesteld."), "co", NOW));
    assertThat(locks).containsExactly("41 by " + decision);
    MeetingView.Decision d = inRegion("29", r -> r.decisions(null)).get(0);
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.ADOPTED);
    assertThat(d.itemTitle()).isEqualTo("Verdeelsleutel 2027");
    assertThat(d.bodyName()).isEqualTo("Bestuurlijk overleg");
    assertThat(d.fundingVersion().id()).isEqualTo(41L);

    // one decision per item
    assertThatThrownBy(
            () -> inRegion("29", r -> r.decide(m, itemId, adopted("Nogmaals."), "co", NOW)))
        .isInstanceOf(DuplicateException.class);
    assertThat(count("select count(*) from governance_decision")).isEqualTo(1);
  }

  @Test
  void aRejectedDecisionLocksNothingAndADraftVersionCannotBeAdopted() throws Exception {
    long m =
        heldMeetingWith(
            item("Verdeelsleutel 2027", ItemType.DECISION, 41L),
            item("Verdeelsleutel 2028", ItemType.DECISION, 41L));
    List<MeetingView.Item> items = inRegion("29", r -> r.one(m, NOW.toLocalDate())).items();
    inRegion(
        "29",
        r ->
            r.decide(
                m,
                items.get(0).id(),
                new DecisionDraft(DecisionOutcome.REJECTED, "Niet vastgesteld."),
                "co",
                NOW));
    assertThat(locks).isEmpty();

    versionStatus = VersionStatus.SUPERSEDED;
    assertThatThrownBy(
            () ->
                inRegion(
                    "29", r -> r.decide(m, items.get(1).id(), adopted("Vastgesteld."), "co", NOW)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::key)
                    .containsExactly("governance.decision.version.notLockable"));
    assertThat(count("select count(*) from governance_decision")).isEqualTo(1);
    assertThat(locks).isEmpty();
  }

  @Test
  void anOpenActionIsCarriedToTheNextMeetingsUntilItIsDone() {
    long first = heldMeetingWith(item("Cijfers", ItemType.DISCUSSION, null));
    long action =
        inRegion(
            "29",
            r ->
                r.addAction(
                    first,
                    new ActionDraft(
                        "Cijfers per gemeente uitzoeken",
                        "P. Beleid",
                        "beleid@schiedam.example",
                        "policy",
                        NOW.toLocalDate().plusDays(3),
                        null)));
    long second = inRegion("29", r -> r.create(meeting(NOW.plusDays(14)), "test.example"));
    MeetingView next = inRegion("29", r -> r.one(second, NOW.toLocalDate()));
    assertThat(next.carried()).extracting(MeetingView.Action::id).containsExactly(action);
    assertThat(next.carried().get(0).light()).isEqualTo(TrafficLight.AMBER);
    assertThat(next.actions()).isEmpty();
    // the meeting that raised it lists it as its own, not as carried
    MeetingView raisedAt = inRegion("29", r -> r.one(first, NOW.toLocalDate().plusDays(4)));
    assertThat(raisedAt.actions())
        .extracting(MeetingView.Action::light)
        .containsExactly(TrafficLight.RED);
    assertThat(raisedAt.carried()).isEmpty();
    List<MeetingView.Action> mine =
        inRegion("29", r -> r.actions(null, "policy", true, NOW.toLocalDate()));
    assertThat(mine).extracting(MeetingView.Action::id).containsExactly(action);

    inRegion("29", r -> run(() -> r.actionDone(action, true, "policy", NOW)));
    assertThat(inRegion("29", r -> r.one(second, NOW.toLocalDate())).carried()).isEmpty();
    List<MeetingView.Action> mineAfter =
        inRegion("29", r -> r.actions(null, "policy", true, NOW.toLocalDate()));
    assertThat(mineAfter).isEmpty();
    assertThat(inRegion("29", r -> r.one(first, NOW.toLocalDate())).actions().get(0).light())
        .isEqualTo(TrafficLight.DONE);
  }

  @Test
  void anActionWithoutOwnerOrDeadlineIsRefusedAndNothingIsSaved() throws Exception {
    long m = heldMeetingWith(item("Cijfers", ItemType.DISCUSSION, null));
    assertThatThrownBy(
            () ->
                inRegion(
                    "29",
                    r -> r.addAction(m, new ActionDraft("Uitzoeken", " ", null, null, null, null))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("ownerName", "deadline"));
    assertThat(count("select count(*) from governance_action")).isZero();
  }

  @Test
  void anItemRemovedFromAPlannedAgendaClosesUpThePositionsAndNotAfterPublishing() {
    long m = inRegion("29", r -> r.create(meeting(NOW.plusDays(7)), "test.example"));
    long first = inRegion("29", r -> r.addItem(m, item("Opening", ItemType.INFORMATION, null)));
    inRegion("29", r -> r.addItem(m, item("Cijfers", ItemType.DISCUSSION, null)));
    inRegion("29", r -> run(() -> r.removeItem(m, first)));
    MeetingView read = inRegion("29", r -> r.one(m, NOW.toLocalDate()));
    assertThat(read.items())
        .extracting(MeetingView.Item::position, MeetingView.Item::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Cijfers"));
    inRegion("29", r -> run(() -> r.publish(m, NOW)));
    long left = read.items().get(0).id();
    assertThatThrownBy(() -> inRegion("29", r -> run(() -> r.removeItem(m, left))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.violation().key()).isEqualTo("governance.item.published"));
  }

  @Test
  void anotherRegionsMeetingIsNotFound() {
    long m = inRegion("29", r -> r.create(meeting(NOW.plusDays(7)), "test.example"));
    assertThatThrownBy(() -> inRegion("36", r -> r.one(m, NOW.toLocalDate())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> inRegion("36", r -> r.addItem(m, item("Opening", ItemType.INFORMATION, null))))
        .isInstanceOf(NotFoundException.class);
    List<MeetingView.Summary> other = inRegion("36", r -> r.list(null));
    assertThat(other).isEmpty();
    // and a body of another region takes no meeting
    assertThatThrownBy(() -> inRegion("36", r -> r.create(meeting(NOW), "test.example")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("bodyId"));
  }

  // ---------------------------------------------------------------------------------------------

  private long heldMeetingWith(ItemDraft... items) {
    long m = inRegion("29", r -> r.create(meeting(NOW.minusHours(2)), "test.example"));
    for (ItemDraft i : items) {
      inRegion("29", r -> r.addItem(m, i));
    }
    inRegion("29", r -> run(() -> r.held(m, NOW)));
    return m;
  }

  private MeetingDraft meeting(LocalDateTime start) {
    return new MeetingDraft(
        table, "Bestuurlijk overleg", start, start.plusHours(2), "Stadhuis Schiedam", null, true);
  }

  private static ItemDraft item(String title, ItemType type, Long version) {
    return new ItemDraft(
        title, type, "RMC-coördinator", type == ItemType.DECISION ? "Vaststellen." : null, version);
  }

  private static DecisionDraft adopted(String text) {
    return new DecisionDraft(DecisionOutcome.ADOPTED, text);
  }

  /** One transaction in {@code region}, as TenantEntityManager gives it to the service. */
  private <T> T inRegion(String region, Function<MeetingRegister, T> work) {
    TenantContextCdi.enter(region);
    EntityManager em =
        emf.createEntityManager(
            Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, region));
    try {
      em.getTransaction().begin();
      T result = work.apply(new MeetingRegister(em, funding()));
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private MeetingRegister.Funding funding() {
    return new MeetingRegister.Funding() {
      @Override
      public Optional<MeetingView.FundingLink> link(long id) {
        return id == 41
            ? Optional.of(new MeetingView.FundingLink(41, "Jeugdhulp Rijnmond", 2, versionStatus))
            : Optional.empty();
      }

      @Override
      public void lockByDecision(long versionId, String reason, long decisionId) {
        if (fundingRefuses) {
          throw new IllegalStateException("version superseded meanwhile");
        }
        assertThat(reason).contains("Bestuurlijk overleg").contains("Vastgesteld.");
        locks.add(versionId + " by " + decisionId);
      }
    };
  }

  private static Object run(Runnable work) {
    work.run();
    return null;
  }

  private Connection connect() throws Exception {
    return rows.connect();
  }

  private long insert(String sql) throws Exception {
    return rows.insert(sql);
  }

  private void jdbc(String... sql) throws Exception {
    rows.run(sql);
  }

  private long count(String sql) throws Exception {
    return rows.count(sql);
  }
}
