package nl.regioportal.web.tenancy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region pages: a path below {@code /r/{region}} and the Facelets view that renders it. The
 * views live in {@code /app/}, which is never reachable directly.
 *
 * @param view the view id, e.g. {@code /app/organisations.xhtml}
 * @param id the record id in the path, if the page shows one record
 */
public record PageRoute(String view, Long id) {

  /**
   * Every region page, as a path template below the context root. Tests sweep these; a page added
   * to {@link #of} must be added here too.
   */
  public static final java.util.List<String> TEMPLATES =
      java.util.List.of(
          "/r/{region}/",
          "/r/{region}/organisations",
          "/r/{region}/organisations/new",
          "/r/{region}/organisations/{id}");

  private static final Pattern ORGANISATION = Pattern.compile("/organisations/(\\d{1,18})/?");

  /** Maps the path after {@code /r/{region}} to a page; empty when there is no such page. */
  public static Optional<PageRoute> of(String path) {
    String p = path == null ? "" : path;
    if (p.isEmpty() || p.equals("/")) {
      return Optional.of(new PageRoute("/app/dashboard.xhtml", null));
    }
    if (p.equals("/organisations") || p.equals("/organisations/")) {
      return Optional.of(new PageRoute("/app/organisations.xhtml", null));
    }
    if (p.equals("/organisations/new")) {
      return Optional.of(new PageRoute("/app/organisation.xhtml", null));
    }
    Matcher m = ORGANISATION.matcher(p);
    if (m.matches()) {
      return Optional.of(new PageRoute("/app/organisation.xhtml", Long.valueOf(m.group(1))));
    }
    return Optional.empty();
  }

  /** The path below {@code /r/{region}} of a view (without record id). */
  public static String pathOf(String view) {
    return switch (view) {
      case "/app/dashboard.xhtml" -> "/";
      case "/app/organisations.xhtml" -> "/organisations";
      case "/app/organisation.xhtml" -> "/organisations/new";
      default -> "/";
    };
  }
}
