package nl.regioportal.web.tenancy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.regioportal.tenant.PortalRole;

/**
 * One request's region page: the {@link RegionPage} its path names and the record id in the path.
 *
 * @param page the declared page
 * @param id the record id in the path, if the page shows one record
 */
public record PageRoute(RegionPage page, Long id) {

  /** Every region page, as a path template below the context root, from {@link RegionPage}. */
  public static final List<String> TEMPLATES =
      Arrays.stream(RegionPage.values()).map(RegionPage::template).toList();

  public PageRoute {
    Objects.requireNonNull(page, "page is required");
  }

  /** Maps the path after {@code /r/{region}} to a page; empty when there is no such page. */
  public static Optional<PageRoute> of(String path) {
    return RegionPage.route(path);
  }

  /** The view id, e.g. {@code /app/organisations.xhtml}. */
  public String view() {
    return page.view();
  }

  /** The regional roles that may open the page; empty: every member of the region. */
  public Set<PortalRole> roles() {
    return page.roles();
  }

  /** The path below {@code /r/{region}} of a view (without record id); {@code /} if none. */
  public static String pathOf(String view) {
    return RegionPage.ofView(view).map(RegionPage::path).orElse("/");
  }
}
