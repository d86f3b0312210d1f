package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Strong sign-in wherever student data is seen (issue 13), against the real Keycloak and its
 * step-up flow (realm template): a person of a school signs in with a password, sets up an
 * authenticator app as Keycloak requires of a role that sees student data, is refused a referral
 * and sent to step up, then confirms with a code computed here from the enrolled secret and sees
 * the student. Pages without student data keep working with the password alone; the API answers a
 * password-only token with RFC 9470's challenge.
 */
@ExtendWith({KeycloakServer.class, SharedPortal.class})
class StrongSignInIT {

  private static final String REFERRALS = "/api/v1/regions/29/referrals";

  @SharedPortal.Base URL base;

  Http coordinator;
  Http school;
  Http keycloakAdmin;
  URI portal;

  @BeforeEach
  void clients() throws Exception {
    portal = base.toURI();
    coordinator = Http.api(portal, "coordinator", "demo");
    school = Http.api(portal, "school", "demo");
    keycloakAdmin = TestAccounts.keycloakAdmin();
  }

  @Test
  void aPasswordAloneIsSentToStepUpAndAnAuthenticatorCodeShowsTheStudent() {
    KeycloakLogin.selfCheck();
    long roc = organisation("ROC Maasstad");
    long wijkteam = organisation("Wijkteam Feijenoord");
    // a referral of ROC Maasstad (the development login counts as two-factor)
    HttpResponse<String> created = school.postJson(REFERRALS, referral(wijkteam));
    assertEquals(201, created.statusCode(), created.body());
    long id = json(created.body()).getJsonNumber("id").longValue();

    // a colleague at ROC Maasstad with a Keycloak account, invited into the region
    String username = "tweede-factor-" + UUID.randomUUID();
    String email = username + "@example.org";
    String password = "Een-lang-wachtwoord-" + username.substring(14, 22);
    String account = createAccount(username, email, password);
    HttpResponse<String> invited =
        coordinator.postJson(
            "/api/v1/regions/29/invitations",
            "{\"email\":\""
                + email
                + "\",\"role\":\"school-staff\",\"organisationId\":"
                + roc
                + "}");
    assertEquals(200, invited.statusCode(), invited.body());
    assertTrue(
        keycloakAdmin.get("users/" + account).body().contains("CONFIGURE_TOTP"),
        "a role that sees student data sets up a second factor at the next sign-in");

    // 1. the password, then Keycloak's set-up of the authenticator app (a required action)
    Http browser = Http.browser(portal);
    HttpResponse<String> login =
        KeycloakLogin.follow(browser, portal, browser.get("/oidc/sign-in?next=/r/29/"));
    HttpResponse<String> setup = KeycloakLogin.password(browser, portal, login, username, password);
    assertTrue(KeycloakLogin.has(setup, "kc-totp-settings-form"), "set-up: " + setup.body());
    KeycloakLogin.Enrolled enrolled = KeycloakLogin.enrol(browser, portal, setup);
    assertEquals(200, enrolled.page().statusCode(), enrolled.page().body());
    assertTrue(enrolled.page().uri().getPath().endsWith("/r/29/"), "" + enrolled.page().uri());
    assertTrue(
        keycloakAdmin.get("users/" + account + "/credentials").body().contains("\"otp\""),
        "the authenticator app is enrolled at Keycloak");

    // 2. that sign-in reached the password level only: no student data, sent to step up
    HttpResponse<String> refused = browser.get("/r/29/referrals/" + id);
    assertEquals(302, refused.statusCode(), refused.body());
    String stepUp = refused.headers().firstValue("Location").orElseThrow();
    assertTrue(
        stepUp.endsWith(
            "/oidc/sign-in?stepUp=true&next="
                + URLEncoder.encode("/r/29/referrals/" + id, StandardCharsets.UTF_8)),
        stepUp);
    assertEquals(302, browser.get("/r/29/referrals").statusCode(), "the list shows names too");
    // pages without student data keep working with the password alone
    assertEquals(200, browser.get("/r/29/").statusCode());
    assertEquals(200, browser.get("/r/29/directory").statusCode());

    // 3. the step-up: Keycloak asks only for the code (the password is still good)
    HttpResponse<String> toKeycloak = browser.getUrl(refused.uri().resolve(stepUp).toString());
    assertEquals(302, toKeycloak.statusCode());
    assertTrue(
        toKeycloak.headers().firstValue("Location").orElseThrow().contains("acr_values=mfa"),
        "the portal asks for the second factor's level");
    HttpResponse<String> codePage = KeycloakLogin.follow(browser, portal, toKeycloak);
    assertTrue(KeycloakLogin.has(codePage, "kc-otp-login-form"), "code form: " + codePage.body());
    assertFalse(KeycloakLogin.has(codePage, "kc-form-login"), "no second password");

    // a wrong code is refused at Keycloak, and the referral stays hidden
    String good = KeycloakLogin.code(enrolled.secret(), Instant.now(), 1);
    String wrong = good.equals("000000") ? "111111" : "000000";
    HttpResponse<String> again = KeycloakLogin.oneTimeCode(browser, portal, codePage, wrong);
    assertTrue(KeycloakLogin.has(again, "kc-otp-login-form"), "asked again: " + again.body());
    assertEquals(302, browser.get("/r/29/referrals/" + id).statusCode());

    HttpResponse<String> shown = KeycloakLogin.oneTimeCode(browser, portal, again, good);
    assertEquals(200, shown.statusCode(), shown.body());
    assertTrue(
        shown.uri().getPath().endsWith("/r/29/referrals/" + id),
        "back on the page wanted: " + shown.uri());
    assertTrue(shown.body().contains("Testa"), "the student's name is shown");
    assertEquals(200, browser.get("/r/29/referrals").statusCode());
  }

