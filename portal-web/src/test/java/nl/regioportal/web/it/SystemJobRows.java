package nl.regioportal.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * The system-job table of the ITs' database, read straight: for a test that must know a periodic
 * run has happened (and what it queued has been sent) before it checks that nothing more came.
 */
final class SystemJobRows {

  private SystemJobRows() {}

  /** The newest job id of a kind (0 if none). */
  static long last(String kind) throws Exception {
    return count("select coalesce(max(id), 0) from system_job where kind = ?", kind, 0);
  }

  /**
   * Waits (at most 60 s) until region 29 has {@code runs} runs of {@code kind} after job {@code
   * after} that are done, and every mail job queued since is done too.
   */
  static void awaitRunsDoneAfter(String kind, long after, int runs) {
    Awaitility.await(runs + " run(s) of " + kind + " after job " + after)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                count(
                            "select count(*) from system_job where kind = ? and region_code = '29'"
                                + " and status = 'DONE' and id > ?",
                            kind,
                            after)
                        >= runs
                    && count(
                            "select count(*) from system_job where kind = ? and status <> 'DONE'"
                                + " and id > ?",
                            "mail",
                            after)
                        == 0);
  }

  static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }

  private static long count(String sql, String kind, long after) throws Exception {
    try (Connection c = database();
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, kind);
      if (sql.chars().filter(ch -> ch == '?').count() > 1) {
        q.setLong(2, after);
      }
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
