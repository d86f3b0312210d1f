package nl.regioportal.web.directory;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioportal.directory.hsds.HsdsExport;
import nl.regioportal.directory.hsds.HsdsExport.Paging;
import nl.regioportal.directory.hsds.HsdsExport.ServiceFilter;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.web.api.Problem;
import nl.regioportal.web.api.ProblemMappers;
import nl.regioportal.web.i18n.Texts;
import nl.regioportal.web.security.RequestPaths;

/**
 * The directory as HSDS 3.0 open data: every endpoint of the HSDS OpenAPI definition below {@code
 * /api/hsds/{region}/}, with its query parameters and its page object. Readable without signing in
 * (web.xml leaves {@code /api/hsds/*} open; {@code TenantFilter} enters the region without asking
 * for membership); a member of the region, signed in with a bearer token, also gets the internal
 * phones and contacts and the change history. Mistakes answer an RFC 9457 problem.
 *
 * <p>A servlet, not a JAX-RS resource: the portal's JAX-RS application lives at {@code /api/v1} and
 * takes every resource of the WAR, so a second application at {@code /api/hsds} would serve its
 * resources twice.
 */
@WebServlet(name = "HsdsOpenData", urlPatterns = HsdsServlet.PREFIX + "*")
public class HsdsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(HsdsServlet.class.getName());

  public static final String PREFIX = "/api/hsds/";

  static final String OPENAPI =
      "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

  private static final Set<String> FORMATS = Set.of("json", "ndjson");

  @Inject transient HsdsExport export;
  @Inject transient RegionAccess access;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Texts.preferred(Collections.list(request.getLocales()));
    try {
      if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
        response.setHeader("Allow", "GET, HEAD");
        problem("method-not-allowed", 405, locale, "problem.method.title", request).write(response);
        return;
      }
      answer(request, response, locale);
    } catch (InvalidInputException e) {
      ProblemMappers.invalidInput(e, locale).instance(request.getRequestURI()).write(response);
    } catch (NotFoundException e) {
      notFound(request, response, locale);
    } catch (RuntimeException e) {
      String id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected error " + id, e);
      Problem.of(
              "internal-error",
              500,
              Texts.text(locale, "problem.internal.title"),
              Texts.text(locale, "problem.internal.detail", id))
          .with("errorId", id)
          .instance(request.getRequestURI())
          .write(response);
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    String requested = RequestPaths.of(request);
    if (requested.length() <= PREFIX.length()) { // /api/hsds itself: no region
      throw new NotFoundException("hsds", requested);
    }
    String path = requested.substring(PREFIX.length()); // "29/services/..."
    int slash = path.indexOf('/');
    String rest = slash < 0 ? "" : path.substring(slash + 1);
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    String[] parts = rest.isEmpty() ? new String[0] : rest.split("/", -1);
    Params p = new Params(request);
    if (parts.length == 0) {
      write(response, export.root(OPENAPI));
      return;
    }
    String collection = parts[0];
    if (parts.length == 2) {
      String id = parts[1];
      boolean fullService = p.flag("full_service");
      p.done();
      JsonObject one =
          switch (collection) {
            case "services" -> export.service(id);
            case "organizations" -> export.organization(id, fullService);
            case "taxonomies" -> export.taxonomy(id);
            case "taxonomy_terms" -> export.taxonomyTerm(id);
            case "service_at_locations" -> export.serviceAtLocation(id);
            default -> throw new NotFoundException("hsds", rest);
          };
      write(response, one);
      return;
    }
    if (parts.length != 1) {
      throw new NotFoundException("hsds", rest);
    }
    boolean ndjson = "ndjson".equals(p.format());
    Integer pageNumber = p.integer("page");
    Integer perPage = p.integer("per_page");
    String search = p.text("search");
    boolean full = p.flag("full");
    boolean minimal = p.flag("minimal");
    boolean fullService = p.flag("full_service");
    boolean topOnly = p.flag("top_only");
    ServiceFilter filter = p.serviceFilter();
    p.done();
    Paging paging = ndjson ? Paging.everything() : Paging.of(pageNumber, perPage);
    JsonObject page =
        switch (collection) {
          case "services" ->
              export.services(
                  filter,
                  paging,
                  minimal
                      ? HsdsExport.Shape.MINIMAL
                      : full ? HsdsExport.Shape.FULL : HsdsExport.Shape.LIST);
          case "organizations" -> export.organizations(search, full, fullService, paging);
          case "taxonomies" -> export.taxonomies(search, paging);
          case "taxonomy_terms" ->
              export.taxonomyTerms(
                  search, p.text("taxonomy_id"), topOnly, p.text("parent_id"), paging);
          case "service_at_locations" -> export.serviceAtLocations(filter, full, paging);
          default -> throw new NotFoundException("hsds", rest);
        };
    if (ndjson) {
      headers(response);
      response.setContentType("application/x-ndjson");
      PrintWriter out = response.getWriter();
      for (JsonValue item : page.getJsonArray("contents")) {
        out.write(item.toString());
        out.write('\n');
      }
      return;
    }
    write(response, page);
  }

  private void write(HttpServletResponse response, JsonObject body) throws IOException {
    headers(response);
    response.setContentType("application/json");
    response.getWriter().write(body.toString());
  }

  /**
   * Open data may be read from any web page; a member's answer holds internal details and is kept
   * out of shared caches.
   */
  private void headers(HttpServletResponse response) {
    response.setCharacterEncoding("UTF-8");
    if (access.isMember()) {
      response.setHeader("Cache-Control", "private, no-store");
      response.setHeader("Vary", "Authorization");
    } else {
      response.setHeader("Access-Control-Allow-Origin", "*");
      response.setHeader("Cache-Control", "public, max-age=60");
    }
  }

  private static Problem problem(
      String type, int status, Locale locale, String titleKey, HttpServletRequest request) {
    return Problem.of(type, status, Texts.text(locale, titleKey), null)
        .instance(request.getRequestURI());
  }

  private static void notFound(
      HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
    Problem.of(
            "not-found",
            404,
            Texts.text(locale, "problem.notFound.title"),
            Texts.text(locale, "problem.notFound.detail"))
        .instance(request.getRequestURI())
        .write(response);
  }

  /** The query parameters, read strictly: a malformed value is named, never guessed. */
  private static final class Params {
    private final HttpServletRequest request;
    private final List<Violation> violations = new ArrayList<>();

    Params(HttpServletRequest request) {
      this.request = request;
    }

    String text(String name) {
      String v = request.getParameter(name);
      return v == null || v.isBlank() ? null : v.trim();
    }

    Integer integer(String name) {
      String v = text(name);
      if (v == null) {
        return null;
      }
      try {
        return Integer.valueOf(v);
      } catch (NumberFormatException e) {
        violations.add(Violation.of(name, "api.number.invalid", abbreviated(v)));
        return null;
      }
    }

    boolean flag(String name) {
      String v = text(name);
      if (v == null) {
        return false;
      }
      if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(v);
      }
      violations.add(Violation.of(name, "api.boolean.invalid", abbreviated(v)));
      return false;
    }

    String format() {
      String v = text("format");
      if (v != null && !FORMATS.contains(v)) {
        violations.add(Violation.of("format", "hsds.format.invalid", abbreviated(v)));
      }
      return v == null ? "json" : v;
    }

    ServiceFilter serviceFilter() {
      return new ServiceFilter(
          text("search"),
          text("taxonomy_term_id"),
          text("taxonomy_id"),
          text("organization_id"),
          instant("modified_after"));
    }

    /** A date-time with an offset, a UTC date-time or a date (its start, UTC). */
    private LocalDateTime instant(String name) {
      String v = text(name);
      if (v == null) {
        return null;
      }
      try {
        return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      } catch (DateTimeParseException e) {
        try {
          return LocalDateTime.parse(v);
        } catch (DateTimeParseException e2) {
          try {
            return LocalDate.parse(v).atStartOfDay();
          } catch (DateTimeParseException e3) {
            violations.add(Violation.of(name, "hsds.datetime.invalid", abbreviated(v)));
            return null;
          }
        }
      }
    }

    /** Throws the malformed parameters found so far, all at once. */
    void done() {
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
    }

    private static String abbreviated(String v) {
      return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
  }
}
