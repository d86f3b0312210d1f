package nl.regioportal.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.MembershipDirectory;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.TenantRunner;
import nl.regioportal.web.api.Problem;
import nl.regioportal.web.security.PortalAuthenticationMechanism;
import nl.regioportal.web.security.RequestPaths;

/**
 * Runs first on every request, after authentication: turns the signed-in principal into the {@link
 * CurrentCaller} (with the memberships stored for it), and for {@code /r/{region}/...} and {@code
 * /api/v1/regions/{region}/...} resolves the region from the URL, checks that it exists and that
 * the caller may enter it, and enters it in the {@link TenantContext}. Region pages are then
 * forwarded to their view in {@code /app/}.
 *
 * <p>Unknown region: 404. A region the caller is not a member of: 403, and logged. The region is
 * never taken from anywhere else than the URL.
 */
@WebFilter(
    filterName = "TenantFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class TenantFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(TenantFilter.class.getName());

  /** Request attribute: the path the browser asked for (context path included). */
  public static final String ORIGINAL_URI = "regioportal.originalUri";

  /** Request attribute: the id in the path of a record page. */
  public static final String RECORD_ID = "regioportal.recordId";

  /** Request attribute: the Facelets view of a region page, for {@link RegionPageServlet}. */
  public static final String ROUTE_VIEW = "regioportal.routeView";

  /** Request attribute: the {@link RegionPage} a region page's address matched. */
  public static final String ROUTE_PAGE = "regioportal.routePage";

  /** Request attribute: the message key that explains an error page. */
  public static final String ERROR_KEY = "regioportal.errorKey";

  private static final String API_REGIONS = "/api/v1/regions/";

  /** FHIR for partner systems ({@code /api/fhir/{region}/Task/{id}}): members, like the API. */
  private static final String FHIR = "/api/fhir/";

  /** The directory's open data (HSDS): readable by anyone, region from the URL. */
  private static final String OPEN_DATA = "/api/hsds/";

  /**
   * The governance calendar feeds ({@code /calendar/{region}/{token}.ics}): fetched by calendar
   * programs without a session, the token is the key; the region from the URL, as for open data.
   */
  private static final String CALENDAR = "/calendar/";

  /** The governance's open data ({@code /api/open/{region}/...}): public, region from the URL. */
  private static final String OPEN_GOVERNANCE = "/api/open/";

  /** Scripts, styles and images of the pages: no caller, no region needed. */
  private static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

  @Inject CurrentCaller caller;
  @Inject MembershipDirectory memberships;
  @Inject TenantContext tenant;
  @Inject RegionDirectory regions;
  @Inject TenantRunner runner;
  @Inject OrganisationService organisations;
  @Inject nl.regioportal.audit.AuditOrigin auditOrigin;
  @Inject nl.regioportal.web.security.OidcSignIn oidc;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = RequestPaths.of(request);
    if (path.startsWith(STATIC_RESOURCES)) {
      chain.doFilter(request, response);
      return;
    }
    // where an access in the audit trail came from (behind a proxy: the proxy's address, until the
    // proxy's forwarded header is trusted by configuration)
    auditOrigin.set(request.getRemoteAddr());
    if (request.getUserPrincipal() != null) {
      String name = request.getUserPrincipal().getName();
      List<Membership> held = memberships.membershipsOf(name);
      if (request.getAttribute(PortalAuthenticationMechanism.TOKEN_GROUPS)
          instanceof Set<?> groups) { // signed in through Keycloak: its groups decide the regions
        held = Membership.confirmedBy(groups, held);
      }
      caller.signIn(name, request.isUserInRole("platform-admin"), held);
      if (request.getAttribute(PortalAuthenticationMechanism.TOKEN_ORGANISATION)
          instanceof String organisation) {
        caller.signIn(
            name, request.isUserInRole("platform-admin"), boundTo(organisation, name, held));
      }
      caller.confirmSecondFactor(
          Boolean.TRUE.equals(request.getAttribute(PortalAuthenticationMechanism.SECOND_FACTOR)));
    }
    if (path.startsWith("/r/")) {
      page(path.substring(3), request, response, chain);
    } else if (path.startsWith(API_REGIONS) && path.length() > API_REGIONS.length()) {
      api(path.substring(API_REGIONS.length()), request, response, chain);
    } else if (path.startsWith(FHIR) && path.length() > FHIR.length()) {
      api(path.substring(FHIR.length()), request, response, chain);
    } else if (path.startsWith(OPEN_DATA)) {
      openData(path.substring(OPEN_DATA.length()), request, response, chain);
    } else if (path.startsWith(OPEN_GOVERNANCE)) {
      openData(path.substring(OPEN_GOVERNANCE.length()), request, response, chain);
    } else if (path.startsWith(CALENDAR)) {
      openData(path.substring(CALENDAR.length()), request, response, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  /**
   * A page with student data for a person signed in with a password alone: to the identity provider
   * for a second factor, and back to this page (a form's input is not kept; a Faces AJAX request is
   * told to navigate). Without an identity provider there is no way up: 403.
   */
  private void stepUp(HttpServletRequest request, HttpServletResponse response) throws IOException {
    LOG.info(
        () ->
            "Step-up needed: "
                + caller.username()
                + " opened "
                + request.getRequestURI()
                + " with a password alone");
    if (!oidc.isConfigured()) {
      request.setAttribute(ERROR_KEY, "error.secondFactor");
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String target = RequestPaths.of(request);
    if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String destination =
        request.getContextPath()
            + PortalAuthenticationMechanism.OIDC_SIGN_IN
            + "?stepUp=true&next="
            + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      PortalAuthenticationMechanism.writePartialRedirect(response, destination);
      return;
    }
    response.sendRedirect(destination);
  }

  private void page(
      String rest, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    int slash = rest.indexOf('/');
    String code = slash < 0 ? rest : rest.substring(0, slash);
    String below = slash < 0 ? "" : rest.substring(slash);
    Optional<RegionCode> region = known(code);
    if (region.isEmpty()) {
      request.setAttribute(ERROR_KEY, "error.unknownRegion");
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!caller.mayEnter(region.get())) {
      refused(region.get(), request);
      request.setAttribute(ERROR_KEY, "error.notAMember");
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<PageRoute> route = PageRoute.of(below);
    if (route.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Set<PortalRole> roles = route.get().roles();
    if (!roles.isEmpty() && !caller.hasRole(region.get(), roles.toArray(PortalRole[]::new))) {
      LOG.warning(
          () ->
              "Refused: "
                  + caller.username()
                  + " lacks a role for "
                  + request.getRequestURI()
                  + " (needs one of "
                  + roles
                  + ")");
      request.setAttribute(ERROR_KEY, "error.forbidden");
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (route.get().page().studentData() && !caller.hasSecondFactor()) {
      stepUp(request, response);
      return;
    }
    Optional<String> forged = forgedField(region.get(), request);
    if (forged.isPresent()) {
      LOG.warning(
          () ->
              "Refused: a form naming region "
                  + forged.get()
                  + " posted to "
                  + request.getRequestURI()
                  + " by "
                  + caller.username());
      request.setAttribute(ERROR_KEY, "error.forgedRegion");
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    tenant.enter(region.get());
    request.setAttribute(ORIGINAL_URI, request.getRequestURI());
    if (route.get().id() != null) {
      request.setAttribute(RECORD_ID, route.get().id());
    }
    // RegionPageServlet (mapped to /r/*, with a multipart configuration) forwards to the view, so
    // a file upload on a region page is parsed with the servlet the request was mapped to.
    request.setAttribute(ROUTE_VIEW, route.get().view());
    request.setAttribute(ROUTE_PAGE, route.get().page());
    chain.doFilter(request, response);
  }

  private void api(
      String rest, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<RegionCode> region = regionIn(rest, request, response);
    if (region.isEmpty()) {
      return;
    }
    if (!caller.mayEnter(region.get())) {
      refused(region.get(), request);
      Problem.of(
              "not-a-member",
              403,
              "Not a member of this region",
              "You are not a member of region " + region.get() + ".")
          .instance(request.getRequestURI())
          .write(response);
      return;
    }
    tenant.enter(region.get());
    chain.doFilter(request, response);
  }

  /**
   * The region an API path starts with ({@code 29/...}); when there is no such region, empty and
   * the 404 problem written.
   */
  private Optional<RegionCode> regionIn(
      String rest, HttpServletRequest request, HttpServletResponse response) throws IOException {
    int slash = rest.indexOf('/');
    String code = slash < 0 ? rest : rest.substring(0, slash);
    Optional<RegionCode> region = known(code);
    if (region.isEmpty()) {
      Problem.of(
              "unknown-region",
              404,
              "Unknown region",
              "There is no Doorstroompunt (RMC) region \"" + code + "\"; regions are 01 to 40.")
          .instance(request.getRequestURI())
          .write(response);
    }
    return region;
  }

  /**
   * Open data of a region: anyone may read it, so the region is entered without asking for
   * membership; what only members may see is decided where it is read (HsdsExport).
   */
  private void openData(
      String rest, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<RegionCode> region = regionIn(rest, request, response);
    if (region.isEmpty()) {
      return;
    }
    tenant.enter(region.get());
    chain.doFilter(request, response);
  }

  /**
   * A partner system's token is bound to one organisation: each of its region memberships acts for
   * that organisation, found by its identifier in the region. Where the region has no such (active)
   * organisation, the membership is dropped (fail closed) and the refusal logged.
   */
  private List<Membership> boundTo(String organisation, String name, List<Membership> held) {
    List<Membership> bound = new ArrayList<>();
    for (Membership m : held) {
      Optional<Long> id =
          runner.runAs(m.region(), () -> organisations.idByIdentifier(organisation));
      if (id.isPresent()) {
        bound.add(new Membership(m.region(), m.role(), id.get()));
      } else {
        LOG.warning(
            () ->
                "Refused: "
                    + name
                    + " is bound to organisation "
                    + organisation
                    + ", which is not an active member of region "
                    + m.region());
      }
    }
    return bound;
  }

  /** A posted form field that names another region than the URL's, if any. */
  private static Optional<String> forgedField(RegionCode region, HttpServletRequest request) {
    String type = request.getContentType();
    if (!"POST".equals(request.getMethod())
        || type == null
        || !type.toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded")) {
      return Optional.empty();
    }
    for (var field : request.getParameterMap().entrySet()) {
      if (ForgedRegion.isRegionField(field.getKey())) {
        for (String value : field.getValue()) {
          Optional<String> forged = ForgedRegion.contradiction(region.value(), value);
          if (forged.isPresent()) {
            return forged;
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<RegionCode> known(String code) {
    if (code.length() != 2
        || !Character.isDigit(code.charAt(0))
        || !Character.isDigit(code.charAt(1))) {
      return Optional.empty();
    }
    RegionCode region = new RegionCode(code);
    return regions.exists(region) ? Optional.of(region) : Optional.empty();
  }

  private void refused(RegionCode region, HttpServletRequest request) {
    LOG.warning(
        () ->
            "Refused: "
                + caller.username()
                + " is not a member of region "
                + region
                + " ("
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + ")");
  }
}
