package nl.regioportal.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

/**
 * The audit trail on MariaDB (10.11, InnoDB, as in production) on 127.0.0.1:3306, in a database
 * {@value #DB} this test creates and drops. Skipped when no MariaDB answers there (override with
 * {@code -Daudit.test.mariadb=jdbc:mysql://host:port}).
 */
class AuditTrailOnMariaDbTest extends AuditTrailDatabaseTest {

  static final String DB = "regioportal_audit_test";

  private static final String SERVER =
      System.getProperty("audit.test.mariadb", "jdbc:mysql://127.0.0.1:3306");

  private static final String OPTIONS = "?useSSL=false&allowPublicKeyRetrieval=true";

  @Override
  String url() {
    return SERVER + "/" + DB + OPTIONS;
  }

  @Override
  String user() {
    return System.getProperty("audit.test.mariadb.user", "root");
  }

  @Override
  String password() {
    return System.getProperty("audit.test.mariadb.password", "");
  }

  @Override
  void migrate() {
    try (Connection c = DriverManager.getConnection(SERVER + "/" + OPTIONS, user(), password())) {
      c.createStatement().execute("drop database if exists " + DB);
      c.createStatement()
          .execute("create database " + DB + " character set utf8mb4 collate utf8mb4_unicode_ci");
    } catch (SQLException e) {
      Assumptions.abort("No MariaDB at " + SERVER + ": " + e.getMessage());
    }
    super.migrate();
  }

  @AfterAll
  void drop() throws SQLException {
    close();
    try (Connection c = DriverManager.getConnection(SERVER + "/" + OPTIONS, user(), password())) {
      c.createStatement().execute("drop database if exists " + DB);
    } catch (SQLException e) {
      // nothing was created
    }
  }
}
