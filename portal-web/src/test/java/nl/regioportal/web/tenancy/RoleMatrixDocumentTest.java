package nl.regioportal.web.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportal.tenant.PortalRole;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of docs/security.md says who may open each region page; the route table decides
 * it. This holds the two together: every declared page has its row, every page row is a declared
 * page, and each yes/no is what the route table allows.
 */
class RoleMatrixDocumentTest {

  /** The matrix's role columns, in order. */
  private static final List<PortalRole> COLUMNS =
      List.of(
          PortalRole.PLATFORM_ADMIN,
          PortalRole.RMC_COORDINATOR,
          PortalRole.POLICY_OFFICER,
          PortalRole.SCHOOL_STAFF,
          PortalRole.CARE_WORKER);

  @Test
  void everyRegionPageHasItsRowAndTheRowSaysWhatTheRouteAllows() throws Exception {
    Map<String, String[]> rows = pageRows();
    for (RegionPage page : RegionPage.values()) {
      String[] row = rows.remove(page.id());
      assertThat(row).as("a row %s in docs/security.md", page.id()).isNotNull();
      assertThat(row[2]).as(page.id()).isEqualTo("GET " + page.template());
      for (int i = 0; i < COLUMNS.size(); i++) {
        PortalRole role = COLUMNS.get(i);
        assertThat(row[3 + i])
            .as("%s for %s", page.id(), role.externalName())
            .isEqualTo(page.allows(role) ? "yes" : "no");
      }
    }
    assertThat(rows.keySet()).as("page rows of docs/security.md without a region page").isEmpty();
  }

  /** The rows {@code page.*} whose request is a region page ({@code /r/{region}...}). */
  private static Map<String, String[]> pageRows() throws Exception {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("../docs/security.md"))) {
      String[] cells = line.split("\\|");
      if (cells.length < 9) {
        continue;
      }
      String[] trimmed = new String[cells.length - 1];
      for (int i = 1; i < cells.length; i++) {
        trimmed[i - 1] = cells[i].trim();
      }
      if (trimmed[0].startsWith("page.") && trimmed[2].startsWith("GET /r/{region}")) {
        rows.put(trimmed[0], trimmed);
      }
    }
    assertThat(rows).as("page rows read from docs/security.md").isNotEmpty();
    return rows;
  }
}
