package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

/** Accounts and organisations the integration tests make or look up through the real APIs. */
final class TestAccounts {

  private TestAccounts() {}

  /**
   * Keycloak's admin API of the realm, as the portal's provisioning client (the development
   * overlay's secret); waits for Keycloak first.
   */
  static Http keycloakAdmin() {
    KeycloakServer.awaitReady();
    return Http.bearer(
        URI.create(KeycloakServer.ISSUER.replace("/realms/", "/admin/realms/") + "/"),
        KeycloakServer.clientCredentialsToken(
            "regioportal-provisioning", "dev-provisioning-secret"));
  }

  /**
   * A Keycloak account made by the realm's administrator (not by the portal), through Keycloak's
   * admin API ({@code admin}: an {@link Http} on {@code /admin/realms/regioportal/}); its id.
   */
  static String keycloakAccount(
      Http admin,
      String username,
      String email,
      boolean verified,
      String lastName,
      String password,
      List<String> requiredActions) {
    String user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("email", email)
            .add("emailVerified", verified)
            .add("enabled", true)
            .add("firstName", "Test")
            .add("lastName", lastName)
            .add("requiredActions", Json.createArrayBuilder(requiredActions))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", false)))
            .build()
            .toString();
    HttpResponse<String> created = admin.postJson("users", user);
    assertEquals(201, created.statusCode(), created.body());
    JsonArray found =
        Json.createReader(
                new StringReader(admin.get("users?exact=true&username=" + username).body()))
            .readArray();
    return found.getJsonObject(0).getString("id");
  }

  /** The id of region 29's first organisation whose name starts with {@code name}. */
  static long organisation(Http coordinator, String name) {
    HttpResponse<String> page = coordinator.get("/api/v1/regions/29/organisations?limit=100");
    assertEquals(200, page.statusCode(), page.body());
    JsonArray items =
        Json.createReader(new StringReader(page.body())).readObject().getJsonArray("items");
    return items.stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("name").startsWith(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organisation " + name + " in " + items))
        .getJsonNumber("id")
        .longValue();
  }
}
