package nl.regioportal.web.it;

import static nl.regioportal.web.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal over real HTTP in Payara Micro against MariaDB/MySQL: the REST API, the pages, the
 * reference-data import (upload and Camel drop folder), and what bad input gets back. Every
 * rejected request is checked to have changed nothing.
 */
@ExtendWith({KeycloakServer.class, SharedPortal.class})
class PortalHttpIT {

  @SharedPortal.Base URL base;

  Http coordinator;
  Http admin;
  Http school;

  @BeforeEach
  void clients() throws Exception {
    URI uri = base.toURI();
    coordinator = Http.api(uri, "coordinator", "demo");
    admin = Http.api(uri, "admin", "demo");
    school = Http.api(uri, "school", "demo");
  }

  // --- REST -----------------------------------------------------------------------------------

  @Test
  void theApiListsTheDemoRegionsOrganisations() {
    HttpResponse<String> r = coordinator.get("/api/v1/regions/29/organisations?limit=100");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject page = json(r);
    assertTrue(page.getInt("total") >= 5, r.body());
    assertTrue(r.body().contains("Gemeente Rotterdam"), r.body());
  }

  @Test
  void anUnknownRegionIsNotFound() {
    HttpResponse<String> r = coordinator.get("/api/v1/regions/77/organisations");
    assertProblem(r, 404, "/problems/unknown-region");
    HttpResponse<String> malformed = coordinator.get("/api/v1/regions/x9/organisations");
    assertProblem(malformed, 404, "/problems/unknown-region");
  }

  @Test
  void aRegionTheCallerIsNoMemberOfIsForbidden() {
    assertProblem(
        coordinator.get("/api/v1/regions/05/organisations"), 403, "/problems/not-a-member");
  }

  @Test
  void anonymousAndWrongPasswordAreUnauthorized() {
    URI uri = URI.create(base.toString());
    assertProblem(
        Http.anonymous(uri).get("/api/v1/regions/29/organisations"),
        401,
        "/problems/unauthenticated");
    assertProblem(
        Http.api(uri, "coordinator", "wrong").get("/api/v1/regions/29/organisations"),
        401,
        "/problems/unauthenticated");
  }

  @Test
  void invalidIdentifiersAreRejectedWithAProblemAndChangeNothing() {
    int before = total("29");
    HttpResponse<String> brin =
        coordinator.postJson(
            "/api/v1/regions/29/organisations",
            "{\"type\":\"SCHOOL\",\"name\":\"Fout\",\"brin\":\"1234\"}");
    assertProblem(brin, 400, "/problems/invalid-input");
    assertEquals("brin", json(brin).getJsonArray("errors").getJsonObject(0).getString("field"));

    HttpResponse<String> cbs =
        coordinator.postJson(
            "/api/v1/regions/29/organisations",
            "{\"type\":\"MUNICIPALITY\",\"name\":\"Fout\",\"cbsCode\":\"0599\"}");
    assertProblem(cbs, 400, "/problems/invalid-input");
    HttpResponse<String> kvk =
        coordinator.postJson(
            "/api/v1/regions/29/organisations",
            "{\"type\":\"CARE_PARTNER\",\"name\":\"Fout\",\"kvkNumber\":\"12AB\"}");
    assertProblem(kvk, 400, "/problems/invalid-input");
    HttpResponse<String> type =
        coordinator.postJson(
            "/api/v1/regions/29/organisations", "{\"type\":\"BAKERY\",\"name\":\"Fout\"}");
    assertProblem(type, 400, "/problems/invalid-input");
    HttpResponse<String> malformed =
        coordinator.postJson("/api/v1/regions/29/organisations", "{\"type\":");
    assertProblem(malformed, 400, "/problems/malformed-body");

    assertEquals(before, total("29"));
  }

  @Test
  void problemsSpeakDutchByDefaultAndEnglishOnRequest() {
    String body = "{\"type\":\"SCHOOL\",\"name\":\"Fout\",\"brin\":\"1234\"}";
    HttpResponse<String> dutch = coordinator.postJson("/api/v1/regions/29/organisations", body);
    assertTrue(json(dutch).getString("detail").contains("geen geldige BRIN-code"), dutch.body());
    HttpResponse<String> english =
        Http.api(URI.create(base.toString()), "coordinator", "demo")
            .send("/api/v1/regions/29/organisations", body, "en");
    assertTrue(json(english).getString("detail").contains("not a valid BRIN code"), english.body());
  }

  @Test
  void aDuplicateOrganisationIsAConflictAndChangesNothing() {
    String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
    String body =
        "{\"type\":\"CARE_PARTNER\",\"name\":\"Jongerenwerk "
            + kvk
            + "\",\"kvkNumber\":\""
            + kvk
            + "\"}";
    assertEquals(201, coordinator.postJson("/api/v1/regions/29/organisations", body).statusCode());
    int before = total("29");
    String sameKvk =
        "{\"type\":\"CARE_PARTNER\",\"name\":\"Andere naam "
            + kvk
            + "\",\"kvkNumber\":\""
            + kvk
            + "\"}";
    assertProblem(
        coordinator.postJson("/api/v1/regions/29/organisations", sameKvk),
        409,
        "/problems/duplicate");
    assertProblem(
        coordinator.postJson("/api/v1/regions/29/organisations", body), 409, "/problems/duplicate");
    assertEquals(before, total("29"));
  }

