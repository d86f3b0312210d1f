package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People and their accounts at the real Keycloak: invitations bind to an account (by id, only with
 * a verified e-mail address, never resetting its password), and a signed-in person's regions follow
 * Keycloak within the roles refresh ({@code portal.session.roles-refresh}, a few seconds here).
 */
@ExtendWith({KeycloakServer.class, SharedPortal.class})
class IdentityIT {

  @SharedPortal.Base URL base;

  Http coordinator;
  Http keycloakAdmin;

  @BeforeEach
  void clients() throws Exception {
    coordinator = Http.api(base.toURI(), "coordinator", "demo");
    keycloakAdmin = TestAccounts.keycloakAdmin();
  }

  @Test
  void anAccountWhoseEmailIsNotVerifiedIsNotLinkedAndNothingChanges() {
    String email = "onbevestigd-" + UUID.randomUUID() + "@example.org";
    String id = createAccount("onbevestigd-" + UUID.randomUUID(), email, false, List.of());

    HttpResponse<String> refused =
        coordinator.postJson(
            "/api/v1/regions/29/invitations",
            "{\"email\":\"" + email + "\",\"role\":\"school-staff\"}");
    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject problem = json(refused.body());
    assertEquals("/problems/invalid-input", problem.getString("type"));
    assertTrue(problem.getString("detail").contains("niet bevestigd"), refused.body());
    assertEquals("[]", keycloakAdmin.get("users/" + id + "/groups").body(), "no group added");
    assertEquals(List.of(), PortalDatabase.memberships(email), "no membership recorded");

    Http browser = Http.browser(URI.create(base.toString()));
    browser.signIn("coordinator", "demo", "/r/29/invitations");
    HttpResponse<String> form = browser.get("/r/29/invitations");
    HttpResponse<String> page =
        browser.submit(
            "/r/29/invitations",
            form.body(),
            Map.of(
                "invite", "invite",
                "invite:email", email,
                "invite:role_input", "care-worker",
                "invite:send", ""));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("niet bevestigd"), page.body());
    assertEquals("[]", keycloakAdmin.get("users/" + id + "/groups").body(), "still no group");
  }

  @Test
  void anExistingVerifiedAccountIsLinkedByItsOwnNameAndKeepsItsPassword() {
    String username = "bestaand-" + UUID.randomUUID();
    String email = username + "@example.org";
    String id = createAccount(username, email, true, List.of("CONFIGURE_TOTP"));
    String credentialsBefore = keycloakAdmin.get("users/" + id + "/credentials").body();

    HttpResponse<String> linked =
        coordinator.postJson(
            "/api/v1/regions/29/invitations",
            "{\"email\":\""
                + email.toUpperCase(java.util.Locale.ROOT)
                + "\",\"role\":\"school-staff\"}");
    assertEquals(200, linked.statusCode(), linked.body());
    JsonObject invitation = json(linked.body());
    assertFalse(invitation.getBoolean("created"));
    assertTrue(
        !invitation.containsKey("temporaryPassword") || invitation.isNull("temporaryPassword"),
        "no password set for an existing account: " + linked.body());
    assertEquals(
        credentialsBefore,
        keycloakAdmin.get("users/" + id + "/credentials").body(),
        "the account's password is untouched");
    assertTrue(
        keycloakAdmin.get("users/" + id + "/groups").body().contains("/regions/29/school-staff"));
    assertEquals(
        List.of("29 school-staff null"),
        PortalDatabase.memberships(username),
        "the membership is recorded under the account's own user name (what it signs in as)");
  }

  @Test
  void aPersonRemovedFromTheRegionGroupInKeycloakLosesTheRegionWhileSignedIn() {
    String username = "verwijderd-" + UUID.randomUUID();
    String email = username + "@example.org";
    String id = createAccount(username, email, true, List.of());
    // invited through the portal, so the portal's own table holds the membership too
    HttpResponse<String> invited =
        coordinator.postJson(
            "/api/v1/regions/29/invitations",
            "{\"email\":\"" + email + "\",\"role\":\"school-staff\"}");
    assertEquals(200, invited.statusCode(), invited.body());

    Http browser = Http.browser(URI.create(base.toString()));
    signInThroughKeycloak(browser, username, "Wachtwoord-" + username, "/r/29/");
    assertEquals(200, browser.get("/r/29/").statusCode(), "a member of 29 while in the group");

    String group =
        json(keycloakAdmin.get("group-by-path/regions/29/school-staff").body()).getString("id");
    assertEquals(
        204,
        keycloakAdmin.delete("users/" + id + "/groups/" + group).statusCode(),
        "removed from the group at Keycloak");

    Awaitility.await("the region refused after the roles refresh")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> browser.get("/r/29/").statusCode() == 403);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A Keycloak account made by the realm's administrator (not by the portal). */
  private String createAccount(
      String username, String email, boolean verified, List<String> requiredActions) {
    return TestAccounts.keycloakAccount(
        keycloakAdmin,
        username,
        email,
        verified,
        "Persoon",
        "Wachtwoord-" + username,
        requiredActions);
  }

  /** The authorization-code flow as a browser goes through it, up to the portal's callback. */
  private static void signInThroughKeycloak(
      Http browser, String username, String password, String next) {
    HttpResponse<String> start = browser.get("/oidc/sign-in?next=" + next);
    assertEquals(302, start.statusCode(), start.body());
    HttpResponse<String> loginForm =
        browser.getUrl(start.headers().firstValue("Location").orElseThrow());
    Matcher action =
        Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
            .matcher(loginForm.body());
    assertTrue(action.find(), "Keycloak's login form: " + loginForm.body());
    HttpResponse<String> credentials =
        browser.postFormUrl(
            action.group(1).replace("&amp;", "&"),
            Map.of("username", username, "password", password, "credentialId", ""));
    assertEquals(302, credentials.statusCode(), credentials.body());
    HttpResponse<String> back =
        browser.getUrl(credentials.headers().firstValue("Location").orElseThrow());
    if (back.statusCode() == 200 && KeycloakLogin.has(back, "kc-totp-settings-form")) {
      // a role that sees student data sets up an authenticator app first (issue 13)
      HttpResponse<String> page = KeycloakLogin.enrol(browser, back.uri(), back).page();
      assertTrue(page.uri().toString().endsWith(next), "signed in: " + page.uri());
      return;
    }
    assertEquals(302, back.statusCode(), back.body());
    assertTrue(back.headers().firstValue("Location").orElse("").endsWith(next), "signed in");
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
