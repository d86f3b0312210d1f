package nl.regioportal.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the portal's database straight (the test's view, not through the portal). */
final class PortalDatabase {
  private PortalDatabase() {}

  /** A connection to the integration-test database, as the tests' own user. */
  static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }

  /** The memberships the portal stored for a user name: "region role organisationId" rows. */
  static List<String> memberships(String username) {
    try (Connection c = connect();
        PreparedStatement q =
            c.prepareStatement(
                "select region_code, role, organisation_id from portal_membership where username = ?"
                    + " order by region_code, role")) {
      q.setString(1, username);
      List<String> rows = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getObject(3));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new AssertionError("reading portal_membership", e);
    }
  }

  /**
   * Runs one update statement with parameters (a test moving a row back in time); the rows changed.
   */
  static int update(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement u = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        u.setObject(i + 1, parameters[i]);
      }
      return u.executeUpdate();
    } catch (SQLException e) {
      throw new AssertionError(sql, e);
    }
  }

  /** The first column of a query's rows as numbers (a test finding its fixture). */
  static List<Long> longs(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setObject(i + 1, parameters[i]);
      }
      List<Long> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(r.getLong(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new AssertionError(sql, e);
    }
  }
}
