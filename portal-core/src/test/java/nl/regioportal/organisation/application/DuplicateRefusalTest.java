package nl.regioportal.organisation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import nl.regioportal.persistence.SchemaMigration;
import org.junit.jupiter.api.Test;

/**
 * Which unique key a refused write broke, as each database says it: that is how a save that lost a
 * race to an equal one is answered as a duplicate at the right field (and anything else is not).
 */
class DuplicateRefusalTest {

  @Test
  void theEmbeddedDatabaseNamesTheKeyInItsIndex() throws Exception {
    String url =
        "jdbc:h2:mem:dup-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    SchemaMigration.configuration().dataSource(url, "sa", "").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      insert(c, "Wijkteam Noord", "wijkteam noord", "90000001");
      assertThat(
              OrganisationService.violatedConstraint(
                  catchThrowable(() -> insert(c, "WIJKTEAM NOORD", "wijkteam noord", null))))
          .isEqualTo("uq_org_name");
      assertThat(
              OrganisationService.violatedConstraint(
                  catchThrowable(() -> insert(c, "Ander", "ander", "90000001"))))
          .isEqualTo("uq_org_kvk");
    }
  }

  @Test
  void mysqlAndMariaDbNameTheKeyWithOrWithoutItsTable() {
    assertThat(
            OrganisationService.violatedConstraint(
                new SQLException(
                    "Duplicate entry '29-OTHER-wijkteam noord' for key 'uq_org_name'")))
        .isEqualTo("uq_org_name");
    assertThat(
            OrganisationService.violatedConstraint(
                new RuntimeException(
                    new SQLException(
                        "Duplicate entry '29-25PZ' for key 'organisation.uq_org_brin'"))))
        .isEqualTo("uq_org_brin");
    assertThat(
            OrganisationService.violatedConstraint(
                new SQLException("Duplicate entry '29-OTHER-uq_org_kvk' for key 'uq_org_name'")))
        .as("a name that looks like a key is not the key")
        .isEqualTo("uq_org_name");
  }

  @Test
  void anyOtherFailureIsNotADuplicate() {
    assertThat(OrganisationService.violatedConstraint(new SQLException("Deadlock found"))).isNull();
    assertThat(OrganisationService.violatedConstraint(new RuntimeException((String) null)))
        .isNull();
  }

  @Test
  void aWriteTheDatabaseGaveUpInARaceIsToldApartFromOtherFailures() {
    assertThat(
            OrganisationService.lostARace(
                new RuntimeException(new SQLException("Deadlock found", "40001", 1213))))
        .isTrue();
    assertThat(
            OrganisationService.lostARace(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)))
        .isTrue();
    assertThat(OrganisationService.lostARace(new SQLException("Table is full", "HY000", 1114)))
        .isFalse();
  }

  private static void insert(Connection c, String name, String key, String kvk)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "insert into organisation (tenant_id, version, type, name, name_key, kvk_number,"
                + " active, created_at, updated_at) values ('29', 1, 'OTHER', ?, ?, ?, true,"
                + " current_timestamp, current_timestamp)")) {
      s.setString(1, name);
      s.setString(2, key);
      s.setString(3, kvk);
      s.executeUpdate();
    }
  }
}
