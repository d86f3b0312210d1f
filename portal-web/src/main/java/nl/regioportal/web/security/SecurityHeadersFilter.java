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

/**
 * Security headers on every response. Pages get their Content-Security-Policy from PrimeFaces (with
 * a nonce per response, see web.xml); the API, which serves only JSON, gets a policy that allows
 * nothing. HSTS is sent only over HTTPS: directly, or behind the configured trusted proxy that says
 * so ({@link PublicAddress#isHttps}); a client's own {@code X-Forwarded-Proto} counts for nothing.
 */
@WebFilter(
    filterName = "SecurityHeadersFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject PublicAddress address;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (RequestPaths.isApi(request)) {
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      response.setHeader("Cache-Control", "no-store");
    }
    if (address.isHttps(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
