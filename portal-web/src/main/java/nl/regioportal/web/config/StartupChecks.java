package nl.regioportal.web.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start an instance that is configured unsafely (fail closed): any instance without a
 * database password (there is no default); a production instance with the development login or on
 * the embedded database, or, with sign-in through the identity provider, without a public address
 * ({@code portal.public-url}) or with a realm imported without its secrets ({@link
 * ImportedRealmCheck}); a development instance (demo users, development login) on another database
 * than the embedded one, unless {@code portal.db.allow-external-in-development} says that database
 * is a test database.
 */
@ApplicationScoped
public class StartupChecks {

  @Inject RunMode runMode;

  @Inject
  @ConfigProperty(name = "portal.dev-login.enabled", defaultValue = "false")
  boolean devLogin;

  @Inject
  @ConfigProperty(name = "portal.db.url")
  java.util.Optional<String> dbUrl;

  @Inject
  @ConfigProperty(name = "portal.oidc.issuer")
  java.util.Optional<String> oidcIssuer = java.util.Optional.empty();

  @Inject
  @ConfigProperty(name = "portal.public-url")
  java.util.Optional<String> publicUrl = java.util.Optional.empty();

  @Inject ImportedRealmCheck realm;

  @Inject
  @ConfigProperty(name = "portal.db.password")
  java.util.Optional<String> dbPassword;

  @Inject
  @ConfigProperty(name = "portal.db.allow-external-in-development", defaultValue = "false")
  boolean allowExternalInDevelopment;

  /** Where the crypto settings are read (MicroProfile Config; a map in the unit tests). */
  java.util.function.Function<String, java.util.Optional<String>> cryptoSettings =
      name ->
          org.eclipse.microprofile.config.ConfigProvider.getConfig()
              .getOptionalValue(name, String.class);

  void check(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE - 100)
          @Initialized(ApplicationScoped.class)
          Object event) {
    if (dbPassword.orElse("").isBlank()) {
      throw new IllegalStateException(
          "Refusing to start: no database password (set PORTAL_DB_PASSWORD); there is no default.");
    }
    boolean embedded = dbUrl.orElse("").startsWith("jdbc:h2:");
    if (runMode.isDevelopment()) {
      if (!embedded && !allowExternalInDevelopment) {
        throw new IllegalStateException(
            "Refusing to start: development mode (demo users, development login) on a database"
                + " that is not the embedded one. Set portal.db.allow-external-in-development=true"
                + " (PORTAL_DB_ALLOW_EXTERNAL_IN_DEVELOPMENT) only for a test database.");
      }
      return;
    }
    if (devLogin) {
      throw new IllegalStateException(
          "Refusing to start: PORTAL_DEV_LOGIN_ENABLED is true in production mode.");
    }
    if (embedded) {
      throw new IllegalStateException(
          "Refusing to start: production mode needs MySQL (set PORTAL_DB_URL), not the embedded database.");
    }
    // the keys of the student data at rest (ADR 0022): missing or malformed, the instance stops
    nl.regioportal.persistence.Keys.check(cryptoSettings);
    if (oidcIssuer.filter(i -> !i.isBlank()).isPresent()) {
      if (publicUrl.filter(u -> !u.isBlank()).isEmpty()) {
        throw new IllegalStateException(
            "Refusing to start: sign-in through the identity provider needs PORTAL_PUBLIC_URL"
                + " (the address browsers reach the portal at), never the request's Host header.");
      }
      java.util.List<String> exposed = realm.clientsWithPlaceholderSecrets();
      if (!exposed.isEmpty()) {
        throw new IllegalStateException(
            "Refusing to start: the realm was imported without its secrets; Keycloak accepts the"
                + " template's placeholder as the secret of "
                + exposed
                + ". Set the variables in Keycloak's environment and import the realm again.");
      }
    }
  }
}
