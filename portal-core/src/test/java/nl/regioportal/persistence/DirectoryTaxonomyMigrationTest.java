package nl.regioportal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V11's shared taxonomy of seed 001 on the embedded database: the nine life domains with education
 * first, every issue and role beneath an existing domain, Dutch and English names, the seed's
 * aliases, and ids that are UUIDs.
 */
class DirectoryTaxonomyMigrationTest {

  private static String url;

  @BeforeAll
  static void migrate() {
    url =
        "jdbc:h2:mem:v11-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    SchemaMigration.configuration().dataSource(url, "sa", "").load().migrate();
  }

  @Test
  void theNineLifeDomainsWithEducationAtTheCentre() throws Exception {
    List<String> domains =
        column(
            "select code from directory_term where taxonomy = 'LIFE_DOMAIN' order by sort_order");
    assertThat(domains)
        .containsExactly(
            "education",
            "wellbeing",
            "support_network",
            "work",
            "income_debt",
            "justice",
            "housing",
            "safety",
            "health");
  }

  @Test
  void everyIssueAndRoleSitsBeneathALifeDomain() throws Exception {
    assertThat(
            column(
                "select t.code from directory_term t left join directory_term d"
                    + " on d.code = t.parent_code and d.taxonomy = 'LIFE_DOMAIN'"
                    + " where t.taxonomy in ('ISSUE', 'ROLE') and d.code is null"))
        .as("issues or roles without a domain")
        .isEmpty();
    assertThat(count("ISSUE")).isEqualTo(31);
    assertThat(count("ROLE")).isEqualTo(50);
    assertThat(
            column(
                "select code from directory_term where name_nl is null or name_en is null"
                    + " or name_nl = '' or name_en = '' or region_code is not null"))
        .isEmpty();
    assertThat(column("select id from directory_term"))
        .allSatisfy(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
  }

  @Test
  void theSeedsIssuesAndAliasesAreThere() throws Exception {
    Map<String, String> issues =
        pairs("select name_nl, parent_code from directory_term where taxonomy = 'ISSUE'");
    assertThat(issues).containsEntry("Schulden", "income_debt").containsEntry("Pesten", "safety");
    Map<String, String> aliases =
        pairs("select name_nl, aliases_nl from directory_term where taxonomy = 'ROLE'");
    assertThat(aliases.get("SLB'er")).contains("mentor").contains("coach");
    assertThat(aliases.get("Praktijkopleider")).contains("praktijkbegeleider");
    Map<String, String> internal =
        pairs(
            "select name_nl, cast(internal_role as varchar(5)) from directory_term where taxonomy = 'ROLE'");
    assertThat(internal).containsEntry("SLB'er", "TRUE").containsEntry("Praktijkopleider", "FALSE");
  }

  private static int count(String taxonomy) throws Exception {
    return column("select code from directory_term where taxonomy = '" + taxonomy + "'").size();
  }

  private static List<String> column(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static Map<String, String> pairs(String sql) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }
}
