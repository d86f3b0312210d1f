package nl.regioportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import nl.regioportal.web.api.Problem;
import nl.regioportal.web.config.RunMode;

/**
 * {@code /metrics} and {@code /openapi} are for platform admins in production mode (signed in on
 * the pages, or with a bearer token): they describe the whole instance. Payara Micro serves them as
 * servlets inside the application deployed at the root context, so this filter sees their requests
 * like any other. In development mode they stay open. The health endpoints ({@code /health}) stay
 * open in every mode: load balancers and orchestrators ask them without credentials.
 */
@WebFilter(
    filterName = "OperationsEndpointsFilter",
    urlPatterns = {"/metrics", "/metrics/*", "/openapi", "/openapi/*"},
    dispatcherTypes = {DispatcherType.REQUEST})
public class OperationsEndpointsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OperationsEndpointsFilter.class.getName());

  @Inject RunMode runMode;

  /** Whether a (normalised) path is one of the guarded operations endpoints. */
  public static boolean isOperations(String path) {
    for (String endpoint : new String[] {"/metrics", "/openapi"}) {
      if (path.equals(endpoint) || path.startsWith(endpoint + "/")) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (runMode.isDevelopment() || request.isUserInRole("platform-admin")) {
      chain.doFilter(request, response);
      return;
    }
    boolean anonymous = request.getUserPrincipal() == null;
    LOG.warning(
        () ->
            "Refused: "
                + (anonymous ? "anonymous" : request.getUserPrincipal().getName())
                + " asked for "
                + request.getRequestURI()
                + ", which is for platform admins");
    if (anonymous) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Regioportaal\"");
      Problem.of("unauthenticated", 401, "Not signed in", "This endpoint is for platform admins.")
          .instance(request.getRequestURI())
          .write(response);
    } else {
      Problem.of("forbidden", 403, "Forbidden", "This endpoint is for platform admins.")
          .instance(request.getRequestURI())
          .write(response);
    }
  }
}
