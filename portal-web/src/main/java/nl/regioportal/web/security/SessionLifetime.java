package nl.regioportal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a page session lasts whatever the person does ({@code portal.session.max-age}, ISO-8601,
 * default 8 hours; the 30 minutes of inactivity in web.xml end it sooner), and how often a person
 * signed in through the identity provider has their roles and regions read again from it ({@code
 * portal.session.roles-refresh}, default 2 minutes), so that someone removed from a region group at
 * Keycloak loses the region within that time.
 */
@ApplicationScoped
public class SessionLifetime {

  /** What is to be done with a signed-in session now. */
  public enum Verdict {
    CURRENT,
    REFRESH_ROLES,
    ENDED
  }

  @Inject
  @ConfigProperty(name = "portal.session.max-age", defaultValue = "PT8H")
  String configuredMaxAge;

  @Inject
  @ConfigProperty(name = "portal.session.roles-refresh", defaultValue = "PT2M")
  String configuredRolesRefresh;

  private Duration maxAge;
  private Duration rolesRefresh;

  @PostConstruct
  void init() {
    maxAge = positive("portal.session.max-age", configuredMaxAge);
    rolesRefresh = positive("portal.session.roles-refresh", configuredRolesRefresh);
  }

  private static Duration positive(String name, String value) {
    Duration d = Duration.parse(value.trim());
    if (d.isNegative() || d.isZero()) {
      throw new IllegalStateException(name + " must be a positive ISO-8601 duration: " + value);
    }
    return d;
  }

  public Verdict of(SignedInCaller caller, Instant now) {
    if (!now.isBefore(caller.signedInAt().plus(maxAge))) {
      return Verdict.ENDED;
    }
    if (caller.refreshToken() != null && !now.isBefore(caller.rolesReadAt().plus(rolesRefresh))) {
      return Verdict.REFRESH_ROLES;
    }
    return Verdict.CURRENT;
  }
}