  @Test
  void theApiAnswersAPasswordOnlyTokenWithTheStepUpChallenge() {
    long wijkteam = organisation("Wijkteam Feijenoord");
    long id =
        json(school.postJson(REFERRALS, referral(wijkteam)).body()).getJsonNumber("id").longValue();
    Http person =
        Http.bearer(
            portal,
            KeycloakServer.passwordToken(
                "regioportal-test-cli", "kc-school", "test-school-wachtwoord"));
    for (String path : new String[] {REFERRALS + "/" + id, REFERRALS + "?role=sent"}) {
      HttpResponse<String> r = person.get(path);
      assertEquals(401, r.statusCode(), path + ": " + r.body());
      assertTrue(r.body().contains("step-up-required"), r.body());
      String challenge = r.headers().firstValue("WWW-Authenticate").orElse("");
      assertTrue(challenge.contains("error=\"insufficient_user_authentication\""), challenge);
      assertTrue(challenge.contains("acr_values=\"mfa\""), challenge);
    }
    // nothing of the student without a second factor, and what needs none still answers
    assertEquals(200, person.get("/api/v1/me").statusCode());
    assertEquals(200, person.get("/api/v1/regions/29/services?q=schulden").statusCode());
  }

  @Test
  void aPasswordThatBreaksThePolicyIsRefusedAtKeycloak() {
    String username = "beleid-" + UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@example.org";
    String first = "Een-goed-wachtwoord-2026";
    String account = createAccount(username, email, first);
    String reset = "users/" + account + "/reset-password";
    for (String bad : new String[] {"Kort-2026", username, email, first}) {
      HttpResponse<String> r =
          keycloakAdmin.putJson(
              reset, "{\"type\":\"password\",\"value\":\"" + bad + "\",\"temporary\":false}");
      assertEquals(400, r.statusCode(), "refused: " + bad + " " + r.body());
    }
    HttpResponse<String> good =
        keycloakAdmin.putJson(
            reset,
            "{\"type\":\"password\",\"value\":\"Nog-een-goed-wachtwoord\",\"temporary\":false}");
    assertEquals(204, good.statusCode(), good.body());
  }

  @Test
  void theDevelopmentLoginSaysPlainlyThatItCountsAsTwoFactor() {
    HttpResponse<String> page = Http.anonymous(portal).get("/login.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"devSecondFactor\""), page.body());
    assertTrue(page.body().contains("tweede factor"), "in Dutch first");
    // and so the demo school sees its referral at once
    long wijkteam = organisation("Wijkteam Feijenoord");
    long id =
        json(school.postJson(REFERRALS, referral(wijkteam)).body()).getJsonNumber("id").longValue();
    assertEquals(200, school.get(REFERRALS + "/" + id).statusCode());
  }

  // --- helpers --------------------------------------------------------------------------------

  private String createAccount(String username, String email, String password) {
    return TestAccounts.keycloakAccount(
        keycloakAdmin, username, email, true, "Tweedefactor", password, List.of());
  }

  private long organisation(String name) {
    return TestAccounts.organisation(coordinator, name);
  }

  private static String referral(long receiver) {
    LocalDate birth = LocalDate.now().minusYears(17).minusMonths(6);
    return "{\"receiverOrganisationId\":"
        + receiver
        + ",\"student\":{\"givenName\":\"Testa\",\"familyName\":\"Tweedefactor\",\"birthDate\":\""
        + birth
        + "\",\"municipality\":\"GM0599\",\"phone\":\"0612345678\",\"preferredChannel\":\"PHONE\"},"
        + "\"reason\":{\"domains\":[\"income_debt\"],\"issues\":[\"debt\"],\"text\":\"Schulden\"},"
        + "\"urgency\":\"REGULAR\",\"asked\":\"Een gesprek\",\"threeWayConversation\":false,"
        + "\"consent\":{\"givenBy\":\"STUDENT\",\"categories\":[\"IDENTITY\",\"RESIDENCE\",\"REASON\"],"
        + "\"purpose\":\"Hulp bij schulden\",\"validUntil\":\""
        + LocalDate.now().plusMonths(6)
        + "\",\"obtained\":\"IN_PERSON\"}}";
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
