package nl.regioportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import nl.regioportal.web.api.Problem;
import nl.regioportal.web.config.RunMode;

/**
 * Signs people in on the portal's own sign-in page (then remembers them in the session, whose id is
 * renewed at sign-in) and, in development mode only, accepts HTTP Basic on the API (but never asks
 * for it: the 401 challenge names Bearer only). A page that needs a signed-in caller redirects to
 * the sign-in page; the API answers 401 with a problem detail. Partner systems and API clients
 * present a bearer token of the configured issuer (Keycloak), verified by {@link BearerTokens}; its
 * region groups become the caller's memberships. The Keycloak sign-in of people replaces the
 * development part in production.
 *
 * <p>A page session ends at its absolute lifetime, and a person signed in through Keycloak has
 * their roles and groups read again every few minutes ({@link SessionLifetime}); the redirect
 * address given to Keycloak is built on the configured public address ({@link PublicAddress}).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SESSION_KEY = "regioportal.caller";

  /** The address of the sign-in through the identity provider. */
  public static final String OIDC_SIGN_IN = "/oidc/sign-in";

  static final String OIDC_CALLBACK = "/oidc/callback";
  static final String OIDC_PENDING = "regioportal.oidc.pending";

  /** Request attribute: the group paths of a verified bearer token (region memberships). */
  public static final String TOKEN_GROUPS = "regioportal.tokenGroups";

  /** Request attribute: the organisation a partner system's token is bound to, if any. */
  public static final String TOKEN_ORGANISATION = "regioportal.tokenOrganisation";

  /**
   * Request attribute: {@code Boolean.TRUE} when the caller signed in with a second factor (issue
   * 13): the session's or the token's {@code acr}/{@code amr}, a partner system bound to an
   * organisation, or the development login. Absent: a password alone.
   */
  public static final String SECOND_FACTOR = "regioportal.secondFactor";

  /** The page that explains a step-up the person did not complete, and offers it again. */
  public static final String STEP_UP_PAGE = "/step-up.xhtml";

  private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

  @Inject IdentityStoreHandler identityStores;
  @Inject RunMode runMode;
  @Inject BearerTokens bearerTokens;
  @Inject OidcSignIn oidc;
  @Inject PublicAddress publicAddress;
  @Inject SessionLifetime lifetime;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, credential);
    }
    String path = RequestPaths.of(request);
    if (path.equals(OIDC_SIGN_IN) && oidc.isConfigured()) {
      return startOidc(request, context);
    }
    if (path.equals(OIDC_CALLBACK) && oidc.isConfigured()) {
      return finishOidc(request, context);
    }
    boolean api = path.startsWith(RequestPaths.API);
    HttpSession session = request.getSession(false);
    // The API never accepts the page session: a browser's cookies cannot make a state-changing
    // API call on someone's behalf (CSRF); API callers present a bearer token.
    if (!api
        && session != null
        && session.getAttribute(SESSION_KEY) instanceof SignedInCaller signedIn) {
      SignedInCaller caller = current(session, signedIn);
      if (caller != null) {
        if (caller.throughIdentityProvider()) { // its groups decide the regions (TenantFilter)
          request.setAttribute(TOKEN_GROUPS, caller.tokenGroups());
        }
        if (caller.secondFactor()) {
          request.setAttribute(SECOND_FACTOR, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(caller.username(), caller.groups());
      }
    }
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim(), request, response, context);
    }
    // the operations endpoints (metrics, OpenAPI) take a platform admin's token too
    boolean tokenDoor = api || OperationsEndpointsFilter.isOperations(path);
    if (tokenDoor
        && authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(authorization.substring(7).trim(), request, response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (api) {
      return unauthorized(request, response, "You are not signed in.");
    }
    String target = path;
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    boolean expired =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    String next = URLEncoder.encode(target, StandardCharsets.UTF_8);
    // An expired session always lands on the sign-in page with a message (it offers Keycloak
    // too); otherwise, with Keycloak as the only way in, go there straight away.
    String destination =
        oidc.isConfigured() && !runMode.devLoginEnabled() && !expired
            ? request.getContextPath() + OIDC_SIGN_IN + "?next=" + next
            : request.getContextPath()
                + "/login.xhtml?next="
                + next
                + (expired ? "&expired=true" : "");
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // A Faces AJAX request cannot follow a 302 to a page: tell PrimeFaces to navigate instead.
      return partialRedirect(response, destination);
    }
    return context.redirect(destination);
  }

  /**
   * The session's caller as of now: {@code null} (and the session ended) when its lifetime is over
   * or the identity provider no longer confirms the person; with roles and groups read again from
   * the identity provider when the last reading is older than the refresh interval.
   */
  private SignedInCaller current(HttpSession session, SignedInCaller caller) {
    Instant now = Instant.now();
    SessionLifetime.Verdict verdict = lifetime.of(caller, now);
    if (verdict == SessionLifetime.Verdict.REFRESH_ROLES) {
      try {
        OidcSignIn.SignedIn again = oidc.refresh(caller.username(), caller.refreshToken());
        SignedInCaller refreshed =
            caller.refreshed(
                rolesAndGroups(again),
                again.groups(),
                again.idToken(),
                again.refreshToken(),
                now,
                // a second factor once shown stays for the session, as Keycloak keeps the level
                // for the condition's max age; a refreshed token that shows it also counts
                caller.secondFactor() || again.secondFactor());
        session.setAttribute(SESSION_KEY, refreshed);
        return refreshed;
      } catch (OidcSignIn.Failed e) {
        LOG.info(() -> "Session of " + caller.username() + " ended: " + e.getMessage());
      }
    } else if (verdict == SessionLifetime.Verdict.CURRENT) {
      return caller;
    } else {
      LOG.info(() -> "Session of " + caller.username() + " ended: its lifetime is over");
    }
    session.invalidate();
    return null;
  }

  private static Set<String> rolesAndGroups(OidcSignIn.SignedIn signedIn) {
    Set<String> groups = new HashSet<>(signedIn.roles());
    groups.addAll(signedIn.groups());
    return groups;
  }

  private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) {
    try {
      writePartialRedirect(response, url);
      return AuthenticationStatus.SEND_CONTINUE;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Answers a Faces AJAX request ({@code Faces-Request: partial/ajax}) with a redirect the page's
   * script follows: a 302 would be followed by the XMLHttpRequest itself, out of the person's
   * sight.
   */
  public static void writePartialRedirect(HttpServletResponse response, String url)
      throws java.io.IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\"/></partial-response>");
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.warning(() -> "Sign-in refused from " + request.getRemoteAddr());
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(
            SESSION_KEY,
            new SignedInCaller(
                result.getCallerPrincipal().getName(), result.getCallerGroups(), Instant.now()));
    request.setAttribute(SECOND_FACTOR, Boolean.TRUE); // the development login counts as two-factor
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!runMode.devLoginEnabled()) {
      return unauthorized(request, response, "HTTP Basic is accepted in development mode only.");
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized(request, response, "The Authorization header is malformed.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorized(request, response, "The Authorization header is malformed.");
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.warning(() -> "API sign-in refused from " + request.getRemoteAddr());
      return unauthorized(request, response, "The user name or password is wrong.");
    }
    // the development login counts as two-factor (development mode only, issue 13)
    request.setAttribute(SECOND_FACTOR, Boolean.TRUE);
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus startOidc(HttpServletRequest request, HttpMessageContext context) {
    String next = request.getParameter("next");
    String callback = publicAddress.base(request) + OIDC_CALLBACK;
    boolean stepUp = "true".equals(request.getParameter("stepUp"));
    OidcSignIn.Pending pending = oidc.start(localPath(next), callback, stepUp);
    request.getSession(true).setAttribute(OIDC_PENDING, pending);
    return context.redirect(oidc.authorizationUrl(pending));
  }

  private AuthenticationStatus finishOidc(HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    OidcSignIn.Pending pending =
        session == null ? null : (OidcSignIn.Pending) session.getAttribute(OIDC_PENDING);
    if (session != null) {
      session.removeAttribute(OIDC_PENDING);
    }
    try {
      if (request.getParameter("error") != null) {
        throw new OidcSignIn.Failed("the provider answered " + request.getParameter("error"));
      }
      OidcSignIn.SignedIn signedIn =
          oidc.finish(pending, request.getParameter("code"), request.getParameter("state"));
      request.changeSessionId();
      Instant now = Instant.now();
      request
          .getSession()
          .setAttribute(
              SESSION_KEY,
              new SignedInCaller(
                  signedIn.username(),
                  rolesAndGroups(signedIn),
                  signedIn.groups(),
                  signedIn.idToken(),
                  signedIn.refreshToken(),
                  now,
                  now,
                  signedIn.secondFactor()));
      LOG.info(
          () ->
              "Signed in through the identity provider: "
                  + signedIn.username()
                  + (signedIn.secondFactor() ? " (with a second factor)" : " (password)"));
      if (pending.stepUp() && !signedIn.secondFactor()) {
        // asked for a second factor and came back without one: explain, do not loop
        return context.redirect(
            request.getContextPath()
                + STEP_UP_PAGE
                + "?failed=true&next="
                + URLEncoder.encode(pending.next(), StandardCharsets.UTF_8));
      }
      return context.redirect(request.getContextPath() + pending.next());
    } catch (OidcSignIn.Failed e) {
      LOG.warning(() -> "Sign-in through the identity provider refused: " + e.getMessage());
      return context.redirect(request.getContextPath() + "/login.xhtml?failed=true");
    }
  }

  /** Only a path inside the portal: never an absolute URL another site could use. */
  public static String localPath(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        // browsers drop tabs and line breaks from addresses: "/\t/evil.example" becomes
        // "//evil.example"
        || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      return "/";
    }
    return next;
  }

  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    try {
      BearerTokens.Verified verified = bearerTokens.verify(token);
      Set<String> groups = new HashSet<>(verified.roles());
      groups.addAll(verified.groups());
      request.setAttribute(TOKEN_GROUPS, verified.groups());
      if (verified.secondFactor()) {
        request.setAttribute(SECOND_FACTOR, Boolean.TRUE);
      }
      if (verified.organisation() != null) {
        request.setAttribute(TOKEN_ORGANISATION, verified.organisation());
      }
      return context.notifyContainerAboutLogin(verified.caller(), groups);
    } catch (BearerTokens.Refused e) {
      LOG.warning(
          () ->
              "Bearer token refused from "
                  + request.getRemoteAddr()
                  + " for "
                  + request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + ": "
                  + e.getMessage());
      return unauthorized(request, response, "The bearer token is not valid for this API.");
    }
  }

  private AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    try {
      // Bearer only: a "Basic" challenge would make a browser prompt for a password and then send
      // it along with every request another site makes to the API.
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Regioportaal\"");
      Problem.of("unauthenticated", 401, "Not signed in", detail)
          .instance(request.getRequestURI())
          .write(response);
    } catch (IOException e) {
      LOG.fine(() -> "Could not write 401: " + e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_KEY);
    }
  }
}
