package nl.regioportal.governance.application;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Plain SQL on a test's H2 database: fixtures the unit under test does not make, and counts. */
final class H2Rows {

  private final String url;

  H2Rows(String url) {
    this.url = url;
  }

  Connection connect() throws Exception {
    return DriverManager.getConnection(url, "sa", "");
  }

  /** Runs an insert and answers the generated key. */
  long insert(String sql) throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  void run(String... sql) throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.executeUpdate(q);
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
