package nl.regioportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.LongStream;
import nl.regioportal.audit.ChainCheck.Kind;
import nl.regioportal.persistence.SchemaMigration;
import nl.regioportal.tenant.PortalRole;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The audit trail's appends, chain check and disclosures on a real database migrated by Flyway,
 * through EclipseLink with the portal's settings (resource-local here, JTA in the portal): the code
 * of {@link AuditLedger} that {@link AuditTrail}, {@link AuditChain} and {@link Disclosures} run.
 * Tampering is done the way an intruder would, with plain JDBC behind the portal's back. Run on H2
 * (MySQL mode, the embedded default) and on MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditTrailDatabaseTest {

  static final String ZEROS = AuditRecord.GENESIS;

  private EntityManagerFactory emf;
  private final LocalDateTime start = LocalDateTime.of(2026, 12, 3, 9, 15, 2, 120_000_000);
  private long clock;

  abstract String url();

  String user() {
    return "sa";
  }

  String password() {
    return "";
  }

  /** Connects once so that {@link #url()} exists; migrates it. */
  void migrate() {
    SchemaMigration.configuration().dataSource(url(), user(), password()).load().migrate();
  }

  @BeforeEach
  void clean() throws Exception {
    if (emf == null) {
      migrate();
      TenantContextCdi.install();
      emf =
          Persistence.createEntityManagerFactory(
              "audit-test",
              Map.of(
                  "jakarta.persistence.jdbc.url", url(),
                  "jakarta.persistence.jdbc.user", user(),
                  "jakarta.persistence.jdbc.password", password()));
    }
    jdbc("delete from audit_entry", "update audit_head set seq = 0, hash = '" + ZEROS + "'");
  }

  @AfterAll
  void close() {
    if (emf != null) {
      emf.close();
      emf = null;
    }
  }

  // --- appending -------------------------------------------------------------------------------

  @Test
  void entriesAreNumberedPerRegionAndEachNamesTheHashBeforeIt() throws Exception {
    AuditRecord a = append("29", AuditAction.CREATE, "referral 1: student data", "s1-a");
    AuditRecord b = append("29", AuditAction.VIEW, "referral 1: student data", "s1-a");
    AuditRecord other = append("13", AuditAction.VIEW, "referral 7: student data", null);
    AuditRecord c = append("29", AuditAction.DELIVER, "referral 1: to the care provider", "s1-a");

    assertThat(List.of(a.seq(), b.seq(), c.seq())).containsExactly(1L, 2L, 3L);
    assertThat(other.seq()).isEqualTo(1);
    assertThat(a.prevHash()).isEqualTo(ZEROS);
    assertThat(b.prevHash()).isEqualTo(a.hash());
    assertThat(c.prevHash()).isEqualTo(b.hash());
    assertThat(other.prevHash()).isEqualTo(ZEROS);

    // the stored row, read with plain JDBC, gives the hash it carries (what an outside check does)
    try (Connection con = connect();
        Statement s = con.createStatement();
        ResultSet r =
            s.executeQuery("select * from audit_entry where tenant_id = '29' and seq = 3")) {
      assertThat(r.next()).isTrue();
      AuditRecord stored =
          new AuditRecord(
              r.getString("tenant_id"),
              r.getLong("seq"),
              r.getTimestamp("at").toLocalDateTime(),
              r.getString("actor"),
              (Long) r.getObject("actor_organisation_id", Long.class),
              r.getString("actor_role"),
              r.getString("action"),
              (Long) r.getObject("referral_id", Long.class),
              r.getString("student_key"),
              r.getString("subject"),
              r.getString("origin"),
              r.getString("prev_hash"),
              r.getString("hash"));
      assertThat(stored).isEqualTo(c);
      assertThat(stored.intact()).isTrue();
      assertThat(stored.actor()).isEqualTo("jdevries");
      assertThat(stored.actorOrganisationId()).isEqualTo(41L);
      assertThat(stored.actorRole()).isEqualTo("care-worker");
      assertThat(stored.origin()).isEqualTo("192.0.2.10");
    }
    assertThat(verify("29", 1000)).isEqualTo(ChainCheck.whole("29", 3, 3));
    assertThat(verify("13", 1000)).isEqualTo(ChainCheck.whole("13", 1, 1));
  }

  @Test
  void anEntryExistsOnlyWhenItsTransactionCommitted() {
    append("29", AuditAction.VIEW, "referral 1: student data", null);
    EntityManager em = em("29");
    em.getTransaction().begin();
    AuditLedger.append(
        em, "29", next(), actor(), "192.0.2.10", AuditEvent.of(AuditAction.CHANGE, "referral 1"));
    em.getTransaction().rollback();
    em.close();

    AuditRecord after = append("29", AuditAction.CHANGE, "referral 1: student data", null);
    assertThat(after.seq()).isEqualTo(2);
    assertThat(verify("29", 1000).ok()).isTrue();
  }

  @Test
  void textsWithLineBreaksOrTooLongAreRefused() {
    assertThatThrownBy(() -> append("29", AuditAction.VIEW, "referral 1\nstudent data", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject");
    assertThatThrownBy(() -> append("29", AuditAction.VIEW, "x".repeat(301), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(verify("29", 1000)).isEqualTo(ChainCheck.whole("29", 0, 0));
  }

  @Test
  void twoThreadsAppendingToOneRegionNeverForkTheChain() throws Exception {
    int perThread = 200;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<List<Long>>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        String who = "thread" + t;
        Callable<List<Long>> work =
            () -> {
              go.await();
              List<Long> seqs = new ArrayList<>();
              for (int i = 0; i < perThread; i++) {
                seqs.add(append("29", AuditAction.VIEW, who + " " + i, "s1-" + who).seq());
              }
              return seqs;
            };
        runs.add(pool.submit(work));
      }
      go.countDown();
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> run : runs) {
        List<Long> seqs = run.get(120, TimeUnit.SECONDS);
        assertThat(seqs).isSorted();
        all.addAll(seqs);
      }
      assertThat(all)
          .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 400).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("select count(*) from audit_entry where tenant_id = '29'")).isEqualTo(400);
    assertThat(verify("29", 64)).isEqualTo(ChainCheck.whole("29", 400, 400));
  }

  @Test
  void severalEntriesOfOneTransactionAreConsecutiveAndOneBadTextRefusesThemAll() throws Exception {
    append("29", AuditAction.VIEW, "referral 1: student data", null);
    List<AuditEvent> page =
        List.of(
            AuditEvent.of(AuditAction.VIEW, "referral 2: name in a list").student("s1-2"),
            AuditEvent.of(AuditAction.VIEW, "referral 3: name in a list").student("s1-3"),
            AuditEvent.of(AuditAction.VIEW, "referral 4: name in a list").student("s1-4"));
    List<AuditRecord> stored =
        inRegion("29", em -> AuditLedger.appendAll(em, "29", next(), actor(), "192.0.2.10", page));
    assertThat(stored).extracting(AuditRecord::seq).containsExactly(2L, 3L, 4L);
    assertThat(stored).extracting(AuditRecord::studentKey).containsExactly("s1-2", "s1-3", "s1-4");
    assertThat(stored.get(1).prevHash()).isEqualTo(stored.get(0).hash());
    assertThat(verify("29", 1000)).isEqualTo(ChainCheck.whole("29", 4, 4));

    List<AuditEvent> bad =
        List.of(
            AuditEvent.of(AuditAction.VIEW, "referral 5: fine"),
            AuditEvent.of(AuditAction.VIEW, "referral 6:\nline break"));
    assertThatThrownBy(
            () ->
                inRegion(
                    "29",
                    em -> AuditLedger.appendAll(em, "29", next(), actor(), "192.0.2.10", bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject");
    assertThat(count("select count(*) from audit_entry where tenant_id = '29'")).isEqualTo(4);
    List<AuditRecord> none =
        inRegion("29", em -> AuditLedger.appendAll(em, "29", next(), actor(), "x", List.of()));
    assertThat(none).isEmpty();
  }

  @Test
  void batchesOfTwoThreadsNeverInterleave() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<List<List<Long>>>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        String who = "thread" + t;
        Callable<List<List<Long>>> work =
            () -> {
              go.await();
              List<List<Long>> batches = new ArrayList<>();
              for (int i = 0; i < 40; i++) {
                List<AuditEvent> events = new ArrayList<>();
                for (int j = 0; j < 5; j++) {
                  events.add(AuditEvent.of(AuditAction.VIEW, who + " " + i + "." + j));
                }
                batches.add(
                    inRegion(
                            "29",
                            em ->
                                AuditLedger.appendAll(
                                    em, "29", next(), actor(), "192.0.2.10", events))
                        .stream()
                        .map(AuditRecord::seq)
                        .toList());
              }
              return batches;
            };
        runs.add(pool.submit(work));
      }
      go.countDown();
      for (Future<List<List<Long>>> run : runs) {
        for (List<Long> seqs : run.get(120, TimeUnit.SECONDS)) {
          long first = seqs.get(0);
          assertThat(seqs).containsExactly(first, first + 1, first + 2, first + 3, first + 4);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(verify("29", 64)).isEqualTo(ChainCheck.whole("29", 400, 400));
  }

  // --- the chain check -------------------------------------------------------------------------

  @Test
  void theCheckReadsPageByPage() {
    appendMany("29", 7);
    assertThat(verify("29", 2)).isEqualTo(ChainCheck.whole("29", 7, 7));
    assertThat(verify("29", 1)).isEqualTo(ChainCheck.whole("29", 7, 7));
  }

  @Test
  void aFieldChangedInTheDatabaseIsFoundAtItsEntry() throws Exception {
    appendMany("29", 5);
    appendMany("13", 2);
    jdbc("update audit_entry set actor = 'someone-else' where tenant_id = '29' and seq = 4");

    ChainCheck check = verify("29", 2);
    assertThat(check.ok()).isFalse();
    assertThat(check.checked()).isEqualTo(3);
    assertThat(check.broken().orElseThrow().seq()).isEqualTo(4);
    assertThat(check.broken().orElseThrow().kind()).isEqualTo(Kind.CHANGED);
    assertThat(verify("13", 1000).ok()).as("the other region is untouched").isTrue();
  }

  @Test
  void aChangedEntryWithItsHashRecomputedBreaksTheLinkOfTheNext() throws Exception {
    List<AuditRecord> entries = appendMany("29", 4);
    AuditRecord two = entries.get(1);
    AuditRecord forged =
        new AuditRecord(
                two.region(),
                two.seq(),
                two.at(),
                two.actor(),
                two.actorOrganisationId(),
                two.actorRole(),
                "VIEW",
                two.referralId(),
                null,
                "nothing to see",
                two.origin(),
                two.prevHash(),
                null)
            .sealed();
    jdbc(
        "update audit_entry set subject = 'nothing to see', student_key = null, hash = '"
            + forged.hash()
            + "' where tenant_id = '29' and seq = 2");

    ChainCheck check = verify("29", 1000);
    assertThat(check.broken().orElseThrow().seq()).isEqualTo(3);
    assertThat(check.broken().orElseThrow().kind()).isEqualTo(Kind.LINK);
  }

  @Test
  void aDeletedEntryIsFoundAsAGap() throws Exception {
    appendMany("29", 5);
    jdbc("delete from audit_entry where tenant_id = '29' and seq = 3");

    ChainCheck check = verify("29", 2);
    assertThat(check.broken().orElseThrow().seq()).isEqualTo(3);
    assertThat(check.broken().orElseThrow().kind()).isEqualTo(Kind.MISSING);
    assertThat(check.checked()).isEqualTo(2);
  }

  @Test
  void entriesDeletedAtTheEndAreFoundAgainstTheHead() throws Exception {
    appendMany("29", 5);
    jdbc("delete from audit_entry where tenant_id = '29' and seq >= 4");

    ChainCheck check = verify("29", 1000);
    assertThat(check.broken().orElseThrow().seq()).isEqualTo(4);
    assertThat(check.broken().orElseThrow().kind()).isEqualTo(Kind.END_MISSING);
    assertThat(check.headSeq()).isEqualTo(5);
  }

  @Test
  void swappedEntriesAreFound() throws Exception {
    appendMany("29", 4);
    jdbc(
        "update audit_entry set seq = 100 where tenant_id = '29' and seq = 2",
        "update audit_entry set seq = 2 where tenant_id = '29' and seq = 3",
        "update audit_entry set seq = 3 where tenant_id = '29' and seq = 100");

    ChainCheck check = verify("29", 1000);
    assertThat(check.broken().orElseThrow().seq()).isEqualTo(2);
    assertThat(check.ok()).isFalse();
  }

  @Test
  void anEntryMovedToAnotherRegionBreaksBoth() throws Exception {
    appendMany("29", 3);
    appendMany("13", 3);
    jdbc("update audit_entry set tenant_id = '13', seq = 4 where tenant_id = '29' and seq = 3");
    jdbc("update audit_head set seq = 4 where tenant_id = '13'");

    assertThat(verify("29", 1000).broken().orElseThrow().kind()).isEqualTo(Kind.END_MISSING);
    assertThat(verify("13", 1000).broken().orElseThrow().seq()).isEqualTo(4);
  }

  // --- disclosures -----------------------------------------------------------------------------

  @Test
  void aStudentsDisclosuresAreTheirRegionsEntriesInOrderAndReadAsCsv() throws Exception {
    append("29", AuditAction.CREATE, "referral 5: student data", "s1-student");
    append("29", AuditAction.VIEW, "referral 6: student data", "s1-other");
    append("13", AuditAction.VIEW, "referral 5: student data", "s1-student");
    append("29", AuditAction.DELIVER, "=referral 5: to the care provider", "s1-student");

    List<Disclosure> found = inRegion("29", em -> AuditLedger.disclosures(em, "s1-student"));
    assertThat(found).allMatch(d -> d.at().getNano() == 0, "whole seconds");
    assertThat(found).extracting(Disclosure::seq).containsExactly(1L, 3L);
    assertThat(found).extracting(Disclosure::action).containsExactly("CREATE", "DELIVER");
    Disclosure first = found.get(0);
    assertThat(first.actor()).isEqualTo("jdevries");
    assertThat(first.actorOrganisationId()).isEqualTo(41L);
    assertThat(first.actorRole()).isEqualTo("care-worker");
    assertThat(first.origin()).isEqualTo("192.0.2.10");
    assertThat(first.referralId()).isNull();
    assertThat(first.at()).isBefore(found.get(1).at());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DisclosuresCsv.write(found, Map.of(41L, "Jeugdhulp Rijnmond"), out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv)
        .isEqualTo(
            "\uFEFFVolgnummer;Tijdstip (UTC);Gebruiker;Organisatie;Rol;Handeling;Verwijzing;"
                + "Onderwerp;Herkomst\r\n"
                + "1;"
                + first.at().toString().substring(0, 19).replace('T', ' ')
                + ";jdevries;Jeugdhulp Rijnmond;care-worker;vastleggen;;referral 5: student data;"
                + "192.0.2.10\r\n"
                + "3;"
                + found.get(1).at().toString().substring(0, 19).replace('T', ' ')
                + ";jdevries;Jeugdhulp Rijnmond;care-worker;verstrekken;;'=referral 5: to the care"
                + " provider;192.0.2.10\r\n");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Actor actor() {
    return new Actor("jdevries", 41L, PortalRole.CARE_WORKER.externalName());
  }

  private synchronized LocalDateTime next() {
    return start.plusSeconds(++clock);
  }

  AuditRecord append(String region, AuditAction action, String subject, String studentKey) {
    AuditEvent event = AuditEvent.of(action, subject);
    AuditEvent e = studentKey == null ? event : event.student(studentKey);
    return inRegion(region, em -> AuditLedger.append(em, region, next(), actor(), "192.0.2.10", e));
  }

  List<AuditRecord> appendMany(String region, int n) {
    List<AuditRecord> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(append(region, AuditAction.VIEW, "referral " + i + ": student data", "s1-" + i));
    }
    return out;
  }

  ChainCheck verify(String region, int pageSize) {
    return inRegion(region, em -> AuditLedger.verify(em, region, pageSize));
  }

  private EntityManager em(String region) {
    TenantContextCdi.enter(region);
    return emf.createEntityManager(
        Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, region));
  }

  /** One transaction in {@code region}, as TenantEntityManager gives it to a service. */
  <T> T inRegion(String region, Function<EntityManager, T> work) {
    EntityManager em = em(region);
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
      TenantContextCdi.enter(null);
    }
  }

  Connection connect() throws Exception {
    return DriverManager.getConnection(url(), user(), password());
  }

  void jdbc(String... statements) throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.executeUpdate(sql);
      }
    }
  }

  long count(String sql) throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
