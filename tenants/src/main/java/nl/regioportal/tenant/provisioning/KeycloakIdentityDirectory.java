package nl.regioportal.tenant.provisioning;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API, as the portal's provisioning service account (client credentials of
 * {@code portal.keycloak.admin-client-id}, with realm-management rights in the realm template).
 * Plain HTTP and JSON-P: the Keycloak admin client library brings its own JAX-RS client, which
 * clashes with the one Payara provides (ADR 0007).
 */
@ApplicationScoped
public class KeycloakIdentityDirectory implements IdentityDirectory {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(KeycloakIdentityDirectory.class.getName());

  static final List<PortalRole> REGION_ROLES =
      List.of(
          PortalRole.RMC_COORDINATOR,
          PortalRole.POLICY_OFFICER,
          PortalRole.SCHOOL_STAFF,
          PortalRole.CARE_WORKER);

  @Inject
  @ConfigProperty(name = "portal.oidc.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(
      name = "portal.keycloak.admin-client-id",
      defaultValue = "regioportal-provisioning")
  String clientId;

  @Inject
  @ConfigProperty(name = "portal.keycloak.admin-client-secret")
  Optional<String> clientSecret;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private String adminBase;

  @PostConstruct
  void init() {
    // https://id.example/realms/regioportal -> https://id.example/admin/realms/regioportal
    adminBase = issuer.map(i -> i.replaceFirst("/realms/", "/admin/realms/")).orElse("");
  }

  @Override
  public boolean isConfigured() {
    return issuer.isPresent() && clientSecret.isPresent();
  }

  @Override
  public List<String> ensureRegionGroups(RegionCode region) {
    String token = token();
    List<String> created = new ArrayList<>();
    String regions = topGroup(token, "regions", created);
    String regionGroup = childGroup(token, regions, region.value(), "/regions/" + region, created);
    for (PortalRole role : REGION_ROLES) {
      String path = "/regions/" + region + "/" + role.externalName();
      String group = childGroup(token, regionGroup, role.externalName(), path, created);
      JsonObject realmRole = get(token, "/roles/" + enc(role.externalName())).asJsonObject();
      send(
          token,
          "POST",
          "/groups/" + group + "/role-mappings/realm",
          Json.createArrayBuilder().add(realmRole).build().toString());
    }
    return created;
  }

  @Override
  public Optional<Account> findByEmail(String email) {
    String token = token();
    List<Account> found = new ArrayList<>();
    for (JsonValue u : get(token, "/users?exact=true&email=" + enc(email)).asJsonArray()) {
      JsonObject user = u.asJsonObject();
      if (email.equalsIgnoreCase(user.getString("email", ""))) {
        found.add(
            new Account(
                user.getString("id"),
                user.getString("username"),
                user.getBoolean("emailVerified", false)));
      }
    }
    if (found.size() > 1) {
      throw new ProvisioningException("More than one account has the e-mail address " + email);
    }
    return found.stream().findFirst();
  }

  @Override
  public Account create(String email) {
    String token = token();
    String user =
        Json.createObjectBuilder()
            .add("username", email)
            .add("email", email)
            .add("emailVerified", true)
            .add("enabled", true)
            .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
            .build()
            .toString();
    String id = idOf(send(token, "POST", "/users", user));
    JsonObject created = get(token, "/users/" + enc(id)).asJsonObject();
    return new Account(id, created.getString("username"), true);
  }

  @Override
  public void addToRegionGroup(String accountId, RegionCode region, PortalRole role) {
    ensureRegionGroups(region);
    String token = token();
    String group =
        get(token, "/group-by-path/regions/" + region + "/" + role.externalName())
            .asJsonObject()
            .getString("id");
    send(token, "PUT", "/users/" + enc(accountId) + "/groups/" + group, "");
    if (role.seesStudentData()) {
      requireSecondFactorSetup(token, accountId);
    }
  }