  @Test
  void aNameOfTheSameTypeIsRefusedHoweverItIsSpacedOrCasedOnCreateAndRename() {
    String name = "Jeugdhulp Zuid " + UUID.randomUUID();
    HttpResponse<String> created =
        coordinator.postJson(
            "/api/v1/regions/29/organisations", "{\"type\":\"OTHER\",\"name\":\"" + name + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    int before = total("29");
    for (String same :
        List.of(
            "  " + name.toUpperCase(java.util.Locale.ROOT) + " ",
            name.replace(" ", "   "),
            name.replace(" ", "\\u00a0"), // a non-breaking space, as pasted from a document
            name.replace(" ", "\\t"))) {
      HttpResponse<String> r =
          coordinator.postJson(
              "/api/v1/regions/29/organisations", "{\"type\":\"OTHER\",\"name\":\"" + same + "\"}");
      assertProblem(r, 409, "/problems/duplicate");
      assertEquals("name", json(r).getString("field"), r.body());
      assertTrue(json(r).getString("detail").contains(name), r.body());
    }
    assertEquals(before, total("29"), "nothing was stored");

    HttpResponse<String> otherType =
        coordinator.postJson(
            "/api/v1/regions/29/organisations",
            "{\"type\":\"CARE_PARTNER\",\"name\":\""
                + name
                + "\",\"kvkNumber\":\""
                + (10_000_000 + (int) (Math.random() * 89_999_999))
                + "\"}");
    assertEquals(
        201, otherType.statusCode(), "another type may have the name: " + otherType.body());
    long other = json(otherType).getJsonNumber("id").longValue();
    HttpResponse<String> renamed =
        coordinator.putJson(
            "/api/v1/regions/29/organisations/" + other,
            "{\"type\":\"OTHER\",\"name\":\""
                + name.toLowerCase(java.util.Locale.ROOT)
                + "\",\"version\":1}");
    assertProblem(renamed, 409, "/problems/duplicate");
    assertEquals("name", json(renamed).getString("field"));
    JsonObject kept = json(coordinator.get("/api/v1/regions/29/organisations/" + other));
    assertEquals("CARE_PARTNER", kept.getString("type"), "the rename changed nothing");
    assertEquals(1, kept.getInt("version"));
  }

  @Test
  void ofTwoCreatesOfOneNameAtTheSameMomentOneIsStoredAndTheOtherIsADuplicate() throws Exception {
    String name = "Gelijktijdig " + UUID.randomUUID();
    String body = "{\"type\":\"OTHER\",\"name\":\"" + name + "\"}";
    int parallel = 6;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(parallel);
    try {
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(parallel);
      List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        Http caller = Http.api(base.toURI(), "coordinator", "demo");
        caller.get("/api/v1/me"); // connected and authenticated before the race
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return caller.postJson("/api/v1/regions/29/organisations", body);
                }));
      }
      int stored = 0;
      for (var f : sent) {
        HttpResponse<String> r = f.get(2, java.util.concurrent.TimeUnit.MINUTES);
        if (r.statusCode() == 201) {
          stored++;
        } else {
          assertProblem(r, 409, "/problems/duplicate");
        }
      }
      assertEquals(1, stored, "exactly one of the creates is stored");
    } finally {
      pool.shutdownNow();
    }
    JsonObject found =
        json(
            coordinator.get(
                "/api/v1/regions/29/organisations?includeInactive=true&q="
                    + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)));
    assertEquals(1, found.getInt("total"), found.toString());
  }

  @Test
  void anotherRegionsIdAnswersExactlyLikeAMissingOne() {
    HttpResponse<String> created =
        coordinator.postJson(
            "/api/v1/regions/36/organisations",
            "{\"type\":\"OTHER\",\"name\":\"Brabants " + UUID.randomUUID() + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    long id = json(created).getJsonNumber("id").longValue();

    HttpResponse<String> other = coordinator.get("/api/v1/regions/29/organisations/" + id);
    HttpResponse<String> missing = coordinator.get("/api/v1/regions/29/organisations/999999999");
    assertProblem(other, 404, "/problems/not-found");
    assertProblem(missing, 404, "/problems/not-found");
    assertEquals(json(missing).getString("detail"), json(other).getString("detail"));
    assertEquals(
        404,
        coordinator
            .post("/api/v1/regions/29/organisations/" + id + "/deactivate", "application/json", "")
            .statusCode());
    assertTrue(
        json(coordinator.get("/api/v1/regions/36/organisations/" + id)).getBoolean("active"));
  }

  @Test
  void onlyCoordinatorsChangeOrganisationsAndEditsOfStaleCopiesAreRefused() {
    HttpResponse<String> created =
        coordinator.postJson(
            "/api/v1/regions/29/organisations",
            "{\"type\":\"OTHER\",\"name\":\"Woningcorporatie " + UUID.randomUUID() + "\"}");
    long id = json(created).getJsonNumber("id").longValue();
    assertProblem(
        school.post(
            "/api/v1/regions/29/organisations/" + id + "/deactivate", "application/json", ""),
        403,
        "/problems/forbidden");

    String renamed = "{\"type\":\"OTHER\",\"name\":\"Hernoemd " + id + "\",\"version\":1}";
    HttpResponse<String> put =
        coordinator.putJson("/api/v1/regions/29/organisations/" + id, renamed);
    assertEquals(200, put.statusCode(), put.body());
    assertProblem(
        coordinator.putJson("/api/v1/regions/29/organisations/" + id, renamed),
        409,
        "/problems/conflict");

    HttpResponse<String> off =
        coordinator.post(
            "/api/v1/regions/29/organisations/" + id + "/deactivate", "application/json", "");
    assertFalse(json(off).getBoolean("active"));
  }

  // --- bearer tokens from a real Keycloak -----------------------------------------------------

  @Test
  void aPartnerSystemCallsTheApiWithAClientCredentialsTokenWithinItsRegion() {
    URI uri = URI.create(base.toString());
    Http partner =
        Http.bearer(
            uri,
            KeycloakServer.clientCredentialsToken(
                "regioportal-partner-demo", "dev-partner-secret"));
    HttpResponse<String> list = partner.get("/api/v1/regions/29/organisations");
    assertEquals(200, list.statusCode(), list.body());
    long wijkteam =
        json(list).getJsonArray("items").stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(o -> o.getString("name").startsWith("Wijkteam Feijenoord"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    JsonObject me = json(partner.get("/api/v1/me"));
    JsonObject membership = me.getJsonArray("memberships").getJsonObject(0);
    assertEquals("29", membership.getString("region"));
    assertEquals("care-worker", membership.getString("role"));
    assertEquals(
        wijkteam,
        membership.getJsonNumber("organisationId").longValue(),
        "the token is bound to the care partner it was issued for (KvK 90000001)");
    assertProblem(partner.get("/api/v1/regions/36/organisations"), 403, "/problems/not-a-member");
    int before = total("29");
    assertProblem(
        partner.postJson(
            "/api/v1/regions/29/organisations", "{\"type\":\"OTHER\",\"name\":\"Door partner\"}"),
        403,
        "/problems/forbidden");
    assertEquals(before, total("29"));
  }

  @Test
  void aPersonsTokenCarriesTheirRegionsAndRoles() {
    URI uri = URI.create(base.toString());
    Http coordinatorToken =
        Http.bearer(
            uri,
            KeycloakServer.passwordToken(
                "regioportal-test-cli", "kc-coordinator", "test-coordinator-wachtwoord"));
    assertEquals(200, coordinatorToken.get("/api/v1/regions/29/organisations").statusCode());
    assertEquals(200, coordinatorToken.get("/api/v1/regions/36/organisations").statusCode());
    assertProblem(
        coordinatorToken.get("/api/v1/regions/05/organisations"), 403, "/problems/not-a-member");
    HttpResponse<String> created =
        coordinatorToken.postJson(
            "/api/v1/regions/36/organisations",
            "{\"type\":\"OTHER\",\"name\":\"Via Keycloak " + UUID.randomUUID() + "\"}");
    assertEquals(201, created.statusCode(), created.body());

    Http admin =
        Http.bearer(
            uri,
            KeycloakServer.passwordToken(
                "regioportal-test-cli", "kc-admin", "test-admin-wachtwoord"));
    assertEquals(
        200,
        admin.get("/api/v1/regions/05/organisations").statusCode(),
        "a platform admin enters any region");
  }

  @Test
  void tamperedForeignAndExpiredTokensAreRefusedAndChangeNothing() {
    URI uri = URI.create(base.toString());
    String body = "{\"type\":\"OTHER\",\"name\":\"Met een vals token\"}";
    int before = total("29");
    String good =
        KeycloakServer.passwordToken(
            "regioportal-test-cli", "kc-coordinator", "test-coordinator-wachtwoord");
    String[] parts = good.split("\\.");
    String payload =
        new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("/regions/36/rmc-coordinator", "/regions/05/rmc-coordinator");
    String tampered =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertProblem(
        Http.bearer(uri, tampered).postJson("/api/v1/regions/29/organisations", body),
        401,
        "/problems/unauthenticated");
    assertProblem(
        Http.bearer(uri, tampered).get("/api/v1/regions/05/organisations"),
        401,
        "/problems/unauthenticated");

    String foreign =
        KeycloakServer.passwordToken(
            "other-application", "kc-coordinator", "test-coordinator-wachtwoord");
    assertProblem(
        Http.bearer(uri, foreign).postJson("/api/v1/regions/29/organisations", body),
        401,
        "/problems/unauthenticated");
    assertProblem(
        Http.bearer(uri, "not.a.token").get("/api/v1/regions/29/organisations"),
        401,
        "/problems/unauthenticated");

    String shortLived =
        KeycloakServer.passwordToken(
            "regioportal-test-shortlived", "kc-coordinator", "test-coordinator-wachtwoord");
    Http expiring = Http.bearer(uri, shortLived);
    Awaitility.await("token expiry")
        .atMost(Duration.ofSeconds(60))
        .until(() -> expiring.get("/api/v1/regions/29/organisations").statusCode() == 401);
    assertProblem(
        expiring.postJson("/api/v1/regions/29/organisations", body),
        401,
        "/problems/unauthenticated");

    assertEquals(before, total("29"), "no refused token changed anything");
  }

  @Test
  void aPersonSignsInThroughKeycloakLandsInTheirRegionAndSignsOutThereToo() {
    KeycloakServer.awaitReady();
    Http browser = Http.browser(URI.create(base.toString()));
    HttpResponse<String> protectedPage = browser.get("/r/29/");
    assertEquals(302, protectedPage.statusCode());

    HttpResponse<String> start = browser.get("/oidc/sign-in?next=/r/29/");
    assertEquals(302, start.statusCode(), start.body());
    String authorize = start.headers().firstValue("Location").orElseThrow();
    assertTrue(
        authorize.startsWith(KeycloakServer.ISSUER + "/protocol/openid-connect/auth"), authorize);
    assertTrue(authorize.contains("code_challenge_method=S256"), "PKCE");

    HttpResponse<String> loginForm = browser.getUrl(authorize);
    assertEquals(200, loginForm.statusCode(), loginForm.body());
    java.util.regex.Matcher action =
        java.util.regex.Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
            .matcher(loginForm.body());
    assertTrue(action.find(), "Keycloak's login form");
    HttpResponse<String> credentials =
        browser.postFormUrl(
            action.group(1).replace("&amp;", "&"),
            Map.of(
                "username",
                "kc-coordinator",
                "password",
                "test-coordinator-wachtwoord",
                "credentialId",
                ""));
    assertEquals(302, credentials.statusCode(), credentials.body());
    String callback = credentials.headers().firstValue("Location").orElseThrow();
    assertTrue(callback.contains("/oidc/callback?"), callback);

    HttpResponse<String> back = browser.getUrl(callback);
    assertEquals(302, back.statusCode(), back.body());
    assertTrue(back.headers().firstValue("Location").orElse("").endsWith("/r/29/"));

    HttpResponse<String> dashboard = browser.get("/r/29/");
    assertEquals(200, dashboard.statusCode());
    assertTrue(dashboard.body().contains("kc-coordinator"), "signed in as the Keycloak user");
    assertEquals(
        200, browser.get("/r/36/").statusCode(), "member of 36 through its Keycloak group");
    assertEquals(403, browser.get("/r/05/").statusCode());

    HttpResponse<String> signOut =
        browser.submit(
            "/r/29/", dashboard.body(), Map.of("topbar", "topbar", "topbar:signOut", ""));
    assertEquals(302, signOut.statusCode());
    assertTrue(
        signOut
            .headers()
            .firstValue("Location")
            .orElse("")
            .startsWith(KeycloakServer.ISSUER + "/protocol/openid-connect/logout"),
        "signs out at Keycloak too");
    assertEquals(302, browser.get("/r/29/").statusCode(), "signed out here");
  }

  @Test
  void provisioningARegionCreatesItsKeycloakGroupsOnceAndRecordsIt() throws Exception {
    KeycloakServer.awaitReady();
    assertProblem(
        coordinator.post("/api/v1/regions/29/provisioning", "application/json", ""),
        403,
        "/problems/forbidden");

    HttpResponse<String> first =
        admin.post("/api/v1/regions/12/provisioning", "application/json", "");
    assertEquals(200, first.statusCode(), first.body());
    JsonObject result = json(first);
    assertTrue(result.getBoolean("identityProvider"));
    assertEquals(5, result.getJsonArray("createdGroups").size(), first.body());

    HttpResponse<String> again =
        admin.post("/api/v1/regions/12/provisioning", "application/json", "");
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(0, json(again).getJsonArray("createdGroups").size(), "nothing is created twice");

    String token =
        KeycloakServer.clientCredentialsToken(
            "regioportal-provisioning", "dev-provisioning-secret");
    Http keycloakAdmin =
        Http.bearer(
            URI.create(KeycloakServer.ISSUER.replace("/realms/", "/admin/realms/") + "/"), token);
    String groupId =
        Json.createReader(new StringReader(keycloakAdmin.get("group-by-path/regions/12").body()))
            .readObject()
            .getString("id");
    JsonArray children =
        Json.createReader(
                new StringReader(keycloakAdmin.get("groups/" + groupId + "/children").body()))
            .readArray();
    assertEquals(4, children.size(), "one group per regional role");

    JsonObject region12 =
        Json.createReader(new StringReader(admin.get("/api/v1/regions").body()))
            .readArray()
            .stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("code").equals("12"))
            .findFirst()
            .orElseThrow();
    assertTrue(region12.getBoolean("provisioned"), region12.toString());
  }

  @Test
  void aRegionForgedIntoABodyOrAFormIsRefusedAndNothingChanges() {
    String name = "Vervalste regio " + UUID.randomUUID();
    String forged =
        "{\"type\":\"OTHER\",\"name\":\"" + name + "\",\"region\":\"36\",\"tenantId\":\"36\"}";
    assertProblem(
        coordinator.postJson("/api/v1/regions/29/organisations", forged),
        400,
        "/problems/forged-region");
    assertEquals(
        0,
        json(coordinator.get("/api/v1/regions/29/organisations?q=" + name.replace(" ", "%20")))
            .getJsonArray("items")
            .size(),
        "nothing was created");
    HttpResponse<String> same =
        coordinator.postJson(
            "/api/v1/regions/29/organisations",
            "{\"type\":\"OTHER\",\"name\":\"" + name + "\",\"region\":\"29\"}");
    assertEquals(201, same.statusCode(), "naming the address's own region is harmless");
    long id = json(same).getJsonNumber("id").longValue();
    assertProblem(
        coordinator.get("/api/v1/regions/36/organisations/" + id), 404, "/problems/not-found");

    Http browser = Http.browser(URI.create(base.toString()));
    browser.signIn("coordinator", "demo", "/r/29/organisations/new");
    int before = total("29");
    HttpResponse<String> form = browser.get("/r/29/organisations/new");
    HttpResponse<String> posted =
        browser.submit(
            "/r/29/organisations/new",
            form.body(),
            Map.of(
                "org", "org",
                "org:type_input", "OTHER",
                "org:name", "Formulier " + UUID.randomUUID(),
                "org:region", "36",
                "org:save", ""));
    assertEquals(400, posted.statusCode());
    assertTrue(posted.body().contains("noemt een andere regio"), posted.body());
    assertEquals(before, total("29"), "nothing was created through the form");
  }

  @Test
  void aCoordinatorInvitesAPersonIntoTheRegionOnceAndOnlyThere() {
    KeycloakServer.awaitReady();
    long school =
        json(coordinator.get("/api/v1/regions/29/organisations?q=ROC%20Maasstad"))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String email = "uitgenodigd-" + UUID.randomUUID() + "@example.org";
    String body =
        "{\"email\":\"" + email + "\",\"role\":\"school-staff\",\"organisationId\":" + school + "}";

    assertProblem(
        this.school.postJson("/api/v1/regions/29/invitations", body), 403, "/problems/forbidden");
    HttpResponse<String> first = coordinator.postJson("/api/v1/regions/29/invitations", body);
    assertEquals(200, first.statusCode(), first.body());
    JsonObject invitation = json(first);
    assertTrue(invitation.getBoolean("created"));
    assertFalse(invitation.getBoolean("emailSent"), "no mail server in the tests");
    assertTrue(
        invitation.getString("temporaryPassword").length() >= 12,
        "development: a one-time password");
    HttpResponse<String> again = coordinator.postJson("/api/v1/regions/29/invitations", body);
    assertFalse(json(again).getBoolean("created"), "inviting again creates nobody twice");
    assertEquals(
        List.of("29 school-staff " + school),
        PortalDatabase.memberships(email),
        "the portal records the membership with the organisation, once");

    String token =
        KeycloakServer.clientCredentialsToken(
            "regioportal-provisioning", "dev-provisioning-secret");
    Http keycloakAdmin =
        Http.bearer(
            URI.create(KeycloakServer.ISSUER.replace("/realms/", "/admin/realms/") + "/"), token);
    JsonArray users =
        Json.createReader(
                new StringReader(keycloakAdmin.get("users?exact=true&email=" + email).body()))
            .readArray();
    assertEquals(1, users.size());
    String groups =
        keycloakAdmin.get("users/" + users.getJsonObject(0).getString("id") + "/groups").body();
    assertTrue(groups.contains("/regions/29/school-staff"), groups);

    long foreignOrganisation =
        json(coordinator.postJson(
                "/api/v1/regions/36/organisations",
                "{\"type\":\"OTHER\",\"name\":\"Elders " + UUID.randomUUID() + "\"}"))
            .getJsonNumber("id")
            .longValue();
    assertProblem(
        coordinator.postJson(
            "/api/v1/regions/29/invitations",
            "{\"email\":\"x-"
                + UUID.randomUUID()
                + "@example.org\",\"role\":\"school-staff\",\"organisationId\":"
                + foreignOrganisation
                + "}"),
        404,
        "/problems/not-found");
    assertProblem(
        coordinator.postJson(
            "/api/v1/regions/29/invitations",
            "{\"email\":\"geen-adres\",\"role\":\"platform-admin\"}"),
        400,
        "/problems/invalid-input");
    assertProblem(
        coordinator.postJson(
            "/api/v1/regions/29/invitations",
            "{\"email\":\"" + "a".repeat(90) + "@example.org\",\"role\":\"school-staff\"}"),
        400,
        "/problems/invalid-input");
  }

  @Test
  void theInvitationPageInvitesAndExplainsWhatIsWrong() {
    KeycloakServer.awaitReady();
    Http browser = Http.browser(URI.create(base.toString()));
    browser.signIn("coordinator", "demo", "/r/29/invitations");
    HttpResponse<String> form = browser.get("/r/29/invitations");
    assertEquals(200, form.statusCode());
    assertTrue(form.body().contains("Iemand uitnodigen"), form.body());

    HttpResponse<String> wrong =
        browser.submit(
            "/r/29/invitations",
            form.body(),
            Map.of(
                "invite", "invite",
                "invite:email", "geen-adres",
                "invite:role_input", "school-staff",
                "invite:send", ""));
    assertEquals(200, wrong.statusCode());
    assertTrue(wrong.body().contains("is geen geldig e-mailadres"), wrong.body());
    assertFalse(wrong.body().contains("temporaryPassword"), "nobody was invited");

    String email = "pagina-" + UUID.randomUUID() + "@example.org";
    HttpResponse<String> done =
        browser.submit(
            "/r/29/invitations",
            wrong.body(),
            Map.of(
                "invite", "invite",
                "invite:email", email,
                "invite:role_input", "care-worker",
                "invite:send", ""));
    assertEquals(200, done.statusCode());
    assertTrue(done.body().contains(email + " is uitgenodigd"), done.body());
    assertTrue(
        done.body().contains("id=\"temporaryPassword\""), "development: a one-time password");

    Http school = Http.browser(URI.create(base.toString()));
    school.signIn("school", "demo", "/r/29/");
    assertEquals(403, school.get("/r/29/invitations").statusCode(), "only coordinators invite");
  }

  @Test
  void signingInRenewsTheSessionIdAndAForgedViewStateChangesNothing() {
    Http browser = Http.browser(URI.create(base.toString()));
    HttpResponse<String> login = browser.get("/login.xhtml?next=%2Fr%2F29%2F");
    assertEquals(200, login.statusCode());
    String before = browser.cookie("REGIOPORTAL_SESSION");
    assertNotNull(before, "the sign-in page starts a session (for its view state)");
    assertEquals(302, browser.signIn("coordinator", "demo", "/r/29/").statusCode());
    String after = browser.cookie("REGIOPORTAL_SESSION");
    assertNotNull(after);
    assertFalse(before.equals(after), "a new session id after sign-in (session fixation)");

    int organisations = total("29");
    HttpResponse<String> form = browser.get("/r/29/organisations/new");
    String forged =
        form.body()
            .replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*", "$1-123:-456");
    HttpResponse<String> posted =
        browser.submit(
            "/r/29/organisations/new",
            forged,
            Map.of(
                "org", "org",
                "org:type_input", "OTHER",
                "org:name", "Vervalste viewstate " + UUID.randomUUID(),
                "org:save", ""));
    assertFalse(posted.statusCode() == 302, "not saved and redirected: " + posted.statusCode());
    assertFalse(posted.body().contains("Exception"), "no stack trace");
    assertEquals(
        organisations, total("29"), "a post without this session's view state changes nothing");
  }

  @Test
  void anExpiredSessionSaysSoOnPagesAndInAjaxRequests() {
    Http browser = Http.anonymous(URI.create(base.toString()));
    Map<String, String> stale = Map.of("Cookie", "REGIOPORTAL_SESSION=verlopen0123456789");
    HttpResponse<String> page = browser.get("/r/29/organisations", stale);
    assertEquals(302, page.statusCode());
    String location = page.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("/login.xhtml?next=%2Fr%2F29%2Forganisations"), location);
    assertTrue(location.endsWith("&expired=true"), location);
    HttpResponse<String> login = browser.get(location.substring(location.indexOf("/login.xhtml")));
    assertTrue(login.body().contains("Uw sessie is verlopen"), "the sign-in page says why");

    Map<String, String> ajax = new java.util.HashMap<>(stale);
    ajax.put("Faces-Request", "partial/ajax");
    HttpResponse<String> partial =
        Http.anonymous(URI.create(base.toString())).get("/r/29/organisations", ajax);
    assertEquals(200, partial.statusCode());
    assertTrue(partial.body().contains("<partial-response><redirect url="), partial.body());
    assertTrue(partial.body().contains("expired=true"), partial.body());

    HttpResponse<String> fresh = browser.get("/r/29/organisations");
    assertFalse(
        fresh.headers().firstValue("Location").orElse("").contains("expired"),
        "no session at all is not an expired one");
  }

  @Test
  void theApiNeverAcceptsThePageSession() {
    Http browser = signedIn(Http.browser(URI.create(base.toString())), "coordinator");
    assertEquals(200, browser.get("/r/29/").statusCode());
    int before = total("29");
    assertProblem(
        browser.postJson(
            "/api/v1/regions/29/organisations", "{\"type\":\"OTHER\",\"name\":\"Via cookie\"}"),
        401,
        "/problems/unauthenticated");
    assertEquals(before, total("29"), "a cookie alone changes nothing through the API (no CSRF)");
  }

  @Test
  void responsesCarrySecurityHeaders() {
    HttpResponse<String> page = Http.anonymous(URI.create(base.toString())).get("/login.xhtml");
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), "scripts only by nonce: " + csp);
    assertFalse(csp.contains("unsafe-eval"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
    String cookie = page.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);

    HttpResponse<String> api = coordinator.get("/api/v1/regions/29/organisations");
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'",
        api.headers().firstValue("Content-Security-Policy").orElse(""));
    assertEquals("no-store", api.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void aForgedSignInCallbackIsRefused() {
    Http browser = Http.browser(URI.create(base.toString()));
    HttpResponse<String> forged = browser.get("/oidc/callback?code=stolen&state=guessed");
    assertEquals(302, forged.statusCode());
    assertTrue(
        forged.headers().firstValue("Location").orElse("").contains("login.xhtml?failed=true"));
    assertEquals(302, browser.get("/r/29/").statusCode(), "still not signed in");
  }

  // --- reference data -------------------------------------------------------------------------

  @Test
  void aMalformedImportIsRejectedWholeWithLineAndColumn() {
    int before = municipalities("01", "2031-06-01");
    String csv =
        "Gemeentecode;Gemeentenaam;RMC-regio code\n"
            + "GM9801;Proefdorp;MC01\n"
            + "GM98X2;Kapotte code;MC01\n"
            + "GM9803;Onbekende regio;MC99\n";
    HttpResponse<String> r =
        admin.post("/api/v1/reference-data/cbs-areas?validFrom=2031-01-01", "text/csv", csv);
    assertProblem(r, 400, "/problems/import-rejected");
    JsonArray problems = json(r).getJsonArray("problems");
    assertEquals(1, problems.size(), r.body());
    assertEquals(3, problems.getJsonObject(0).getInt("line"));
    assertEquals(1, problems.getJsonObject(0).getInt("column"));
    assertEquals(before, municipalities("01", "2031-06-01"), "nothing of the file may be applied");

    String unknownRegion = "Gemeentecode;Gemeentenaam;RMC-regio code\nGM9801;Proefdorp;MC99\n";
    assertProblem(
        admin.post(
            "/api/v1/reference-data/cbs-areas?validFrom=2031-01-01", "text/csv", unknownRegion),
        400,
        "/problems/import-rejected");
    assertEquals(before, municipalities("01", "2031-06-01"));
  }

  @Test
  void anAcceptedImportMovesAMunicipalityOnItsDate() {
    String csv = "Gemeentecode,Gemeentenaam,RMC-regio code\n9811,Nieuwdorp,MC01\n";
    assertProblem(
        coordinator.post("/api/v1/reference-data/cbs-areas?validFrom=2032-01-01", "text/csv", csv),
        403,
        "/problems/forbidden");
    HttpResponse<String> r =
        admin.post("/api/v1/reference-data/cbs-areas?validFrom=2032-01-01", "text/csv", csv);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(municipalityCodes("01", "2032-03-01").contains("GM9811"));
    assertFalse(municipalityCodes("01", "2031-12-31").contains("GM9811"));

    String moved = "Gemeentecode,Gemeentenaam,RMC-regio code\nGM9811,Nieuwdorp,RM02\n";
    assertEquals(
        200,
        admin
            .post("/api/v1/reference-data/cbs-areas?validFrom=2033-01-01", "text/csv", moved)
            .statusCode());
    assertTrue(municipalityCodes("01", "2032-12-31").contains("GM9811"), "history is kept");
    assertFalse(municipalityCodes("01", "2033-01-01").contains("GM9811"));
    assertTrue(municipalityCodes("02", "2033-01-01").contains("GM9811"));
  }

  @Test
  void theCamelDropFolderAppliesGoodFilesAndRejectsBadOnes() throws Exception {
    Path dir = Path.of(System.getProperty("it.import.dir")).resolve("cbs-gebieden");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("gebieden-2034.csv.tmp"),
        "Gemeentecode;Gemeentenaam;RMC-regio code\nGM9821;Routedorp;MC03\n",
        StandardCharsets.UTF_8);
    Files.move(dir.resolve("gebieden-2034.csv.tmp"), dir.resolve("gebieden-2034.csv"));
    Files.writeString(
        dir.resolve("kapot-2034.csv"),
        "Gemeentecode;Gemeentenaam\nGM9822;Zonder regio\n",
        StandardCharsets.UTF_8);

    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> municipalityCodes("03", "2034-02-01").contains("GM9821"));
    Path report = dir.resolve("rejected").resolve("kapot-2034.csv.problems.txt");
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(report));
    assertTrue(Files.readString(report).contains("RMC-regio code"), Files.readString(report));
    assertTrue(Files.exists(dir.resolve("rejected").resolve("kapot-2034.csv")));
    assertFalse(municipalityCodes("03", "2034-02-01").contains("GM9822"));
  }

  // --- pages ----------------------------------------------------------------------------------

  @Test
  void signingInLeadsToTheRegionDashboard() {
    Http browser = Http.browser(URI.create(base.toString()));
    HttpResponse<String> anonymous = browser.get("/r/29/");
    assertEquals(302, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));

    HttpResponse<String> signIn = browser.signIn("coordinator", "demo", "/r/29/");
    assertEquals(302, signIn.statusCode(), signIn.body());
    assertTrue(signIn.headers().firstValue("Location").orElse("").endsWith("/r/29/"));

    HttpResponse<String> dashboard = browser.get("/r/29/");
    assertEquals(200, dashboard.statusCode());
    assertTrue(dashboard.body().contains("29 Rijnmond"), dashboard.body());
    assertTrue(
        dashboard.body().contains("Capelle aan den IJssel"), "lists the region's municipalities");
    assertFalse(dashboard.body().contains("Exception"));
  }

  @Test
  void pagesAnswerUnknownAndForeignAddressesWithoutAStackTrace() {
    Http browser = Http.browser(URI.create(base.toString()));
    browser.signIn("coordinator", "demo", "/");
    HttpResponse<String> unknown = browser.get("/r/77/");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("Deze regio bestaat niet"), unknown.body());
    HttpResponse<String> foreign = browser.get("/r/05/organisations");
    assertEquals(403, foreign.statusCode());
    HttpResponse<String> missing = browser.get("/r/29/organisations/999999999");
    assertEquals(404, missing.statusCode());
    for (HttpResponse<String> r : new HttpResponse[] {unknown, foreign, missing}) {
      assertFalse(r.body().contains("at nl.regioportal"), "no stack trace");
      assertFalse(r.body().contains("Exception"), "no exception text");
    }
  }

  @Test
  void theOrganisationFormShowsWhatIsWrongAndSavesNothing() {
    Http browser = Http.browser(URI.create(base.toString()));
    browser.signIn("coordinator", "demo", "/r/29/organisations/new");
    int before = total("29");
    HttpResponse<String> form = browser.get("/r/29/organisations/new");
    assertEquals(200, form.statusCode());
    assertTrue(
        form.body().contains("action=\"" + path("/r/29/organisations/new") + "\""),
        "posts back to its own address");

    HttpResponse<String> submitted =
        browser.submit(
            "/r/29/organisations/new",
            form.body(),
            Map.of(
                "org", "org",
                "org:type_input", "SCHOOL",
                "org:name", "Formulierschool",
                "org:brin", "ABCD",
                "org:save", ""));
    assertEquals(200, submitted.statusCode());
    assertTrue(submitted.body().contains("geen geldige BRIN-code"), submitted.body());
    assertEquals(before, total("29"));

    HttpResponse<String> fixed =
        browser.submit(
            "/r/29/organisations/new",
            submitted.body(),
            Map.of(
                "org", "org",
                "org:type_input", "SCHOOL",
                "org:name", "Formulierschool " + UUID.randomUUID(),
                "org:brin", TenantIsolationIT.clientBrin(),
                "org:save", ""));
    assertEquals(302, fixed.statusCode(), fixed.body());
    assertEquals(before + 1, total("29"));
  }

  @Test
  void theOrganisationFormRefusesADuplicateNameAtTheNameFieldAndSavesNothing() {
    String name = "Formulierpartner " + UUID.randomUUID();
    assertEquals(
        201,
        coordinator
            .postJson(
                "/api/v1/regions/29/organisations",
                "{\"type\":\"OTHER\",\"name\":\"" + name + "\"}")
            .statusCode());
    Http browser = Http.browser(URI.create(base.toString()));
    browser.signIn("coordinator", "demo", "/r/29/organisations/new");
    int before = total("29");
    HttpResponse<String> form = browser.get("/r/29/organisations/new");
    HttpResponse<String> submitted =
        browser.submit(
            "/r/29/organisations/new",
            form.body(),
            Map.of(
                "org", "org",
                "org:type_input", "OTHER",
                "org:name", " " + name.toUpperCase(java.util.Locale.ROOT).replace(" ", "\u00a0 "),
                "org:save", ""));
    assertEquals(200, submitted.statusCode(), "the form again, not a redirect");
    assertTrue(
        java.util.regex.Pattern.compile(
                "id:\"org:name\".{0,600}?ui-message-error-detail[^>]*>Deze regio heeft al een"
                    + " organisatie van deze soort met de naam "
                    + java.util.regex.Pattern.quote(name),
                java.util.regex.Pattern.DOTALL)
            .matcher(submitted.body())
            .find(),
        "the message is at the name field: " + submitted.body());
    assertEquals(before, total("29"), "nothing was stored");
  }

  @Test
  void theImportPageListsEveryProblemOfARejectedFileAndAppliesNothing() {
    Http browser = Http.browser(URI.create(base.toString()));
    HttpResponse<String> coordinatorPage =
        signedIn(browser, "coordinator").get("/admin/import.xhtml");
    assertEquals(403, coordinatorPage.statusCode(), "only platform admins import reference data");

    Http adminBrowser = signedIn(Http.browser(URI.create(base.toString())), "admin");
    int before = municipalities("04", "2035-06-01");
    HttpResponse<String> page = adminBrowser.get("/admin/import.xhtml");
    assertEquals(200, page.statusCode());
    Map<String, String> fields =
        Map.of("import", "import", "import:validFrom_input", "01-01-2035", "import:submit", "");
    HttpResponse<String> rejected =
        adminBrowser.submitMultipart(
            "/admin/import.xhtml",
            page.body(),
            fields,
            "import:file",
            "gebieden-2035.csv",
            "Gemeentecode;Gemeentenaam;RMC-regio code\nGM9841;Paginadorp;MC04\nGM98Y2;Fout;MC04\n");
    assertEquals(200, rejected.statusCode());
    assertTrue(rejected.body().contains("Het bestand is geweigerd"), rejected.body());
    assertTrue(rejected.body().contains("GM98Y2"), "the problem names the bad value");
    assertTrue(rejected.body().contains("is geen gemeentecode"), "in the reader's language");
    assertEquals(before, municipalities("04", "2035-06-01"));

    HttpResponse<String> accepted =
        adminBrowser.submitMultipart(
            "/admin/import.xhtml",
            rejected.body(),
            fields,
            "import:file",
            "gebieden-2035.csv",
            "Gemeentecode;Gemeentenaam;RMC-regio code\nGM9841;Paginadorp;MC04\n");
    assertTrue(accepted.body().contains("De tabel is verwerkt"), accepted.body());
    assertEquals(before + 1, municipalities("04", "2035-06-01"));
  }

  @Test
  void theHealthEndpointsAreUp() throws Exception {
    URI root = new URI(base.getProtocol(), null, base.getHost(), base.getPort(), "/", null, null);
    HttpResponse<String> ready = Http.awaitReady(root);
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"UP\""));
    assertTrue(ready.body().contains("warmed in"), ready.body());
  }

  // --- helpers --------------------------------------------------------------------------------

  private static Http signedIn(Http browser, String user) {
    HttpResponse<String> r = browser.signIn(user, "demo", "/");
    assertEquals(302, r.statusCode(), "sign-in of " + user);
    return browser;
  }

  private String path(String p) {
    String context =
        base.getPath().endsWith("/")
            ? base.getPath().substring(0, base.getPath().length() - 1)
            : base.getPath();
    return context + p;
  }

  private int total(String region) {
    return json(admin.get(
            "/api/v1/regions/" + region + "/organisations?includeInactive=true&limit=1"))
        .getInt("total");
  }

  private int municipalities(String region, String date) {
    return Json.createReader(
            new StringReader(
                admin.get("/api/v1/regions/" + region + "/municipalities?date=" + date).body()))
        .readArray()
        .size();
  }

  private String municipalityCodes(String region, String date) {
    return admin.get("/api/v1/regions/" + region + "/municipalities?date=" + date).body();
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
