package nl.regioportal.referral.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.regioportal.persistence.SchemaMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the embedded database (H2 2.2 in MySQL mode, as the run command uses it) does with the lock
 * a lane handler takes on its lane's head ({@link ReferralLanes#LOCK_HEAD_SQL}): a second handler
 * is told at once that another holds the head, instead of waiting for it. (MariaDB is exercised by
 * the referral ITs, ReferralResilienceIT with two instances among them.)
 */
class LaneHeadLockOnH2Test {

  private String url;

  @BeforeEach
  void migrate() {
    url =
        "jdbc:h2:mem:lane-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    SchemaMigration.configuration().dataSource(url, "sa", "").load().migrate();
  }

  @Test
  void aSecondHandlerFindsTheHeadHeldAndDoesNotWait() throws Exception {
    long head;
    try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
      head = insertEntry(setup, 1);
      insertEntry(setup, 2);
    }
    try (Connection first = DriverManager.getConnection(url, "sa", "");
        Connection second = DriverManager.getConnection(url, "sa", "")) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      // a wait would end in this lock timeout, and the test would fail on its exception
      second.createStatement().execute("set lock_timeout 10000");

      assertThat(lockHead(first, head)).containsExactly(head);
      long before = System.nanoTime();
      assertThat(lockHead(second, head)).isEmpty();
      assertThat(System.nanoTime() - before).isLessThan(5_000_000_000L);
      second.rollback();

      first.commit();
      assertThat(lockHead(second, head)).containsExactly(head);
      second.rollback();
    }
  }

  @Test
  void anEntryThatIsNotThereOrOfAnotherRegionIsNotLocked() throws Exception {
    long other;
    try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
      other = insertEntry(setup, 3, "36");
    }
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.setAutoCommit(false);
      assertThat(lockHead(c, 4711)).isEmpty();
      assertThat(lockHead(c, other)).isEmpty();
      c.rollback();
    }
  }

  private static List<Long> lockHead(Connection c, long id) throws Exception {
    try (PreparedStatement s = c.prepareStatement(ReferralLanes.LOCK_HEAD_SQL)) {
      s.setLong(1, id);
      s.setString(2, "29");
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    }
  }

  private static long insertEntry(Connection c, long referralId) throws Exception {
    return insertEntry(c, referralId, "29");
  }

  private static long insertEntry(Connection c, long referralId, String region) throws Exception {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into referral_outbox (region_code, lane, referral_id, delivery_version, event,"
                + " status, attempts, created_at) values (?, ?, ?, 1, 'SUBMITTED',"
                + " 'PENDING', 0, timestamp '2026-12-08 09:00:00')",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, region);
      s.setString(2, region + ":7");
      s.setLong(3, referralId);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
