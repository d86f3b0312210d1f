package nl.regioportal.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this instance runs: {@code development} (embedded database, demo region, development login)
 * or {@code production} (MySQL, Keycloak). Read once from MicroProfile Config.
 */
@ApplicationScoped
public class RunMode {

  @Inject
  @ConfigProperty(name = "portal.mode", defaultValue = "production")
  String mode;

  @Inject
  @ConfigProperty(name = "portal.dev-login.enabled", defaultValue = "false")
  boolean devLogin;

  @Inject
  @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
  boolean demo;

  public boolean isDevelopment() {
    return "development".equalsIgnoreCase(mode);
  }

  /** The development login (demo users, HTTP Basic for the API) is on: development mode only. */
  public boolean devLoginEnabled() {
    return devLogin && isDevelopment();
  }

  public boolean demoEnabled() {
    return demo && isDevelopment();
  }
}
