package nl.regioportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.regioportal.persistence.SchemaMigration;
import nl.regioportal.tenant.RegionCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The periodic per-region jobs (reminders, retention) as {@link SystemJobs#enqueueUnlessWaiting}
 * queues them, on the embedded database migrated by Flyway, through EclipseLink: one waiting run
 * per region, and a run held back by its back-off made due at the next period.
 */
class PeriodicJobsOnH2Test {

  private static final RegionCode RIJNMOND = new RegionCode("29");
  private static final RegionCode UTRECHT = new RegionCode("36");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 21, 0);

  private EntityManagerFactory emf;
  private EntityManager em;
  private SystemJobs jobs;

  @BeforeEach
  void migrate() {
    String url =
        "jdbc:h2:mem:periodic-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    SchemaMigration.configuration().dataSource(url, "sa", "").load().migrate();
    emf =
        Persistence.createEntityManagerFactory(
            "jobs-test",
            Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    em = emf.createEntityManager();
    jobs = new SystemJobs();
    jobs.em = em;
    jobs.clock = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  @AfterEach
  void close() {
    em.close();
    emf.close();
  }

  @Test
  void aRegionGetsOneRunAndNoSecondWhileItWaits() {
    assertThat(tx(() -> jobs.enqueueUnlessWaiting("retention", List.of(RIJNMOND, UTRECHT))))
        .isEqualTo(2);
    assertThat(tx(() -> jobs.enqueueUnlessWaiting("retention", List.of(RIJNMOND, UTRECHT))))
        .isZero();
    assertThat(count("retention")).isEqualTo(2);
  }

  @Test
  void aRunHeldBackByItsBackOffIsDueAgainAtTheNextPeriod() {
    tx(() -> jobs.enqueueUnlessWaiting("retention", List.of(RIJNMOND)));
    ClaimedJob claimed = tx(() -> jobs.claim("retention", 10, Duration.ofMinutes(5))).get(0);
    tx(
        () -> {
          jobs.fail(claimed.id(), "the database went away");
          return null;
        });
    em.clear();
    assertThat(jobs.find(claimed.id()).availableAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(tx(() -> jobs.claim("retention", 10, Duration.ofMinutes(5)))).isEmpty();

    assertThat(tx(() -> jobs.enqueueUnlessWaiting("retention", List.of(RIJNMOND)))).isEqualTo(1);

    em.clear();
    assertThat(count("retention")).as("no second run, the same one again").isEqualTo(1);
    List<ClaimedJob> again = tx(() -> jobs.claim("retention", 10, Duration.ofMinutes(5)));
    assertThat(again).extracting(ClaimedJob::id).containsExactly(claimed.id());
  }

  @Test
  void aRunInFlightIsLeftToItsInstance() {
    tx(() -> jobs.enqueueUnlessWaiting("retention", List.of(RIJNMOND)));
    ClaimedJob claimed = tx(() -> jobs.claim("retention", 10, Duration.ofMinutes(5))).get(0);

    assertThat(tx(() -> jobs.enqueueUnlessWaiting("retention", List.of(RIJNMOND)))).isZero();
    em.clear();
    assertThat(jobs.find(claimed.id()).status()).isEqualTo(SystemJob.Status.IN_FLIGHT);
    assertThat(count("retention")).isEqualTo(1);
  }

  private long count(String kind) {
    return em.createQuery("select count(j) from SystemJob j where j.kind = :k", Long.class)
        .setParameter("k", kind)
        .getSingleResult();
  }

  private <T> T tx(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      em.getTransaction().rollback();
      throw e;
    }
  }
}
