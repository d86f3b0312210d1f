package nl.regioportal.web.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regioportal.tenant.PortalRole;
import org.junit.jupiter.api.Test;

class PageRouteTest {

  @Test
  void regionPathsMapToTheirViews() {
    assertThat(PageRoute.of("")).contains(new PageRoute(RegionPage.DASHBOARD, null));
    assertThat(PageRoute.of("/")).contains(new PageRoute(RegionPage.DASHBOARD, null));
    assertThat(PageRoute.of("/organisations"))
        .contains(new PageRoute(RegionPage.ORGANISATIONS, null));
    assertThat(PageRoute.of("/organisations/"))
        .contains(new PageRoute(RegionPage.ORGANISATIONS, null));
    assertThat(PageRoute.of("/organisations/new"))
        .contains(new PageRoute(RegionPage.ORGANISATION_NEW, null));
    assertThat(PageRoute.of("/organisations/42"))
        .contains(new PageRoute(RegionPage.ORGANISATION, 42L));
    assertThat(PageRoute.of("/organisations/42").orElseThrow().view())
        .isEqualTo("/app/organisation.xhtml");
    assertThat(PageRoute.of("/funding/versions/7/edit"))
        .contains(new PageRoute(RegionPage.FUNDING_EDIT, 7L));
  }

  @Test
  void theInvitationPageIsForManagersOnly() {
    assertThat(PageRoute.of("/invitations").orElseThrow().roles())
        .containsExactlyInAnyOrder(PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN);
    assertThat(PageRoute.of("/organisations").orElseThrow().roles()).isEmpty();
  }

  @Test
  void anythingElseIsNoPage() {
    assertThat(PageRoute.of("/organisations/abc")).isEmpty();
    assertThat(PageRoute.of("/organisations/99999999999999999999")).isEmpty();
    assertThat(PageRoute.of("/../WEB-INF/web.xml")).isEmpty();
    assertThat(PageRoute.of("/app/dashboard.xhtml")).isEmpty();
    assertThat(PageRoute.of("/funding/versions/7/edit/x")).isEmpty();
    assertThat(PageRoute.of("/organisationsX")).isEmpty();
  }

  @Test
  void everyTemplateIsAPage() {
    for (String template : PageRoute.TEMPLATES) {
      String path = template.replace("/r/{region}", "").replace("{id}", "7");
      assertThat(PageRoute.of(path)).as(template).isPresent();
    }
  }

  @Test
  void viewsMapBackToTheirPaths() {
    assertThat(PageRoute.pathOf("/app/organisations.xhtml")).isEqualTo("/organisations");
    assertThat(PageRoute.of(PageRoute.pathOf("/app/organisations.xhtml")).orElseThrow().view())
        .isEqualTo("/app/organisations.xhtml");
  }

  @Test
  void recordPagesAndOnlyThemNameARecordKind() {
    for (RegionPage page : RegionPage.values()) {
      assertThat(page.path().contains("{id}"))
          .as(page.name())
          .isEqualTo(page.record() != RegionPage.RecordKind.NONE);
    }
  }

  /** A view in /app/ without a route is a page the sweep cannot know: declare it in RegionPage. */
  @Test
  void everyRegionViewHasARouteThatTheSweepKnows() throws Exception {
    java.util.Set<String> routed = new java.util.TreeSet<>();
    for (String template : PageRoute.TEMPLATES) {
      String path = template.replace("/r/{region}", "").replace("{id}", "7");
      routed.add(PageRoute.of(path).orElseThrow().view());
    }
    java.util.Set<String> views = new java.util.TreeSet<>();
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/webapp/app"))) {
      files.forEach(f -> views.add("/app/" + f.getFileName()));
    }
    assertThat(views).isNotEmpty();
    assertThat(routed).containsAll(views);
  }
}
