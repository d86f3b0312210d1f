package nl.regioportal.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.regioportal.web.tenancy.RegionPage;
import org.junit.jupiter.api.Test;

class NavigationItemTest {

  @Test
  void everyRegionPageHasExactlyOneMenuEntry() {
    for (RegionPage page : RegionPage.values()) {
      assertThat(Arrays.stream(NavigationItem.values()).filter(i -> i.section().contains(page)))
          .as(page.name())
          .hasSize(1);
    }
  }

  @Test
  void aLandingPageIsTheCurrentPageOfItsEntryOnly() {
    assertThat(NavigationItem.ORGANISATIONS.ariaCurrent("/app/organisations.xhtml"))
        .isEqualTo("page");
    assertThat(NavigationItem.DASHBOARD.ariaCurrent("/app/dashboard.xhtml")).isEqualTo("page");
    assertThat(NavigationItem.FUNDING.ariaCurrent("/app/funding.xhtml")).isEqualTo("page");
    assertThat(NavigationItem.INVITATIONS.ariaCurrent("/app/invitations.xhtml")).isEqualTo("page");
    assertThat(NavigationItem.REGIONS.ariaCurrent("/regions.xhtml")).isEqualTo("page");
    assertThat(NavigationItem.IMPORT.ariaCurrent("/admin/import.xhtml")).isEqualTo("page");
    assertThat(NavigationItem.DASHBOARD.ariaCurrent("/app/organisations.xhtml")).isNull();
    assertThat(NavigationItem.FUNDING.ariaCurrent("/app/organisations.xhtml")).isNull();
    assertThat(NavigationItem.REGIONS_ADMIN.ariaCurrent("/regions.xhtml")).isNull();
  }

  @Test
  void aPageWithinASectionMarksItsEntryAsTheCurrentLocation() {
    assertThat(NavigationItem.ORGANISATIONS.ariaCurrent("/app/organisation.xhtml"))
        .isEqualTo("true");
    assertThat(NavigationItem.FUNDING.ariaCurrent("/app/funding-version.xhtml")).isEqualTo("true");
    assertThat(NavigationItem.FUNDING.ariaCurrent("/app/funding-edit.xhtml")).isEqualTo("true");
    assertThat(NavigationItem.FUNDING.ariaCurrent("/app/arrangement.xhtml")).isEqualTo("true");
    assertThat(NavigationItem.FUNDING.ariaCurrent("/app/indicators.xhtml")).isEqualTo("true");
    assertThat(NavigationItem.of("/app/funding-version.xhtml")).contains(NavigationItem.FUNDING);
  }

  @Test
  void pagesOutsideTheMenuMarkNothing() {
    for (String view : new String[] {"/error.xhtml", "/login.xhtml", null}) {
      assertThat(Arrays.stream(NavigationItem.values()).map(i -> i.ariaCurrent(view)))
          .as(String.valueOf(view))
          .containsOnlyNulls();
      assertThat(NavigationItem.of(view)).isEmpty();
    }
  }

  @Test
  void noViewIsMarkedByTwoEntries() {
    for (RegionPage page : RegionPage.values()) {
      assertThat(
              Arrays.stream(NavigationItem.values())
                  .filter(i -> i.ariaCurrent(page.view()) != null)
                  .count())
          .as(page.view())
          .isEqualTo(1);
    }
  }
}
