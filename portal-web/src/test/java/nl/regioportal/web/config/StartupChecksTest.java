package nl.regioportal.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StartupChecksTest {

  private static final String MYSQL = "jdbc:mysql://db.example:3306/regioportal";

  private static StartupChecks checks(String mode, boolean devLogin, String url) {
    RunMode runMode = new RunMode();
    runMode.mode = mode;
    runMode.devLogin = devLogin;
    StartupChecks c = new StartupChecks();
    c.runMode = runMode;
    c.devLogin = devLogin;
    c.dbUrl = Optional.ofNullable(url);
    c.dbPassword = Optional.of("s3cret");
    java.util.Map<String, String> crypto =
        java.util.Map.of(
            "portal.mode",
            mode,
            "portal.crypto.keys",
            "k1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
            "portal.crypto.current-key",
            "k1",
            "portal.crypto.pseudonym-key",
            java.util.Base64.getEncoder().encodeToString(new byte[32]));
    c.cryptoSettings = name -> Optional.ofNullable(crypto.get(name));
    return c;
  }

  @Test
  void developmentRefusesANonEmbeddedDatabaseUnlessExplicitlyAllowed() {
    assertThatThrownBy(() -> checks("development", true, MYSQL).check(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("portal.db.allow-external-in-development");
    StartupChecks allowed = checks("development", true, MYSQL);
    allowed.allowExternalInDevelopment = true;
    assertThatCode(() -> allowed.check(null)).doesNotThrowAnyException();
  }

  @Test
  void noInstanceStartsWithoutADatabasePassword() {
    for (String mode : new String[] {"production", "development"}) {
      StartupChecks c = checks(mode, false, "production".equals(mode) ? MYSQL : "jdbc:h2:mem:x");
      c.dbPassword = Optional.empty();
      assertThatThrownBy(() -> c.check(null))
          .as(mode)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("PORTAL_DB_PASSWORD");
      c.dbPassword = Optional.of(" ");
      assertThatThrownBy(() -> c.check(null)).as(mode).hasMessageContaining("PORTAL_DB_PASSWORD");
    }
  }

  @Test
  void productionRefusesTheDevelopmentLogin() {
    assertThatThrownBy(() -> checks("production", true, MYSQL).check(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PORTAL_DEV_LOGIN_ENABLED");
  }

  @Test
  void productionRefusesTheEmbeddedDatabase() {
    assertThatThrownBy(() -> checks("production", false, "jdbc:h2:file:.data/x").check(null))
        .hasMessageContaining("PORTAL_DB_URL");
  }

  @Test
  void productionRefusesToStartWithoutTheKeysOfTheStudentData() {
    StartupChecks c = checks("production", false, MYSQL);
    c.cryptoSettings =
        name -> name.equals("portal.mode") ? Optional.of("production") : Optional.empty();
    assertThatThrownBy(() -> c.check(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PORTAL_CRYPTO_KEYS");
  }

  @Test
  void productionOnMysqlWithoutTheDevelopmentLoginStarts() {
    assertThatCode(() -> checks("production", false, MYSQL).check(null)).doesNotThrowAnyException();
    assertThatCode(() -> checks("development", true, "jdbc:h2:file:.data/x").check(null))
        .doesNotThrowAnyException();
  }

  /** The WAR fails closed: a deployment that sets nothing is production, without demo users. */
  @Test
  void thePackagedDefaultsAreProductionAndRefuseToStartOnTheEmbeddedDatabase() throws Exception {
    Properties defaults = new Properties();
    try (InputStream in =
        StartupChecksTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    assertThat(defaults.getProperty("portal.mode")).isEqualTo("production");
    assertThat(defaults.getProperty("portal.dev-login.enabled")).isEqualTo("false");
    assertThat(defaults.getProperty("portal.demo.enabled")).isEqualTo("false");
    assertThat(defaults.getProperty("portal.db.password"))
        .as("no default database password")
        .isNull();
    assertThat(defaults.getProperty("portal.db.allow-external-in-development", "false"))
        .isEqualTo("false");
    assertThatThrownBy(
            () ->
                checks(
                        defaults.getProperty("portal.mode"),
                        false,
                        defaults.getProperty("portal.db.url"))
                    .check(null))
        .isInstanceOf(IllegalStateException.class);
  }

  private static StartupChecks withIdentityProvider(String publicUrl, List<String> exposed) {
    StartupChecks c = checks("production", false, MYSQL);
    c.oidcIssuer = Optional.of("https://id.example/realms/regioportal");
    c.publicUrl = Optional.ofNullable(publicUrl);
    c.realm =
        new ImportedRealmCheck() {
          @Override
          public List<String> clientsWithPlaceholderSecrets() {
            return exposed;
          }
        };
    return c;
  }

  @Test
  void productionWithTheIdentityProviderRefusesToStartWithoutItsPublicAddress() {
    assertThatThrownBy(() -> withIdentityProvider(null, List.of()).check(null))
        .hasMessageContaining("PORTAL_PUBLIC_URL");
    assertThatCode(() -> withIdentityProvider("https://portal.example", List.of()).check(null))
        .doesNotThrowAnyException();
  }

  @Test
  void productionRefusesARealmImportedWithoutItsSecrets() {
    assertThatThrownBy(
            () ->
                withIdentityProvider(
                        "https://portal.example",
                        List.of("regioportal-provisioning (${REGIOPORTAL_PROVISIONING_SECRET})"))
                    .check(null))
        .hasMessageContaining("imported without its secrets")
        .hasMessageContaining("regioportal-provisioning");
    assertThatCode(() -> withIdentityProvider("https://portal.example", List.of()).check(null))
        .doesNotThrowAnyException();
  }

  /** Keycloak 26.7's answers to a refresh grant with a bogus token (seen at the real server). */
  @Test
  void theTokenEndpointsAnswerTellsWhetherThePlaceholderIsTheSecret() {
    assertThat(
            ImportedRealmCheck.authenticated(
                400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token\"}"))
        .isTrue();
    assertThat(
            ImportedRealmCheck.authenticated(
                401,
                "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}"))
        .isFalse();
    assertThat(ImportedRealmCheck.authenticated(503, "")).isFalse();
  }
}
