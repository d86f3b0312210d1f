package nl.regioportal.governance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.regioportal.audit.TenantContextCdi;
import nl.regioportal.governance.domain.BodyDraft;
import nl.regioportal.governance.domain.BodyKind;
import nl.regioportal.governance.domain.SeatDraft;
import nl.regioportal.governance.domain.SeatRole;
import nl.regioportal.governance.domain.TermDraft;
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
 * The governing bodies' register ({@link BodyRegister}, what {@link GoverningBodies} runs) on the
 * embedded default, H2 in MySQL mode migrated by Flyway, through EclipseLink with the portal's
 * settings: refusals leave nothing behind, another region's ids are not found, and two overlapping
 * terms added at the same moment are not both kept (the seat's lock).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoverningBodiesOnH2Test {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 30);
  private static final LocalDate JUL = LocalDate.of(2026, 7, 1);

  private final String url =
      "jdbc:h2:mem:governance-"
          + UUID.randomUUID()
          + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
          + ";LOCK_TIMEOUT=20000";

  private final H2Rows rows = new H2Rows(url);

  private EntityManagerFactory emf;
  private long rotterdam;

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
    rotterdam =
        insert(
            "insert into organisation (tenant_id, version, type, name, name_key, cbs_code, active,"
                + " created_at, updated_at) values ('29', 1, 'MUNICIPALITY', 'Gemeente Rotterdam',"
                + " 'gemeente rotterdam', 'GM0599', true, current_timestamp, current_timestamp)");
  }

  @BeforeEach
  void clean() throws Exception {
    jdbc("delete from seat_term", "delete from body_seat", "delete from governing_body");
  }

  @AfterAll
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  @Test
  void aBodyWithSeatsAndTermsIsReadBackWithWhoHoldsEachSeatToday() {
    long table = inRegion("29", r -> r.create(body("Bestuurlijk overleg", null)));
    long prep =
        inRegion(
            "29",
            r ->
                r.create(
                    new BodyDraft(
                        "Ambtelijk voorportaal", BodyKind.PREPARATION_GROUP, null, table, null)));
    long chair = inRegion("29", r -> r.addSeat(table, new SeatDraft(SeatRole.CHAIR, null, null)));
    long member =
        inRegion(
            "29",
            r ->
                r.addSeat(
                    table,
                    new SeatDraft(SeatRole.MEMBER, rotterdam, "Wethouder onderwijs Rotterdam")));
    inRegion("29", r -> r.addTerm(table, member, term("J. Jansen", JAN, JUN)));
    inRegion("29", r -> r.addTerm(table, member, term("A. de Vries", JUL, null)));

    BodyView read = inRegion("29", r -> r.one(table, LocalDate.of(2026, 8, 1)));
    assertThat(read.name()).isEqualTo("Bestuurlijk overleg");
    assertThat(read.seats()).extracting(BodyView.Seat::id).containsExactly(chair, member);
    BodyView.Seat seat = read.seats().get(1);
    assertThat(seat.organisationName()).isEqualTo("Gemeente Rotterdam");
    assertThat(seat.terms())
        .extracting(BodyView.Term::personName)
        .containsExactly("J. Jansen", "A. de Vries");
    assertThat(seat.current()).map(BodyView.Term::personName).contains("A. de Vries");
    assertThat(read.seats().get(0).current()).isEmpty();

    List<BodyView> all = inRegion("29", r -> r.all(LocalDate.of(2026, 3, 1)));
    assertThat(all)
        .extracting(BodyView::name)
        .containsExactly("Ambtelijk voorportaal", "Bestuurlijk overleg");
    assertThat(all.get(0).parentName()).isEqualTo("Bestuurlijk overleg");
    assertThat(all.get(0).id()).isEqualTo(prep);
    assertThat(all.get(1).seats().get(1).current())
        .map(BodyView.Term::personName)
        .contains("J. Jansen");
  }

  @Test
  void anOverlappingTermIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
    long table = inRegion("29", r -> r.create(body("Bestuurlijk overleg", null)));
    long seat = inRegion("29", r -> r.addSeat(table, new SeatDraft(SeatRole.CHAIR, null, null)));
    long first = inRegion("29", r -> r.addTerm(table, seat, term("J. Jansen", JAN, null)));

    assertThatThrownBy(
            () -> inRegion("29", r -> r.addTerm(table, seat, term("A. de Vries", JUL, null))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(
                            "startDate",
                            "governance.term.overlap.open",
                            "J. Jansen",
                            "2026-01-01")));
    assertThat(count("select count(*) from seat_term")).isEqualTo(1);

    // ending the first term makes room; its own period is not an overlap with itself
    inRegion(
        "29", r -> run(() -> r.updateTerm(table, seat, first, 1, term("J. Jansen", JAN, JUN))));
    inRegion("29", r -> r.addTerm(table, seat, term("A. de Vries", JUL, null)));
    assertThat(count("select count(*) from seat_term")).isEqualTo(2);

    // reopening the first term now runs into the second: refused, the stored end stays
    assertThatThrownBy(
            () ->
                inRegion(
                    "29",
                    r ->
                        run(
                            () ->
                                r.updateTerm(table, seat, first, 2, term("J. Jansen", JAN, null)))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("endDate"));
    assertThat(count("select count(*) from seat_term where end_date is null")).isEqualTo(1);
    // an edit of a stale copy
    assertThatThrownBy(
            () ->
                inRegion(
                    "29", r -> run(() -> r.updateTerm(table, seat, first, 1, term("X", JAN, JUN)))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void twoOverlappingTermsAddedAtOnceAreNotBothKept() throws Exception {
    long table = inRegion("29", r -> r.create(body("Bestuurlijk overleg", null)));
    long seat =
        inRegion("29", r -> r.addSeat(table, new SeatDraft(SeatRole.MEMBER, rotterdam, null)));
    CountDownLatch firstWrote = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Long> first =
          pool.submit(
              () ->
                  inRegion(
                      "29",
                      r -> {
                        long id = r.addTerm(table, seat, term("J. Jansen", JAN, null));
                        firstWrote.countDown();
                        sleep(700); // holds the seat's lock a while before it commits
                        return id;
                      }));
      assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
      long started = System.nanoTime();
      Future<Long> second =
          pool.submit(
              () -> inRegion("29", r -> r.addTerm(table, seat, term("A. de Vries", JUL, null))));
      assertThat(first.get(20, TimeUnit.SECONDS)).isPositive();
      assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
          .hasCauseInstanceOf(InvalidInputException.class);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
          .as("the second waited for the first's lock")
          .isGreaterThanOrEqualTo(300);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("select count(*) from seat_term")).isEqualTo(1);
  }

  @Test
  void aSecondChairAndAMemberWithoutAnOrganisationAreRefused() throws Exception {
    long table = inRegion("29", r -> r.create(body("Bestuurlijk overleg", null)));
    inRegion("29", r -> r.addSeat(table, new SeatDraft(SeatRole.CHAIR, null, null)));
    assertThatThrownBy(
            () -> inRegion("29", r -> r.addSeat(table, new SeatDraft(SeatRole.CHAIR, null, null))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("role"));
    assertThatThrownBy(
            () -> inRegion("29", r -> r.addSeat(table, new SeatDraft(SeatRole.MEMBER, null, null))))
        .isInstanceOf(InvalidInputException.class);
    // an organisation of another region is not one of this region's
    long brabant = inRegion("36", r -> r.create(body("Bestuurlijk overleg", null)));
    assertThatThrownBy(
            () ->
                inRegion(
                    "36", r -> r.addSeat(brabant, new SeatDraft(SeatRole.MEMBER, rotterdam, null))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::key)
                    .containsExactly("governance.seat.organisation.unknown"));
    assertThat(count("select count(*) from body_seat")).isEqualTo(1);
  }

  @Test
  void namesAreUniqueInARegionWhateverTheCaseAndParentsNeverCycle() throws Exception {
    long table = inRegion("29", r -> r.create(body("Bestuurlijk overleg", null)));
    assertThatThrownBy(() -> inRegion("29", r -> r.create(body("BESTUURLIJK  overleg", null))))
        .isInstanceOfSatisfying(
            DuplicateException.class, e -> assertThat(e.violation().field()).isEqualTo("name"));
    // the same name in another region is another body
    inRegion("36", r -> r.create(body("Bestuurlijk overleg", null)));
    long prep = inRegion("29", r -> r.create(body("Voorportaal", table)));
    assertThatThrownBy(
            () ->
                inRegion(
                    "29", r -> run(() -> r.update(table, 1, body("Bestuurlijk overleg", prep)))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of("parentId", "governance.body.parent.cycle")));
    long brabant = inRegion("36", r -> r.all(JAN)).stream().findFirst().orElseThrow().id();
    assertThatThrownBy(() -> inRegion("29", r -> r.create(body("Werkgroep", brabant))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations().get(0).key())
                    .isEqualTo("governance.body.parent.unknown"));
    assertThat(count("select count(*) from governing_body where tenant_id = '29'")).isEqualTo(2);
  }

  @Test
  void anotherRegionsBodiesSeatsAndTermsAreNotFound() throws Exception {
    long table = inRegion("36", r -> r.create(body("Bestuurlijk overleg", null)));
    long seat = inRegion("36", r -> r.addSeat(table, new SeatDraft(SeatRole.CHAIR, null, null)));
    long term = inRegion("36", r -> r.addTerm(table, seat, term("J. Jansen", JAN, null)));
    long own = inRegion("29", r -> r.create(body("Eigen overleg", null)));

    assertThatThrownBy(() -> inRegion("29", r -> r.one(table, JAN)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                inRegion(
                    "29", r -> r.addSeat(table, new SeatDraft(SeatRole.SECRETARY, null, null))))
        .isInstanceOf(NotFoundException.class);
    // region 36's seat under region 29's own body
    assertThatThrownBy(() -> inRegion("29", r -> r.addTerm(own, seat, term("X", JAN, null))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> inRegion("29", r -> run(() -> r.removeTerm(own, seat, term))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> inRegion("29", r -> run(() -> r.removeSeat(own, seat))))
        .isInstanceOf(NotFoundException.class);
    List<BodyView> seen = inRegion("29", r -> r.all(JAN));
    assertThat(seen).extracting(BodyView::id).containsExactly(own);
    assertThat(count("select count(*) from seat_term")).isEqualTo(1);
  }

  @Test
  void removingASeatRemovesItsTerms() throws Exception {
    long table = inRegion("29", r -> r.create(body("Bestuurlijk overleg", null)));
    long seat = inRegion("29", r -> r.addSeat(table, new SeatDraft(SeatRole.CHAIR, null, null)));
    long term = inRegion("29", r -> r.addTerm(table, seat, term("J. Jansen", JAN, JUN)));
    inRegion("29", r -> r.addTerm(table, seat, term("A. de Vries", JUL, null)));
    inRegion("29", r -> run(() -> r.removeTerm(table, seat, term)));
    assertThat(count("select count(*) from seat_term")).isEqualTo(1);
    inRegion("29", r -> run(() -> r.removeSeat(table, seat)));
    assertThat(count("select count(*) from seat_term")).isZero();
    assertThat(count("select count(*) from body_seat")).isZero();
  }

  // --- helpers

  private static BodyDraft body(String name, Long parent) {
    return new BodyDraft(name, BodyKind.ADMINISTRATIVE_TABLE, null, parent, null);
  }

  private static TermDraft term(String person, LocalDate start, LocalDate end) {
    return new TermDraft(person, null, null, start, end);
  }

  /** One transaction in {@code region}, as TenantEntityManager gives it to the service. */
  private <T> T inRegion(String region, Function<BodyRegister, T> work) {
    TenantContextCdi.enter(region);
    EntityManager em =
        emf.createEntityManager(
            Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, region));
    try {
      em.getTransaction().begin();
      T result = work.apply(new BodyRegister(em, organisationsOf(em, region)));
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** The region's organisations as the service reads them (here with SQL: not in this unit). */
  private BodyRegister.Organisations organisationsOf(EntityManager em, String region) {
    return new BodyRegister.Organisations() {
      @Override
      public boolean isActiveMember(long id) {
        return name(id) != null;
      }

      @Override
      public String name(long id) {
        try (Connection c = connect();
            Statement s = c.createStatement();
            ResultSet r =
                s.executeQuery(
                    "select name from organisation where active = true and id = "
                        + id
                        + " and tenant_id = '"
                        + region
                        + "'")) {
          return r.next() ? r.getString(1) : null;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  private static Object run(Runnable work) {
    work.run();
    return null;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
