package nl.regioportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.regioportal.web.config.RunMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where browsers reach the portal, from configuration and never from what a client sends: the
 * OpenID Connect redirect and post-logout addresses are built on {@code portal.public-url} (the
 * address of the portal's root, context path included, e.g. {@code https://portal.example}), not on
 * the Host header. Only in development mode, without that setting, the request's own address is
 * used (the run command on localhost:8080, the integration tests on a random port); production
 * refuses to start without it when sign-in through the identity provider is configured ({@code
 * StartupChecks}).
 *
 * <p>Whether a request came over HTTPS: directly, or, only with {@code portal.trusted-proxy=true},
 * as a TLS-terminating proxy in front says in {@code X-Forwarded-Proto}. Without that setting any
 * client could send the header.
 */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "portal.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "portal.trusted-proxy", defaultValue = "false")
  boolean trustedProxy;

  @Inject RunMode runMode;

  /** The configured address, without a trailing slash; empty when none is configured. */
  public Optional<String> configured() {
    return publicUrl
        .map(String::trim)
        .filter(u -> !u.isEmpty())
        .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
  }

  /** The address of the portal's root as browsers reach it; paths such as /oidc/callback follow. */
  public String base(HttpServletRequest request) {
    Optional<String> configured = configured();
    if (configured.isPresent()) {
      return configured.get();
    }
    if (!runMode.isDevelopment()) {
      throw new IllegalStateException("portal.public-url (PORTAL_PUBLIC_URL) is not configured.");
    }
    return request.getScheme()
        + "://"
        + request.getServerName()
        + ":"
        + request.getServerPort()
        + request.getContextPath();
  }

  /** Whether the browser talks HTTPS to the portal (or to the trusted proxy in front of it). */
  public boolean isHttps(HttpServletRequest request) {
    return request.isSecure()
        || (trustedProxy && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
  }

  /**
   * A TLS-terminating proxy in front of the portal is configured ({@code portal.trusted-proxy}).
   */
  public boolean behindTrustedProxy() {
    return trustedProxy;
  }
}
