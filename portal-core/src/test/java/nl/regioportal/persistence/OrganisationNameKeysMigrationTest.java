package nl.regioportal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V10 on the embedded database (H2 in MySQL mode, as the run command uses it): organisations whose
 * names were distinct under the old key and are the same under the new one do not fail the upgrade;
 * the oldest keeps the key, the later ones are told apart, and the database refuses a new duplicate
 * afterwards.
 */
class OrganisationNameKeysMigrationTest {

  private String url;

  @BeforeEach
  void migrateToBeforeV10() {
    url =
        "jdbc:h2:mem:v10-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    SchemaMigration.configuration().dataSource(url, "sa", "").target("8").load().migrate();
  }

  @Test
  void namesThatAreTheSameNowAreToldApartAndTheUpgradeSucceeds() throws Exception {
    long first = insert("29", "OTHER", "Wijkteam Noord", "wijkteam noord");
    long nbsp = insert("29", "OTHER", "Wijkteam\u00a0Noord", "wijkteam\u00a0noord");
    long wide = insert("29", "OTHER", "\uff37ijkteam Noord", "\uff57ijkteam noord");
    long taken = insert("29", "OTHER", "Wijkteam Noord #" + nbsp, "wijkteam noord #" + nbsp);
    long otherType = insert("29", "CARE_PARTNER", "Wijkteam\u00a0Noord", "wijkteam\u00a0noord");
    long otherRegion = insert("36", "OTHER", "Wijkteam\u00a0Noord", "wijkteam\u00a0noord");
    long tidy = insert("29", "OTHER", "ROC Maasstad", "roc maasstad");

    SchemaMigration.configuration().dataSource(url, "sa", "").load().migrate();

    Map<Long, String> keys = keys();
    assertThat(keys.get(first)).isEqualTo("wijkteam noord");
    assertThat(keys.get(nbsp))
        .as("a real name held its first choice")
        .isEqualTo("wijkteam noord #" + nbsp + "-2");
    assertThat(keys.get(wide)).isEqualTo("wijkteam noord #" + wide);
    assertThat(keys.get(taken)).isEqualTo("wijkteam noord #" + nbsp);
    assertThat(keys.get(otherType)).isEqualTo("wijkteam noord");
    assertThat(keys.get(otherRegion)).isEqualTo("wijkteam noord");
    assertThat(keys.get(tidy)).isEqualTo("roc maasstad");
    assertThat(names().get(nbsp)).as("names are not touched").isEqualTo("Wijkteam\u00a0Noord");

    assertThatThrownBy(() -> insert("29", "OTHER", "WIJKTEAM  NOORD", "wijkteam noord"))
        .isInstanceOf(SQLIntegrityConstraintViolationException.class);
  }

  @Test
  void anEmptyDatabaseMigratesToo() {
    SchemaMigration.configuration().dataSource(url, "sa", "").load().migrate();
    var info = SchemaMigration.configuration().dataSource(url, "sa", "").load().info();
    var all = info.all();
    assertThat(info.pending()).isEmpty();
    assertThat(info.current().getVersion())
        .as("at the newest migration")
        .isEqualTo(all[all.length - 1].getVersion());
    assertThat(Integer.parseInt(info.current().getVersion().getVersion()))
        .isGreaterThanOrEqualTo(10);
  }

  @Test
  void aKeyIsCutAtTheColumnWidthNeverInsideACharacter() {
    String emoji = "\ud83d\ude00";
    assertThat(V10__Organisation_name_keys.cut("a".repeat(199) + emoji, 200))
        .isEqualTo("a".repeat(199));
    assertThat(V10__Organisation_name_keys.cut("abc", 200)).isEqualTo("abc");
  }

  private long insert(String tenant, String type, String name, String key) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        PreparedStatement s =
            c.prepareStatement(
                "insert into organisation (tenant_id, version, type, name, name_key, active,"
                    + " created_at, updated_at) values (?, 1, ?, ?, ?, true, current_timestamp,"
                    + " current_timestamp)",
                new String[] {"id"})) {
      s.setString(1, tenant);
      s.setString(2, type);
      s.setString(3, name);
      s.setString(4, key);
      s.executeUpdate();
      try (ResultSet id = s.getGeneratedKeys()) {
        id.next();
        return id.getLong(1);
      }
    }
  }

  private Map<Long, String> keys() throws Exception {
    return column("name_key");
  }

  private Map<Long, String> names() throws Exception {
    return column("name");
  }

  private Map<Long, String> column(String column) throws Exception {
    Map<Long, String> values = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs =
            c.createStatement().executeQuery("select id, " + column + " from organisation")) {
      while (rs.next()) {
        values.put(rs.getLong(1), rs.getString(2));
      }
    }
    return values;
  }
}