  /**
   * A role that sees student data: the account sets up an authenticator app at its next sign-in
   * (Keycloak's required action {@code CONFIGURE_TOTP}), unless it has one already. The realm's
   * step-up flow asks for it again whenever a page with student data is opened.
   */
  private void requireSecondFactorSetup(String token, String accountId) {
    boolean hasOtp =
        get(token, "/users/" + enc(accountId) + "/credentials").asJsonArray().stream()
            .anyMatch(c -> "otp".equals(c.asJsonObject().getString("type", "")));
    JsonObject user = get(token, "/users/" + enc(accountId)).asJsonObject();
    var actions = Json.createArrayBuilder();
    boolean present = false;
    for (JsonValue a :
        user.getJsonArray("requiredActions") == null
            ? Json.createArrayBuilder().build()
            : user.getJsonArray("requiredActions")) {
      String action = ((jakarta.json.JsonString) a).getString();
      present |= action.equals("CONFIGURE_TOTP");
      actions.add(action);
    }
    if (hasOtp || present) {
      return;
    }
    actions.add("CONFIGURE_TOTP");
    send(
        token,
        "PUT",
        "/users/" + enc(accountId),
        Json.createObjectBuilder().add("requiredActions", actions).build().toString());
  }

  @Override
  public boolean sendSetupEmail(String accountId) {
    String token = token();
    HttpResponse<String> r =
        exchange(
            HttpRequest.newBuilder(
                    URI.create(
                        adminBase
                            + "/users/"
                            + enc(accountId)
                            + "/execute-actions-email?lifespan=604800"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("[\"UPDATE_PASSWORD\"]")));
    if (r.statusCode() / 100 != 2) {
      LOG.info(
          () ->
              "The identity provider sent no set-up e-mail to account "
                  + accountId
                  + " (HTTP "
                  + r.statusCode()
                  + ": "
                  + r.body()
                  + ")");
      return false;
    }
    return true;
  }

  @Override
  public String setTemporaryPassword(String accountId) {
    String token = token();
    byte[] bytes = new byte[12];
    new java.security.SecureRandom().nextBytes(bytes);
    String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    send(
        token,
        "PUT",
        "/users/" + enc(accountId) + "/reset-password",
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", true)
            .build()
            .toString());
    return password;
  }

  private String topGroup(String token, String name, List<String> created) {
    JsonArray found =
        get(token, "/groups?exact=true&briefRepresentation=true&search=" + enc(name)).asJsonArray();
    for (JsonValue g : found) {
      if (g.asJsonObject().getString("name").equals(name)) {
        return g.asJsonObject().getString("id");
      }
    }
    created.add("/" + name);
    return idOf(
        send(
            token,
            "POST",
            "/groups",
            Json.createObjectBuilder().add("name", name).build().toString()));
  }

  private String childGroup(
      String token, String parent, String name, String path, List<String> created) {
    JsonArray children =
        get(token, "/groups/" + parent + "/children?briefRepresentation=true&first=0&max=1000")
            .asJsonArray();
    for (JsonValue g : children) {
      if (g.asJsonObject().getString("name").equals(name)) {
        return g.asJsonObject().getString("id");
      }
    }
    created.add(path);
    return idOf(
        send(
            token,
            "POST",
            "/groups/" + parent + "/children",
            Json.createObjectBuilder().add("name", name).build().toString()));
  }

  private String token() {
    String form =
        "grant_type=client_credentials&client_id="
            + enc(clientId)
            + "&client_secret="
            + enc(clientSecret.orElseThrow());
    HttpResponse<String> r =
        exchange(
            HttpRequest.newBuilder(
                    URI.create(issuer.orElseThrow() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (r.statusCode() != 200) {
      throw new ProvisioningException(
          "The identity provider refused the portal's credentials (" + r.statusCode() + ")");
    }
    return Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
  }

  private JsonValue get(String token, String path) {
    HttpResponse<String> r =
        exchange(
            HttpRequest.newBuilder(URI.create(adminBase + path))
                .header("Authorization", "Bearer " + token)
                .GET());
    if (r.statusCode() != 200) {
      throw new ProvisioningException("GET " + path + " answered " + r.statusCode());
    }
    return Json.createReader(new StringReader(r.body())).readValue();
  }

  private HttpResponse<String> send(String token, String method, String path, String json) {
    HttpResponse<String> r =
        exchange(
            HttpRequest.newBuilder(URI.create(adminBase + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    if (r.statusCode() / 100 != 2) {
      throw new ProvisioningException(method + " " + path + " answered " + r.statusCode());
    }
    return r;
  }

  private static String idOf(HttpResponse<String> created) {
    String location =
        created
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new ProvisioningException("no Location"));
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private HttpResponse<String> exchange(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ProvisioningException("The identity provider is unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProvisioningException("Interrupted");
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
