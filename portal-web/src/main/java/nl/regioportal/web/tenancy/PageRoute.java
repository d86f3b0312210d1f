package nl.regioportal.web.tenancy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.tenant.PortalRole;

/**
 * The region pages: a path below {@code /r/{region}} and the Facelets view that renders it. The
 * views live in {@code /app/}, which is never reachable directly.
 *
 * @param view the view id, e.g. {@code /app/organisations.xhtml}
 * @param id the record id in the path, if the page shows one record
 * @param roles the regional roles that may open the page; empty: every member of the region
 */
public record PageRoute(String view, Long id, Set<PortalRole> roles) {

  /**
   * Every region page, as a path template below the context root. Tests sweep these; a page added
   * to {@link #of} must be added here too.
   */
  public static final List<String> TEMPLATES =
      List.of(
          "/r/{region}/",
          "/r/{region}/organisations",
          "/r/{region}/organisations/new",
          "/r/{region}/organisations/{id}",
          "/r/{region}/invitations",
          "/r/{region}/funding",
          "/r/{region}/funding/new",
          "/r/{region}/funding/{id}",
          "/r/{region}/funding/versions/{id}",
          "/r/{region}/funding/versions/{id}/edit",
          "/r/{region}/indicators");

  private static final Set<PortalRole> ANY_MEMBER = Set.of();
  private static final Set<PortalRole> MANAGERS =
      EnumSet.of(PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN);

  /** Funding keys: the coordinators and the municipalities' policy officers. */
  private static final Set<PortalRole> FUNDING =
      EnumSet.of(PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN, PortalRole.POLICY_OFFICER);

  private static final Pattern ORGANISATION = Pattern.compile("/organisations/(\\d{1,18})/?");
  private static final Pattern ARRANGEMENT = Pattern.compile("/funding/(\\d{1,18})");
  private static final Pattern VERSION = Pattern.compile("/funding/versions/(\\d{1,18})");
  private static final Pattern VERSION_EDIT = Pattern.compile("/funding/versions/(\\d{1,18})/edit");

  public PageRoute {
    roles = Set.copyOf(roles);
  }

  private static Optional<PageRoute> page(String view, Long id, Set<PortalRole> roles) {
    return Optional.of(new PageRoute(view, id, roles));
  }

  /** Maps the path after {@code /r/{region}} to a page; empty when there is no such page. */
  public static Optional<PageRoute> of(String path) {
    String p = path == null ? "" : path;
    if (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    switch (p) {
      case "", "/":
        return page("/app/dashboard.xhtml", null, ANY_MEMBER);
      case "/organisations":
        return page("/app/organisations.xhtml", null, ANY_MEMBER);
      case "/organisations/new":
        return page("/app/organisation.xhtml", null, ANY_MEMBER);
      case "/invitations":
        return page("/app/invitations.xhtml", null, MANAGERS);
      case "/funding":
        return page("/app/funding.xhtml", null, FUNDING);
      case "/funding/new":
        return page("/app/funding-edit.xhtml", null, MANAGERS);
      case "/indicators":
        return page("/app/indicators.xhtml", null, MANAGERS);
      default:
        break;
    }
    Matcher m = ORGANISATION.matcher(p);
    if (m.matches()) {
      return page("/app/organisation.xhtml", Long.valueOf(m.group(1)), ANY_MEMBER);
    }
    if ((m = ARRANGEMENT.matcher(p)).matches()) {
      return page("/app/arrangement.xhtml", Long.valueOf(m.group(1)), FUNDING);
    }
    if ((m = VERSION.matcher(p)).matches()) {
      return page("/app/funding-version.xhtml", Long.valueOf(m.group(1)), FUNDING);
    }
    if ((m = VERSION_EDIT.matcher(p)).matches()) {
      return page("/app/funding-edit.xhtml", Long.valueOf(m.group(1)), MANAGERS);
    }
    return Optional.empty();
  }

  /** The path below {@code /r/{region}} of a view (without record id). */
  public static String pathOf(String view) {
    return switch (view) {
      case "/app/dashboard.xhtml" -> "/";
      case "/app/organisations.xhtml" -> "/organisations";
      case "/app/organisation.xhtml" -> "/organisations/new";
      case "/app/invitations.xhtml" -> "/invitations";
      case "/app/funding.xhtml" -> "/funding";
      case "/app/funding-edit.xhtml" -> "/funding/new";
      case "/app/indicators.xhtml" -> "/indicators";
      default -> "/";
    };
  }
}
