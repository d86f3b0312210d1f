package nl.regioportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} behind the configured trusted TLS-terminating proxy when
 * the public address is HTTPS: the container sees plain HTTP from the proxy and would leave the
 * flag off. Over direct HTTPS the container sets it itself; a client's {@code X-Forwarded-Proto}
 * never decides it.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

  @Inject PublicAddress address;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (secureCookie()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }

  boolean secureCookie() {
    return address.behindTrustedProxy()
        && address.configured().map(u -> u.regionMatches(true, 0, "https://", 0, 8)).orElse(false);
  }
}
