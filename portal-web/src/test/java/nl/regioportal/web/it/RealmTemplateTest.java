package nl.regioportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production realm template carries no secret of its own: every client secret is a placeholder
 * without a fallback (Keycloak 26 imports an unresolved {@code ${NAME}} literally, so a fallback or
 * a forgotten variable would be a secret anyone reading the repository knows); the demo partner
 * client lives in the development overlay only.
 */
class RealmTemplateTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern WITHOUT_FALLBACK = Pattern.compile("[A-Z][A-Z0-9_]*");

  @Test
  void everyClientSecretIsAPlaceholderWithoutAFallback() throws IOException {
    JsonObject template = KeycloakServer.read(KeycloakServer.TEMPLATE);
    List<String> secrets = new ArrayList<>();
    for (JsonValue client : template.getJsonArray("clients")) {
      JsonObject c = client.asJsonObject();
      if (!c.getBoolean("publicClient", false)) {
        secrets.add(c.getString("clientId") + "=" + c.getString("secret", "(none)"));
      }
    }
    assertThat(secrets)
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s).matches("[a-z-]+=\\$\\{[A-Z][A-Z0-9_]*}"));
  }

  @Test
  void noPlaceholderInTheTemplateHasAFallback() throws IOException {
    String template = KeycloakServer.read(KeycloakServer.TEMPLATE).toString();
    assertThat(placeholders(template)).allSatisfy(p -> assertThat(p).matches(WITHOUT_FALLBACK));
    assertThat(template).doesNotContain("dev-").doesNotContain("\"credentials\"");
  }

  @Test
  void theDemoPartnerIsInTheDevelopmentOverlayOnly() throws IOException {
    assertThat(clientIds(KeycloakServer.read(KeycloakServer.TEMPLATE)))
        .containsExactlyInAnyOrder("regioportal-portal", "regioportal-provisioning");
    assertThat(clientIds(KeycloakServer.read(KeycloakServer.DEVELOPMENT)))
        .containsExactly("regioportal-partner-demo");
    assertThat(clientIds(JsonValue.EMPTY_JSON_OBJECT)).isEmpty();
  }

  @Test
  void theDevelopmentOverlayGivesEveryPlaceholderAValueAndTheTestsGetThemAll() throws IOException {
    String template = KeycloakServer.read(KeycloakServer.TEMPLATE).toString();
    assertThat(KeycloakServer.developmentEnvironment().keySet())
        .containsExactlyInAnyOrderElementsOf(placeholders(template));
    JsonObject realm =
        KeycloakServer.merged(
            KeycloakServer.read(KeycloakServer.TEMPLATE),
            KeycloakServer.read(KeycloakServer.DEVELOPMENT),
            KeycloakServer.read(KeycloakServer.TEST_ADDITIONS));
    assertThat(clientIds(realm))
        .contains("regioportal-portal", "regioportal-partner-demo", "regioportal-test-cli");
  }

  private static Set<String> placeholders(String json) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(json);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static List<String> clientIds(JsonObject realm) {
    if (!realm.containsKey("clients")) {
      return List.of();
    }
    return realm.getJsonArray("clients").stream()
        .map(c -> c.asJsonObject().getString("clientId"))
        .toList();
  }
}
