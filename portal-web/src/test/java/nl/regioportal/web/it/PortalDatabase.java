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

  /** The memberships the portal stored for a user name: "region role organisationId" rows. */
  static List<String> memberships(String username) {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
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
}
