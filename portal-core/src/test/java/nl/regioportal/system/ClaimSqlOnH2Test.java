package nl.regioportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.regioportal.persistence.SchemaMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the embedded database (H2 2.2 in MySQL mode, as the run command uses it) does with the claim
 * of the system-scope path: the same SQL as on MySQL/MariaDB, and a row another transaction holds
 * is skipped rather than waited for. (MariaDB is exercised by SystemScopeIT.)
 */
class ClaimSqlOnH2Test {

  private String url;

  @BeforeEach
  void migrate() {
    url =
        "jdbc:h2:mem:claim-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    SchemaMigration.configuration().dataSource(url, "sa", "").load().migrate();
  }

  /**
   * H2 locks every due row its claim looked at, not only those within the limit: a second claim at
   * the same moment gets none of them, and does not wait (a wait would end in a lock timeout here).
   * Once the first commits its claim, the rest are there for the second. MySQL and MariaDB lock
   * only the rows returned, so there the second gets the rest at once.
   */
  @Test
  void aSecondClaimNeverTakesOrWaitsForTheRowsTheFirstHolds() throws Exception {
    LocalDateTime now = LocalDateTime.of(2026, 12, 2, 12, 0);
    try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
      for (int i = 0; i < 3; i++) {
        insertPending(setup, now.minusMinutes(1));
      }
    }
    try (Connection first = DriverManager.getConnection(url, "sa", "");
        Connection second = DriverManager.getConnection(url, "sa", "")) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      second.createStatement().execute("set lock_timeout 10000");

      List<Long> byFirst = claim(first, now, 1);
      assertThat(byFirst).hasSize(1);
      first
          .createStatement()
          .execute(
              "update system_job set status = 'IN_FLIGHT', claimed_until = timestamp '2026-12-02"
                  + " 12:05:00' where id = "
                  + byFirst.get(0));

      assertThat(claim(second, now, 10)).doesNotContainAnyElementsOf(byFirst);
      first.commit();
      List<Long> afterCommit = claim(second, now, 10);
      assertThat(afterCommit).hasSize(2).doesNotContainAnyElementsOf(byFirst);
      second.rollback();
    }
  }

  @Test
  void onlyDueJobsAndExpiredLeasesAreClaimed() throws Exception {
    LocalDateTime now = LocalDateTime.of(2026, 12, 2, 12, 0);
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      long due = insertPending(c, now.minusSeconds(1));
      insertPending(c, now.plusMinutes(5));
      long expired = insertPending(c, now.minusHours(1));
      long held = insertPending(c, now.minusHours(1));
      c.createStatement()
          .execute(
              "update system_job set status = 'IN_FLIGHT', claimed_until = timestamp '2026-12-02"
                  + " 11:59:00' where id = "
                  + expired);
      c.createStatement()
          .execute(
              "update system_job set status = 'IN_FLIGHT', claimed_until = timestamp '2026-12-02"
                  + " 12:05:00' where id = "
                  + held);
      c.setAutoCommit(false);
      assertThat(claim(c, now, 10)).containsExactly(due, expired);
      c.rollback();
    }
  }

  private static List<Long> claim(Connection c, LocalDateTime now, int max) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(SystemJobs.CLAIM_SQL)) {
      s.setString(1, "probe");
      s.setTimestamp(2, Timestamp.valueOf(now));
      s.setTimestamp(3, Timestamp.valueOf(now));
      s.setInt(4, max);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  private static long insertPending(Connection c, LocalDateTime availableAt) throws Exception {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into system_job (kind, region_code, payload, status, attempts, available_at,"
                + " created_at) values ('probe', '29', '{}', 'PENDING', 0, ?, ?)",
            PreparedStatement.RETURN_GENERATED_KEYS)) {
      s.setTimestamp(1, Timestamp.valueOf(availableAt));
      s.setTimestamp(2, Timestamp.valueOf(availableAt));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
