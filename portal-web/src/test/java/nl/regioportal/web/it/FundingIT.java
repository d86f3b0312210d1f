package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Funding keys over real HTTP against the portal in Payara Micro and MariaDB: the stateless preview
 * with its exact shape and its problem details, and an arrangement's life (draft, publish, review
 * by each municipality, lock, supersede) with the role rules and small-number suppression.
 */
@ExtendWith(SharedPortal.class)
class FundingIT {

  private static final String API = "/api/v1/regions/29";

  /** The example: 20% equal, 50% by youth 12-27, 30% by caseload. */
  static final String PREVIEW =
      """
      {"total": "250000.00",
       "parts": [{"basis": "EQUAL", "percent": "20"},
                 {"basis": "youth_12_27", "percent": "50"},
                 {"basis": "caseload", "percent": "30"}],
       "municipalities": [{"code": "GM0599", "indicators": {"youth_12_27": 112000, "caseload": 410}},
                          {"code": "GM0606", "indicators": {"youth_12_27": 14800, "caseload": 35}}]}
      """;

  @SharedPortal.Base URL base;

  private Http coordinator;
  private Http policy;
  private Http policy2;
  private Http school;

  @BeforeEach
  void callers() throws Exception {
    URI uri = base.toURI();
    coordinator = Http.api(uri, "coordinator", "demo");
    policy = Http.api(uri, "policy", "demo");
    policy2 = Http.api(uri, "policy2", "demo");
    school = Http.api(uri, "school", "demo");
  }

  @Test
  void thePreviewAnswersExactlyInTheOrderGiven() {
    HttpResponse<String> r = school.postJson(API + "/funding-keys/preview", PREVIEW);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject answer = json(r);
    assertEquals("250000.00", answer.getString("total"));
    JsonArray shares = answer.getJsonArray("shares");
    assertEquals(2, shares.size());
    // By hand, in cents: GM0599 = 2,500,000 + 12,500,000 x 112000/126800 + 7,500,000 x 410/445
    // = 20,451,121.823...; GM0606 = 4,548,878.177...; the one cent left goes to the larger
    // remainder (GM0599).
    assertEquals("GM0599", shares.getJsonObject(0).getString("code"));
    assertEquals("204511.22", shares.getJsonObject(0).getString("amount"));
    assertEquals("GM0606", shares.getJsonObject(1).getString("code"));
    assertEquals("45488.78", shares.getJsonObject(1).getString("amount"));
    assertFalse(shares.getJsonObject(0).containsKey("lines"), "no derivation unless asked");

    JsonObject explained =
        json(school.postJson(API + "/funding-keys/preview?explain=true", PREVIEW));
    JsonArray lines = explained.getJsonArray("shares").getJsonObject(1).getJsonArray("lines");
    assertEquals(3, lines.size());
    assertEquals("caseload", lines.getJsonObject(2).getString("basis"));
    assertEquals("35", lines.getJsonObject(2).getString("value"));
  }

  @Test
  void everyMistakeInAPreviewIsAProblemDetailWithItsField() {
    assertPreviewRefused(PREVIEW.replace("\"30\"", "\"31\""), "parts");
    assertPreviewRefused(
        PREVIEW.replace("\"caseload\": 35", "\"caseload\": -35"), "municipalities[1]");
    assertPreviewRefused(PREVIEW.replace(", \"caseload\": 35", ""), "municipalities[1]");
    assertPreviewRefused(
        PREVIEW
            .replace("\"caseload\": 410", "\"caseload\": 0")
            .replace("\"caseload\": 35", "\"caseload\": 0"),
        "parts[2]");
    assertPreviewRefused(PREVIEW.replace("GM0606", "GM0599"), "municipalities[1].code");
    assertPreviewRefused(PREVIEW.replace("GM0606", "0606"), "municipalities[1].code");
    assertPreviewRefused(PREVIEW.replace("250000.00", "250000.001"), "total");
    assertPreviewRefused(PREVIEW.replace("\"250000.00\"", "250000.00"), "total");
    HttpResponse<String> malformed = school.postJson(API + "/funding-keys/preview", "{\"total\": ");
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertTrue(malformed.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
  }

  /**
   * A decimal string of 200,000 digits: read whole into a BigDecimal it costs seconds of CPU (and
   * quadratically more for longer ones), so its length is checked first; the refusal names the
   * field and does not echo the value.
   */
  @Test
  void aDecimalStringOfThousandsOfDigitsIsRefusedAtItsFieldBeforeItIsRead() {
    String digits = "9".repeat(200_000);
    assertRefusedBriefly(
        school.postJson(API + "/funding-keys/preview", PREVIEW.replace("250000.00", digits)),
        "total");
    // Leading zeros keep the value small: read whole, this total used to be accepted.
    assertRefusedBriefly(
        school.postJson(
            API + "/funding-keys/preview",
            PREVIEW.replace("250000.00", "0".repeat(200_000) + "250000.00")),
        "total");

    long arrangement = createArrangement("Lange getallen " + UUID.randomUUID(), "3");
    long version = versionIds(coordinator, arrangement).get(0);
    long revision =
        json(coordinator.get(API + "/funding-versions/" + version))
            .getJsonNumber("revision")
            .longValue();
    String body =
        key("1000.00", "3")
            .replaceFirst("\"50\"", "\"" + digits + "\"")
            .replaceFirst("\\{", "{\"revision\": " + revision + ", ");
    assertRefusedBriefly(
        coordinator.putJson(API + "/funding-versions/" + version, body), "parts[0].percent");
  }

  @Test
  void theOpenApiDocumentDescribesTheKeyWithDecimalStrings() throws Exception {
    String text = Http.anonymous(base.toURI()).get("/openapi?format=JSON").body();
    JsonObject schemas =
        Json.createReader(new StringReader(text))
            .readObject()
            .getJsonObject("components")
            .getJsonObject("schemas");
    assertEquals("string", schemas.getJsonObject("Decimal").getString("type"), text);
    assertTrue(
        schemas.getJsonObject("FundingKey").getJsonObject("properties").containsKey("total"));
    assertTrue(schemas.containsKey("FundingPreview"), schemas.keySet().toString());
    assertTrue(schemas.containsKey("FundingVersion"), schemas.keySet().toString());
  }

  private static void assertRefusedBriefly(HttpResponse<String> r, String field) {
    assertProblem(r, 400);
    assertTrue(r.body().length() < 5_000, "the value is not echoed: " + r.body().length());
    JsonObject problem = parse(r);
    assertEquals("/problems/invalid-input", problem.getString("type"));
    assertTrue(
        problem.getJsonArray("errors").stream()
            .anyMatch(e -> e.asJsonObject().getString("field", "").equals(field)),
        r.body());
  }

  @Test
  void anArrangementIsPublishedReviewedByEachMunicipalityLockedAndSuperseded() {
    long arrangement = createArrangement("Buurtteam MBO " + UUID.randomUUID(), "3");
    long first = versionIds(coordinator, arrangement).get(0);

    // A draft is the coordinator's alone.
    assertEquals(404, policy.get(API + "/funding-versions/" + first).statusCode());
    assertEquals(404, policy.get(API + "/funding-arrangements/" + arrangement).statusCode());
    assertFalse(listed(policy, arrangement), "a draft does not show in the policy officer's list");
    assertEquals(403, school.get(API + "/funding-arrangements").statusCode());
    assertEquals(
        403,
        policy.postJson(API + "/funding-versions/" + first + "/publish", "").statusCode(),
        "only coordinators publish");

    JsonObject published =
        json(coordinator.postJson(API + "/funding-versions/" + first + "/publish", ""));
    assertEquals("PUBLISHED", published.getString("status"));
    assertTrue(
        published.getString("publishedAt").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
        "ISO-8601 in UTC with its offset: " + published.getString("publishedAt"));
    assertTrue(listed(policy, arrangement));

    // Everyone sees the whole key; a caseload under 5 shows as "<5" to all but the coordinator.
    JsonObject asPolicy = json(policy.get(API + "/funding-versions/" + first));
    assertEquals(2, asPolicy.getJsonArray("shares").size());
    assertEquals("<5", caseloadValue(asPolicy, "GM0606"));
    assertFalse(caseloadLine(asPolicy, "GM0606").containsKey("basisShare"));
    assertEquals(
        "3", caseloadValue(json(coordinator.get(API + "/funding-versions/" + first)), "GM0606"));
    assertEquals("GM0599", asPolicy.getString("ownMunicipality"));
    assertTrue(asPolicy.getBoolean("mayReview"));

    // A published version never changes.
    long revision =
        json(coordinator.get(API + "/funding-versions/" + first))
            .getJsonNumber("revision")
            .longValue();
    assertProblem(
        coordinator.putJson(
            API + "/funding-versions/" + first,
            key("1000.00", "3").replaceFirst("\\{", "{\"revision\": " + revision + ", ")),
        409);

    // An objection needs a reason; the coordinator does not review for a municipality.
    assertProblem(review(policy, first, "OBJECTED", null), 400);
    assertProblem(review(coordinator, first, "APPROVED", null), 403);
    assertProblem(review(policy, first, "MAYBE", null), 400);
    JsonObject objected =
        json(review(policy, first, "OBJECTED", "Onze caseload is te hoog geteld."));
    assertEquals(
        "OBJECTED", share(objected, "GM0599").getJsonObject("review").getString("decision"));
    assertTrue(
        share(objected, "GM0599").getJsonObject("review").getString("at").endsWith("Z"),
        "a review's moment in UTC");
    assertEquals("PUBLISHED", objected.getString("status"));

    // Each approves for its own municipality only; when all have approved, the version locks.
    JsonObject one = json(review(policy, first, "APPROVED", "Na overleg akkoord."));
    assertEquals("PUBLISHED", one.getString("status"));
    assertEquals(1, one.getInt("approvals"));
    assertFalse(share(one, "GM0606").containsKey("review"), "Schiedam has not answered");
    JsonObject locked = json(review(policy2, first, "APPROVED", null));
    assertEquals("LOCKED", locked.getString("status"));
    assertEquals("ALL_APPROVED", locked.getString("lockReason"));
    assertProblem(review(policy2, first, "OBJECTED", "Toch niet."), 409);

    // A new scenario: compare it, publish it, lock it on a governance decision; the old one is
    // superseded and kept as it was.
    HttpResponse<String> added =
        coordinator.postJson(
            API + "/funding-arrangements/" + arrangement + "/versions", key("110000.00", "8"));
    assertEquals(201, added.statusCode(), added.body());
    long second = json(added).getJsonNumber("id").longValue();
    JsonObject comparison =
        json(coordinator.get(API + "/funding-versions/" + first + "/comparison?with=" + second));
    assertEquals("100000.00", comparison.getString("totalA"));
    assertEquals("110000.00", comparison.getString("totalB"));
    long differences = 0;
    for (JsonValue row : comparison.getJsonArray("rows")) {
      differences += cents(row.asJsonObject().getString("difference"));
    }
    assertEquals(1_000_000, differences, "the differences add up to the difference of the totals");

    JsonObject transition =
        json(
            coordinator.get(
                API + "/funding-versions/" + second + "/transition?from=" + first + "&years=2"));
    JsonArray steps = transition.getJsonArray("years");
    assertEquals(2, steps.size());
    assertEquals("105000.00", steps.getJsonObject(0).getString("total"), "half way in year 1");
    assertEquals("110000.00", steps.getJsonObject(1).getString("total"));
    assertEquals(
        share(json(coordinator.get(API + "/funding-versions/" + second)), "GM0606")
            .getString("amount"),
        steps.getJsonObject(1).getJsonArray("shares").getJsonObject(1).getString("amount"),
        "the last step is the new key");
    JsonArray indexed =
        json(coordinator.get(
                API + "/funding-versions/" + first + "/indexation?percent=2.5&years=2"))
            .getJsonArray("years");
    assertEquals(
        List.of("100000.00", "102500.00", "105062.50"),
        indexed.stream().map(y -> y.asJsonObject().getString("total")).toList());
    assertProblem(
        coordinator.get(
            API + "/funding-versions/" + first + "/transition?from=" + second + "&years=4"),
        400);

    json(coordinator.postJson(API + "/funding-versions/" + second + "/publish", ""));
    assertProblem(coordinator.postJson(API + "/funding-versions/" + second + "/lock", "{}"), 400);
    JsonObject decided =
        json(
            coordinator.postJson(
                API + "/funding-versions/" + second + "/lock",
                "{\"decision\": \"Bestuurlijk overleg 12 maart 2027, besluit 4\"}"));
    assertEquals("LOCKED", decided.getString("status"));
    assertEquals("GOVERNANCE_DECISION", decided.getString("lockReason"));
    JsonObject old = json(coordinator.get(API + "/funding-versions/" + first));
    assertEquals("SUPERSEDED", old.getString("status"));
    assertEquals("100000.00", old.getString("total"));
    assertEquals(2, old.getInt("approvals"), "the old reviews are kept");
  }

  @Test
  void aPolicyOfficerReviewsOnTheVersionPage() throws Exception {
    long arrangement = createArrangement("Paginaregeling " + UUID.randomUUID(), "2");
    long version = versionIds(coordinator, arrangement).get(0);
    json(coordinator.postJson(API + "/funding-versions/" + version + "/publish", ""));

    Http browser = Http.browser(base.toURI());
    browser.signIn("policy", "demo", "/r/29/funding");
    HttpResponse<String> list = browser.get("/r/29/funding");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("Paginaregeling"), "the arrangement is listed");
    String path = "/r/29/funding/versions/" + version;
    HttpResponse<String> page = browser.get(path);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Gemeente Schiedam") || page.body().contains("Schiedam"));
    assertTrue(page.body().contains("Ter beoordeling"), "the status, in Dutch");
    assertTrue(page.body().contains("Uw gemeente"), "the own municipality is marked in words");
    assertTrue(
        page.body().indexOf("data-rk=\"GM0599\"") < page.body().indexOf("data-rk=\"GM0606\""),
        "Rotterdam's officer sees Rotterdam first");

    HttpResponse<String> objection =
        browser.submit(
            path,
            page.body(),
            java.util.Map.of("version", "version", "version:comment", "", "version:object", ""));
    assertEquals(200, objection.statusCode());
    assertTrue(objection.body().contains("Licht uw bezwaar toe"), "an objection needs a reason");
    assertFalse(
        share(json(coordinator.get(API + "/funding-versions/" + version)), "GM0599")
            .containsKey("review"));

    HttpResponse<String> approved =
        browser.submit(
            path,
            objection.body(),
            java.util.Map.of(
                "version",
                "version",
                "version:comment",
                "Akkoord namens Rotterdam",
                "version:approve",
                ""));
    assertEquals(200, approved.statusCode());
    assertTrue(approved.body().contains("Uw gemeente stemde in"), approved.body());
    JsonObject review =
        share(json(coordinator.get(API + "/funding-versions/" + version)), "GM0599")
            .getJsonObject("review");
    assertEquals("APPROVED", review.getString("decision"));
    assertEquals("policy", review.getString("by"));

    Http school = Http.browser(base.toURI());
    school.signIn("school", "demo", "/r/29/");
    assertEquals(403, school.get(path).statusCode(), "school staff see no funding keys");
  }

  /**
   * The version page offers the other versions of the arrangement to compare with, each with its
   * status as it is now: a draft to the coordinator only, and a sibling that was published since
   * the page was last served shows as published (its summary is of its current revision).
   */
  @Test
  void theVersionPageOffersTheOtherVersionsTheReaderMaySeeWithTheirCurrentStatus()
      throws Exception {
    long arrangement = createArrangement("Broerregeling " + UUID.randomUUID(), "2");
    long first = versionIds(coordinator, arrangement).get(0);
    json(coordinator.postJson(API + "/funding-versions/" + first + "/publish", ""));
    HttpResponse<String> added =
        coordinator.postJson(
            API + "/funding-arrangements/" + arrangement + "/versions", key("120000.00", "4"));
    assertEquals(201, added.statusCode(), added.body());
    long second = json(added).getJsonNumber("id").longValue();
    String path = "/r/29/funding/versions/" + first;
    String option = "<option value=\"" + second + "\">2: Scenario (";

    Http asCoordinator = Http.browser(base.toURI());
    asCoordinator.signIn("coordinator", "demo", "/r/29/");
    String page = asCoordinator.get(path).body();
    assertTrue(page.contains(option + "Concept)"), "the coordinator compares with the draft");
    Http asPolicy = Http.browser(base.toURI());
    asPolicy.signIn("policy", "demo", "/r/29/");
    page = asPolicy.get(path).body();
    assertFalse(page.contains("version:compareWith"), "a policy officer sees no draft to compare");

    json(coordinator.postJson(API + "/funding-versions/" + second + "/publish", ""));
    page = asPolicy.get(path).body();
    assertTrue(page.contains(option + "Ter beoordeling)"), "the sibling as published now");
    assertTrue(
        asCoordinator.get(path).body().contains(option + "Ter beoordeling)"),
        "and so to the coordinator, who saw it as a draft before");
  }

  /**
   * The dashboard's open work: the coordinator's own draft, then (published) the review waiting for
   * each participating municipality until it has answered, then (objected) the governance decision
   * waiting for the coordinator until it is taken. School staff have nothing to do, and the pages
   * to change things refuse them like every other page for coordinators only.
   */
  @Test
  void theDashboardShowsEachPersonTheWorkWaitingForThemUntilItIsDone() throws Exception {
    long arrangement = createArrangement("Open werk " + UUID.randomUUID(), "2");
    long version = versionIds(coordinator, arrangement).get(0);
    Http coordinatorPages = pages("coordinator");
    Http rotterdamPages = pages("policy");
    Http schiedamPages = pages("policy2");
    String draft = "openWork-draft-" + version;
    String review = "openWork-review-" + version;
    String decision = "openWork-decision-" + version;

    String coordinators = dashboard(coordinatorPages);
    assertTrue(
        openWorkLink(coordinators, draft).endsWith("/r/29/funding/versions/" + version),
        "the coordinator's own draft links to its page");
    assertFalse(dashboard(rotterdamPages).contains(review), "a draft waits for no municipality");

    String arrangementPage = coordinatorPages.get("/r/29/funding/" + arrangement).body();
    assertTrue(arrangementPage.contains("no-reviews"), "a draft row shows a dash for its reviews");
    assertFalse(arrangementPage.contains("0 akkoord"), "and no counts: a draft has no reviews");
    String path = "/r/29/funding/versions/" + version;
    HttpResponse<String> draftPage = coordinatorPages.get(path);
    assertTrue(draftPage.body().contains("status-DRAFT"), "the badge says draft");
    assertFalse(draftPage.body().contains("id=\"version:reviewProgress\""), "no review counts");

    // publish as the page's button does it (an ajax request), and read what the browser gets back
    HttpResponse<String> published =
        coordinatorPages.submit(
            path,
            draftPage.body(),
            java.util.Map.of(
                "version", "version",
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "version:publish",
                "jakarta.faces.partial.execute", "version:publish",
                "jakarta.faces.partial.render", "version versionStatus",
                "version:publish", ""));
    assertEquals(200, published.statusCode());
    String partial = published.body();
    int badgeAt = partial.indexOf("<update id=\"versionStatus\">");
    assertTrue(badgeAt >= 0, "the badge is part of the answer: " + partial);
    String badge = partial.substring(badgeAt, partial.indexOf("</update>", badgeAt));
    assertTrue(
        badge.contains("status-PUBLISHED") && badge.contains("Ter beoordeling"),
        "no stale badge after publishing: " + badge);
    assertTrue(partial.contains("De versie is gepubliceerd"), "a message says what happened");
    assertTrue(partial.contains("role=\"alert\""), "announced to screen readers");
    assertEquals(
        "PUBLISHED",
        json(coordinator.get(API + "/funding-versions/" + version)).getString("status"));
    assertFalse(dashboard(coordinatorPages).contains(draft), "published: no longer a draft");
    String rotterdam = dashboard(rotterdamPages);
    assertTrue(
        openWorkLink(rotterdam, review).endsWith("/r/29/funding/versions/" + version),
        "the review waits for Rotterdam, linked to the page where it is done");
    assertTrue(dashboard(schiedamPages).contains(review), "and for Schiedam");
    String municipalities = rotterdam.substring(rotterdam.indexOf("id=\"municipalities\""));
    String first = municipalities.substring(0, municipalities.indexOf("</li>"));
    assertTrue(
        first.contains("Rotterdam") && first.contains("Uw gemeente"),
        "the own municipality first and marked in words: " + first);
    assertFalse(dashboard(coordinatorPages).contains(decision), "nobody objected yet");

    json(review(policy, version, "OBJECTED", "Te hoog voor Rotterdam"));
    assertFalse(dashboard(rotterdamPages).contains(review), "answered: gone from Rotterdam's list");
    assertTrue(dashboard(schiedamPages).contains(review), "Schiedam has not answered yet");
    assertTrue(
        openWorkLink(dashboard(coordinatorPages), decision)
            .endsWith("/r/29/funding/versions/" + version),
        "an objection: only a governance decision can lock it now");

    json(
        coordinator.postJson(
            API + "/funding-versions/" + version + "/lock",
            "{\"decision\": \"Besluit stuurgroep 12\"}"));
    assertFalse(dashboard(coordinatorPages).contains(decision), "decided: gone");
    assertFalse(dashboard(schiedamPages).contains(review), "locked: nothing left to review");

    Http schoolPages = pages("school");
    String schools = dashboard(schoolPages);
    assertTrue(schools.contains("id=\"openWorkEmpty\""), "school staff: the empty state");
    assertTrue(schools.contains("Niets te doen"), schools);
    HttpResponse<String> managersOnly = schoolPages.get("/r/29/invitations");
    for (String edit :
        List.of(
            "/r/29/organisations/new",
            "/r/29/funding/new",
            "/r/29/funding/versions/" + version + "/edit")) {
      HttpResponse<String> refused = schoolPages.get(edit);
      assertEquals(403, refused.statusCode(), edit);
      assertEquals(
          errorText(managersOnly.body()),
          errorText(refused.body()),
          edit + ": the same refusal as the other pages for coordinators only");
    }
    long school =
        json(coordinator.get("/api/v1/regions/29/organisations?q=Maasstad"))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> readOnly = schoolPages.get("/r/29/organisations/" + school);
    assertEquals(200, readOnly.statusCode());
    assertTrue(readOnly.body().contains("ROC Maasstad"), "the organisation is shown");
    assertTrue(readOnly.body().contains("id=\"orgView\""), "as a read-only view");
    assertFalse(readOnly.body().contains("id=\"org\""), "no form to change it");
    assertFalse(readOnly.body().contains("org:save"), "no button to save");
    assertFalse(readOnly.body().contains("<input type=\"text\""), "no field to type in");
  }

  @Test
  void aBadIndicatorFileIsRejectedWholeAndAGoodOneReplacesItsSet() {
    String url =
        API
            + "/indicators?indicator=mbo_students&source=DUO%20open%20data&referenceDate=2026-10-01";
    String bad =
        "GEMEENTECODE,AANTAL,INDICATIEAVG\n0599,5400,N\n0606,abc,N\n0622,3,J\n0489,220,N\n";
    HttpResponse<String> rejected = coordinator.post(url, "text/csv", bad);
    assertProblem(rejected, 400);
    JsonObject problem = parse(rejected);
    assertEquals("/problems/import-rejected", problem.getString("type"));
    List<String> places =
        problem.getJsonArray("problems").stream()
            .map(JsonValue::asJsonObject)
            .map(p -> p.getInt("line") + ":" + p.getInt("column"))
            .toList();
    assertEquals(List.of("3:2", "4:2"), places, rejected.body());
    assertTrue(setsOf("mbo_students").isEmpty(), "nothing of a rejected file is applied");

    assertEquals(403, policy.post(url, "text/csv", bad.replace("abc", "1")).statusCode());
    assertEquals(
        403, policy.get(API + "/indicators").statusCode(), "the library holds small counts");

    String good = "GEMEENTECODE,AANTAL,INDICATIEAVG\n0599,5400,N\n0606,910,N\n0622,4,J\n";
    HttpResponse<String> accepted = coordinator.post(url, "text/csv", good);
    assertEquals(200, accepted.statusCode(), accepted.body());
    JsonObject set = setsOf("mbo_students").get(0);
    assertEquals(3, set.getInt("municipalities"));
    assertEquals(1, set.getInt("suppressedAsFour"));
    assertEquals("2026-10-01", set.getString("referenceDate"));

    coordinator.post(url, "text/csv", "GEMEENTECODE,AANTAL\n0599,5500\n");
    assertEquals(
        1, setsOf("mbo_students").get(0).getInt("municipalities"), "a set is replaced whole");
  }

  @Test
  void theIndicatorDropFolderAppliesGoodFilesAndRejectsBadOnes() throws Exception {
    java.nio.file.Path dir =
        java.nio.file.Path.of(System.getProperty("it.import.dir")).resolve("regions/29/indicators");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Path tmp = dir.resolve("29_early_leavers_2025-10-01.csv.tmp");
    java.nio.file.Files.writeString(tmp, "gemeentecode;waarde\nGM0599;812\nGM0606;97\n");
    java.nio.file.Files.move(tmp, dir.resolve("29_early_leavers_2025-10-01.csv"));
    java.nio.file.Files.writeString(
        dir.resolve("29_early_leavers_2024-10-01.csv"), "gemeentecode;waarde\nGM0599;-3\n");
    java.nio.file.Files.writeString(
        dir.resolve("zonder-regio.csv"), "gemeentecode;waarde\nGM0599;1\n");
    java.nio.file.Files.writeString(
        dir.resolve("05_early_leavers_2025-10-01.csv"), "gemeentecode;waarde\nGM0344;9\n");
    java.nio.file.Files.writeString(
        dir.resolve("29_early_leaver_2025-10-01.csv"), "gemeentecode;waarde\nGM0599;812\n");

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(() -> setsOf("early_leavers").size() == 1);
    JsonObject set = setsOf("early_leavers").get(0);
    assertEquals("2025-10-01", set.getString("referenceDate"));
    assertEquals(2, set.getInt("municipalities"));
    java.nio.file.Path report =
        dir.resolve("rejected").resolve("29_early_leavers_2024-10-01.csv.problems.txt");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(
            () ->
                java.nio.file.Files.exists(report)
                    && java.nio.file.Files.exists(
                        dir.resolve("rejected").resolve("zonder-regio.csv.problems.txt"))
                    && java.nio.file.Files.exists(
                        dir.resolve("rejected")
                            .resolve("05_early_leavers_2025-10-01.csv.problems.txt"))
                    && java.nio.file.Files.exists(
                        dir.resolve("rejected")
                            .resolve("29_early_leaver_2025-10-01.csv.problems.txt")));
    assertTrue(
        java.nio.file.Files.readString(report).contains("line 2"),
        java.nio.file.Files.readString(report));
    assertTrue(
        java.nio.file.Files.readString(
                dir.resolve("rejected").resolve("05_early_leavers_2025-10-01.csv.problems.txt"))
            .contains("folder of region 29"),
        "a file naming another region than its folder is refused");
    assertTrue(
        java.nio.file.Files.readString(
                dir.resolve("rejected").resolve("29_early_leaver_2025-10-01.csv.problems.txt"))
            .contains("Region 29 has no indicator early_leaver; known indicators: youth_12_27"),
        "a typo in the indicator is refused, naming the known ones");
    assertTrue(setsOf("early_leaver").isEmpty(), "a typo creates no indicator");
    assertEquals(1, setsOf("early_leavers").size(), "the rejected file added nothing");
  }

  /**
   * A typo is no new indicator: a key, a preview or an import naming a code the region does not
   * know is refused with a problem that lists the known ones, and nothing is stored. Once a
   * coordinator registers the region's own indicator it serves everywhere, by its label.
   */
  @Test
  void anUnknownBasisIsRefusedAndTheRegionsOwnIndicatorServesOnceRegistered() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String code = "traject_" + tag;
    String dutch = "Trajecten " + tag.toUpperCase(java.util.Locale.ROOT);
    String english = "Pathways " + tag.toUpperCase(java.util.Locale.ROOT);
    String key =
        key("1000.00", "3")
            .replace("\"caseload\"", "\"" + code + "\"")
            .replace("Registratie Buurtteam", "Trajectregistratie");
    int before = json(coordinator.get(API + "/funding-arrangements")).getJsonArray("items").size();
    HttpResponse<String> refused =
        coordinator.postJson(
            API + "/funding-arrangements", arrangementBody("Typfout " + dutch, key));
    assertProblem(refused, 400);
    JsonObject problem = parse(refused);
    assertEquals("/problems/invalid-input", problem.getString("type"));
    JsonObject atBasis =
        problem.getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("field", "").equals("parts[1].basis"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(refused.body()));
    assertTrue(
        atBasis.getString("message").contains("EQUAL, youth_12_27, caseload, mbo_students"),
        "the problem lists what is allowed: " + atBasis);
    assertEquals(
        before,
        json(coordinator.get(API + "/funding-arrangements")).getJsonArray("items").size(),
        "nothing stored");
    assertPreviewRefused(key, "parts[1].basis");
    HttpResponse<String> importRefused =
        coordinator.post(
            API + "/indicators?indicator=" + code + "&source=Test&referenceDate=2026-01-01",
            "text/csv",
            "gemeentecode;waarde\nGM0599;120\nGM0606;3\n");
    assertProblem(importRefused, 400);
    assertTrue(importRefused.body().contains("\"field\":\"indicator\""), importRefused.body());
    assertTrue(setsOf(code).isEmpty(), "an import of an unknown indicator stores nothing");

    // only coordinators register; every member reads the list
    String definition = "{\"code\": \"" + code + "\", \"labelNl\": \"" + dutch + "\"}";
    assertProblem(policy.postJson(API + "/indicator-definitions", definition), 403);
    assertEquals(200, school.get(API + "/indicator-definitions").statusCode());
    assertProblem(
        coordinator.postJson(
            API + "/indicator-definitions", "{\"code\": \"Traject\", \"labelNl\": \"T\"}"),
        400);
    assertProblem(
        coordinator.postJson(
            API + "/indicator-definitions", "{\"code\": \"caseload\", \"labelNl\": \"T\"}"),
        409);
    HttpResponse<String> created = coordinator.postJson(API + "/indicator-definitions", definition);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/indicator-definitions/" + code));
    assertProblem(coordinator.postJson(API + "/indicator-definitions", definition), 409);
    JsonObject listed =
        json(school.get(API + "/indicator-definitions", "en")).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    assertEquals(dutch, listed.getString("label"), "English falls back to Dutch");
    assertEquals("REGION", listed.getString("kind"));

    // now the same key is accepted, and its API keeps the code
    HttpResponse<String> stored =
        coordinator.postJson(API + "/funding-arrangements", arrangementBody("Eigen " + dutch, key));
    assertEquals(201, stored.statusCode(), stored.body());
    long version = versionIds(coordinator, json(stored).getJsonNumber("id").longValue()).get(0);
    JsonObject v = json(coordinator.get(API + "/funding-versions/" + version));
    assertEquals(code, v.getJsonArray("parts").getJsonObject(1).getString("basis"));
    HttpResponse<String> imported =
        coordinator.post(
            API + "/indicators?indicator=" + code + "&source=Test&referenceDate=2026-01-01",
            "text/csv",
            "gemeentecode;waarde\nGM0599;120\nGM0606;3\n");
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(dutch, setsOf(code).get(0).getString("label"));

    // labels, not codes, where people read: exports in their language, the version page
    json(
        coordinator.putJson(
            API + "/indicator-definitions/" + code,
            "{\"labelNl\": \"" + dutch + "\", \"labelEn\": \"" + english + "\"}"));
    String dutchCsv = coordinator.get(API + "/funding-versions/" + version + "/export.csv").body();
    String englishCsv =
        coordinator.get(API + "/funding-versions/" + version + "/export.csv", "en").body();
    String dutchHeader = dutchCsv.lines().findFirst().orElse("");
    String englishHeader = englishCsv.lines().findFirst().orElse("");
    assertTrue(dutchHeader.contains(dutch + " waarde"), dutchHeader);
    assertTrue(dutchHeader.contains("Gelijke delen waarde"), dutchHeader);
    assertTrue(englishHeader.contains(english + " value"), englishHeader);
    assertFalse(dutchHeader.contains(code), "no code in the header: " + dutchHeader);
    assertFalse(englishHeader.contains(code), "no code in the header: " + englishHeader);
    Http browser = Http.browser(base.toURI());
    browser.signIn("coordinator", "demo", "/r/29/funding");
    String page = browser.get("/r/29/funding/versions/" + version).body();
    assertTrue(page.contains(dutch), "the label on the version page");
    assertTrue(page.contains("Gelijke delen"));
    assertFalse(
        page.contains(code),
        () ->
            "no code on the version page: "
                + page.substring(
                    Math.max(0, page.indexOf(code) - 300),
                    Math.min(page.length(), page.indexOf(code) + 100)));

    // used: it stays; an unused one of the region's own can be removed
    assertProblem(coordinator.deleteJson(API + "/indicator-definitions/" + code), 409);
    String unused = code + "_x";
    assertEquals(
        201,
        coordinator
            .postJson(
                API + "/indicator-definitions",
                "{\"code\": \"" + unused + "\", \"labelNl\": \"Ongebruikt " + dutch + "\"}")
            .statusCode());
    assertEquals(
        204, coordinator.deleteJson(API + "/indicator-definitions/" + unused).statusCode());
    assertProblem(coordinator.get(API + "/indicator-definitions/" + unused), 404);
    assertProblem(coordinator.deleteJson(API + "/indicator-definitions/caseload"), 404);
  }

  /** Registers one of the region's own indicators unless it is there already. */
  private void ownIndicator(String code, String dutch, String english) {
    HttpResponse<String> r =
        coordinator.postJson(
            API + "/indicator-definitions",
            "{\"code\": \""
                + code
                + "\", \"labelNl\": \""
                + dutch
                + "\""
                + (english == null ? "" : ", \"labelEn\": \"" + english + "\"")
                + "}");
    assertTrue(r.statusCode() == 201 || r.statusCode() == 409, r.statusCode() + " " + r.body());
  }

  private List<JsonObject> setsOf(String indicator) {
    return json(coordinator.get(API + "/indicators")).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("indicator").equals(indicator))
        .toList();
  }

  @Test
  void everyReaderDownloadsTheKeyAndTheStatementsWithSmallCountsSuppressed() {
    long arrangement = createArrangement("Exportregeling " + UUID.randomUUID(), "3");
    long version = versionIds(coordinator, arrangement).get(0);
    json(coordinator.postJson(API + "/funding-versions/" + version + "/publish", ""));
    String base = API + "/funding-versions/" + version;

    HttpResponse<String> csv = policy.get(base + "/export.csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
    assertTrue(csv.body().contains("<5"), "the small caseload is suppressed: " + csv.body());
    long cents = 0;
    for (String line : csv.body().split("\r?\n")) {
      String[] cells = line.split(";");
      if (cells.length > 2 && cells[0].replace("\uFEFF", "").matches("GM\\d{4}")) {
        assertTrue(cells[2].matches("\\d+,\\d{2}"), "a Dutch decimal comma: " + cells[2]);
        cents += cents(cells[2].replace(',', '.'));
      }
    }
    assertEquals(10_000_000, cents, "the amounts in the file add up to the total: " + csv.body());
    String english = policy.get(base + "/export.csv", "en").body();
    assertTrue(
        english.lines().anyMatch(l -> l.matches("GM\\d{4};[^;]*;\\d+\\.\\d{2};.*")),
        "an English decimal point: " + english);

    assertTrue(
        coordinator.get(base + "/export.xlsx").body().startsWith("PK"), "an xlsx (zip) file");
    HttpResponse<String> pdf = policy.get(base + "/statements.pdf?municipality=GM0599");
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.body().startsWith("%PDF"));
    assertProblem(policy.get(base + "/statements.pdf?municipality=GM0344"), 400);
    assertEquals(403, school.get(base + "/export.csv").statusCode());
  }

  @Test
  void reviewsAtTheSameMomentAreEachRecordedOrRefusedWithAConflictNeverLost() throws Exception {
    for (int round = 0; round < 3; round++) {
      long arrangement = createArrangement("Gelijktijdig " + UUID.randomUUID(), "8");
      long version = versionIds(coordinator, arrangement).get(0);
      json(coordinator.postJson(API + "/funding-versions/" + version + "/publish", ""));
      var rotterdam =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> review(policy, version, "APPROVED", null));
      var schiedam =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> review(policy2, version, "APPROVED", null));
      int accepted = 0;
      for (HttpResponse<String> r : List.of(rotterdam.get(), schiedam.get())) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 409, r.statusCode() + " " + r.body());
        accepted += r.statusCode() == 200 ? 1 : 0;
      }
      JsonObject after = json(coordinator.get(API + "/funding-versions/" + version));
      assertEquals(accepted, after.getInt("approvals"), "every accepted review is kept, no other");
      assertEquals(accepted == 2 ? "LOCKED" : "PUBLISHED", after.getString("status"));
    }
  }

  @Test
  void aCoordinatorStartsAnArrangementOnTheEditorPage() throws Exception {
    Http browser = Http.browser(base.toURI());
    browser.signIn("coordinator", "demo", "/r/29/funding/new");
    HttpResponse<String> form = browser.get("/r/29/funding/new");
    assertEquals(200, form.statusCode());
    String title = "Paginasleutel " + UUID.randomUUID();
    java.util.Map<String, String> fields = newKeyFields(title, "12.345,6789", "100");
    fields.put("edit:label", "Eerste opzet");
    fields.put("edit:chosen_input", "GM0606");
    fields.put("edit:save", "");
    HttpResponse<String> wrong =
        browser.submitMultipart(
            "/r/29/funding/new", form.body(), fields, "edit:importFile", "leeg.csv", "");
    assertEquals(200, wrong.statusCode());
    assertTrue(
        wrong.body().contains("meer dan twee decimalen"), "the total is refused with a reason");
    assertFalse(listedTitle(title), "nothing was stored");

    fields.put("edit:total", "12.345,67");
    fields.remove("edit:save");
    fields.put("edit:preview", "");
    HttpResponse<String> previewed =
        browser.submitMultipart(
            "/r/29/funding/new", wrong.body(), fields, "edit:importFile", "leeg.csv", "");
    assertEquals(200, previewed.statusCode());
    assertTrue(
        previewed.body().contains("Berekend:") && previewed.body().contains("Nog niets opgeslagen"),
        "a message says what the preview did");
    assertFalse(listedTitle(title), "a preview stores nothing");
    fields.remove("edit:preview");
    fields.put("edit:save", "");
    HttpResponse<String> saved =
        browser.submitMultipart(
            "/r/29/funding/new", previewed.body(), fields, "edit:importFile", "leeg.csv", "");
    assertEquals(302, saved.statusCode(), saved.body());
    String location = saved.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("/r/29/funding/versions/"), location);
    assertTrue(listedTitle(title));
    long version = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    JsonObject stored = json(coordinator.get(API + "/funding-versions/" + version));
    assertEquals("12345.67", stored.getString("total"));
    assertEquals("DRAFT", stored.getString("status"));
    assertEquals("GM0606", stored.getJsonArray("shares").getJsonObject(0).getString("code"));
  }

  @Test
  void theEditorReadsAnIndicatorFileWithTheLibrarysRulesAndKeepsItsValuesUntilSaved()
      throws Exception {
    ownIndicator("leerlingen_it", "Leerlingen in de proef", null);
    Http browser = Http.browser(base.toURI());
    browser.signIn("coordinator", "demo", "/r/29/funding/new");
    HttpResponse<String> form = browser.get("/r/29/funding/new");
    assertTrue(
        form.body().contains("Leerlingen in de proef"), "the region's own indicator is listed");
    String title = "Bestandsleutel " + UUID.randomUUID();
    java.util.Map<String, String> fields = newKeyFields(title, "1.000,00", "50");
    fields.put("edit:indicator_input", "leerlingen_it");
    fields.put("edit:importDate_input", "01-10-2026");
    fields.put("edit:importButton", "");
    HttpResponse<String> rejected =
        browser.submitMultipart(
            "/r/29/funding/new",
            form.body(),
            fields,
            "edit:importFile",
            "duo.csv",
            "gemeentecode;waarde\nGM0599;300\nGM9999;5\n");
    assertEquals(200, rejected.statusCode());
    assertTrue(rejected.body().contains("Het bestand is geweigerd"), rejected.body());
    assertTrue(
        rejected.body().contains("GM9999 is geen bekende gemeente"),
        "the library's reader knows every municipality");

    HttpResponse<String> read =
        browser.submitMultipart(
            "/r/29/funding/new",
            rejected.body(),
            fields,
            "edit:importFile",
            "duo.csv",
            "gemeentecode;waarde\nGM0599;300\nGM0606;100\n");
    assertEquals(200, read.statusCode());
    assertTrue(
        read.body().contains("2 waarden voor Leerlingen in de proef zijn ingelezen"), read.body());
    assertTrue(read.body().contains("value=\"1000,00\""), "the total in Dutch");
    assertFalse(listedTitle(title), "reading a file stores nothing");

    fields.remove("edit:importButton");
    fields.put("edit:parts:1:basis", "leerlingen_it");
    fields.put("edit:parts:1:percent", "50");
    fields.put("edit:chosen_input", "GM0599");
    fields.put("edit:save", "");
    HttpResponse<String> saved =
        browser.submitMultipart(
            "/r/29/funding/new", read.body(), fields, "edit:importFile", "leeg.csv", "");
    assertEquals(302, saved.statusCode(), saved.body());
    String location = saved.headers().firstValue("Location").orElse("");
    long version = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    JsonObject stored = json(coordinator.get(API + "/funding-versions/" + version));
    assertEquals("1000.00", share(stored, "GM0599").getString("amount"));
  }

  @Test
  void aCoordinatorFillsTheIndicatorLibraryOnItsPage() throws Exception {
    Http browser = Http.browser(base.toURI());
    browser.signIn("coordinator", "demo", "/r/29/indicators");
    HttpResponse<String> page = browser.get("/r/29/indicators");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Indicatorbibliotheek"));
    assertTrue(page.body().contains("Caseload naar woonplaats"), "the built-in bases are listed");

    // the region's own indicator, registered on the page; a built-in code is refused at its field
    java.util.Map<String, String> register = new java.util.HashMap<>();
    register.put("definitions", "definitions");
    register.put("definitions:code", "caseload");
    register.put("definitions:labelNl", "Inwoners in totaal");
    register.put("definitions:labelEn", "");
    register.put("definitions:save", "");
    HttpResponse<String> builtIn = browser.submit("/r/29/indicators", page.body(), register);
    assertEquals(200, builtIn.statusCode());
    assertTrue(builtIn.body().contains("caseload is een ingebouwde grondslag"), builtIn.body());
    register.put("definitions:code", "population");
    HttpResponse<String> registered = browser.submit("/r/29/indicators", builtIn.body(), register);
    assertEquals(200, registered.statusCode());
    assertTrue(
        registered.body().contains("De indicator \"Inwoners in totaal\" is vastgelegd")
            || registered
                .body()
                .contains("De indicator &quot;Inwoners in totaal&quot; is vastgelegd"),
        registered.body());
    JsonObject population = json(coordinator.get(API + "/indicator-definitions/population", "en"));
    assertEquals("Inwoners in totaal", population.getString("label"), "English falls back");
    assertEquals("REGION", population.getString("kind"));
    page = registered;

    java.util.Map<String, String> fields =
        java.util.Map.of(
            "library", "library",
            "library:indicator_input", "population",
            "library:source", "CBS StatLine 03759ned",
            "library:referenceDate_input", "01-01-2026",
            "library:upload", "");
    HttpResponse<String> rejected =
        browser.submitMultipart(
            "/r/29/indicators",
            page.body(),
            fields,
            "library:file",
            "cbs.csv",
            "gemeentecode;waarde\nGM0599;670000\nGM0606;-1\n");
    assertEquals(200, rejected.statusCode());
    assertTrue(rejected.body().contains("Het bestand is geweigerd"), rejected.body());
    assertTrue(setsOf("population").isEmpty(), "nothing of a rejected file is applied");
    HttpResponse<String> accepted =
        browser.submitMultipart(
            "/r/29/indicators",
            rejected.body(),
            fields,
            "library:file",
            "cbs.csv",
            "gemeentecode;waarde\nGM0599;670000\nGM0606;80000\n");
    assertEquals(200, accepted.statusCode());
    assertTrue(accepted.body().contains("ingelezen"), accepted.body());
    assertEquals(2, setsOf("population").get(0).getInt("municipalities"));
    assertEquals("Inwoners in totaal", setsOf("population").get(0).getString("label"));
    Http school = Http.browser(base.toURI());
    school.signIn("school", "demo", "/r/29/");
    assertEquals(403, school.get("/r/29/indicators").statusCode());
  }

  /** The editor's fields for a new arrangement in 2027 with one equal part. */
  private static java.util.Map<String, String> newKeyFields(
      String title, String total, String equalPercent) {
    java.util.Map<String, String> fields = new java.util.HashMap<>();
    fields.put("edit", "edit");
    fields.put("edit:title", title);
    fields.put("edit:year_input", "2027");
    fields.put("edit:year_hinput", "2027");
    fields.put("edit:total", total);
    fields.put("edit:parts:0:basis", "EQUAL");
    fields.put("edit:parts:0:percent", equalPercent);
    return fields;
  }

  private boolean listedTitle(String title) {
    return json(coordinator.get(API + "/funding-arrangements")).getJsonArray("items").stream()
        .anyMatch(i -> i.asJsonObject().getString("title").equals(title));
  }

  @Test
  void aDraftKeepsTheOrderAndBoundsItWasGivenWhenItsMunicipalitiesAreReordered() {
    long arrangement = createArrangement("Volgorde " + UUID.randomUUID(), "5");
    long version = versionIds(coordinator, arrangement).get(0);
    String base = API + "/funding-versions/" + version;
    for (String[] order :
        new String[][] {{"GM0622", "GM0606", "GM0599"}, {"GM0599", "GM0622", "GM0606"}}) {
      long revision = json(coordinator.get(base)).getJsonNumber("revision").longValue();
      StringBuilder municipalities = new StringBuilder();
      for (String code : order) {
        municipalities
            .append(municipalities.length() == 0 ? "" : ",")
            .append("{\"code\":\"")
            .append(code)
            .append("\",\"indicators\":{\"caseload\":10},\"minimum\":\"100.00\"}");
      }
      String body =
          "{\"revision\":"
              + revision
              + ",\"total\":\"9000.00\",\"parts\":[{\"basis\":\"caseload\",\"percent\":\"100\"}],"
              + "\"municipalities\":["
              + municipalities
              + "]}";
      HttpResponse<String> r = coordinator.putJson(base, body);
      assertEquals(200, r.statusCode(), r.body());
      List<String> stored =
          json(coordinator.get(base)).getJsonArray("shares").stream()
              .map(x -> x.asJsonObject().getString("code"))
              .toList();
      assertEquals(List.of(order), stored, "stored in the order given");
    }
  }

  @Test
  void aPolicyOfficerSeesNothingOfAKeyTheirMunicipalityIsNotIn() {
    String body =
        "{\"title\": \"Zonder Rotterdam "
            + UUID.randomUUID()
            + "\", \"year\": 2027, \"key\": {\"total\": \"5000.00\", \"parts\": [{\"basis\": \"EQUAL\", \"percent\": \"100\"}],"
            + " \"municipalities\": [{\"code\": \"GM0606\"}, {\"code\": \"GM0622\"}]}}";
    long arrangement =
        json(coordinator.postJson(API + "/funding-arrangements", body))
            .getJsonNumber("id")
            .longValue();
    long version = versionIds(coordinator, arrangement).get(0);
    json(coordinator.postJson(API + "/funding-versions/" + version + "/publish", ""));
    assertEquals(404, policy.get(API + "/funding-versions/" + version).statusCode());
    assertEquals(404, review(policy, version, "APPROVED", null).statusCode());
    assertFalse(listed(policy, arrangement));
    assertTrue(listed(policy2, arrangement), "Schiedam takes part");
  }

  @Test
  void aBadArrangementIsRefusedWholeAndNothingIsStored() {
    int before = json(coordinator.get(API + "/funding-arrangements")).getJsonArray("items").size();
    HttpResponse<String> r =
        coordinator.postJson(
            API + "/funding-arrangements",
            "{\"title\": \"\", \"year\": 1999, \"key\": {\"total\": \"-1\", \"parts\": [], \"municipalities\": [{\"code\": \"GM9999\"}]}}");
    assertEquals(400, r.statusCode(), r.body());
    Set<String> fields = new HashSet<>();
    parse(r)
        .getJsonArray("errors")
        .forEach(e -> fields.add(e.asJsonObject().getString("field", "")));
    assertTrue(
        fields.containsAll(Set.of("title", "year", "total", "parts", "municipalities[0].code")),
        fields.toString());
    String title = "Dubbel " + UUID.randomUUID();
    createArrangement(title, "7");
    assertProblem(
        coordinator.postJson(
            API + "/funding-arrangements", arrangementBody(title, key("1.00", "7"))),
        409);
    assertEquals(
        before + 1,
        json(coordinator.get(API + "/funding-arrangements")).getJsonArray("items").size());
  }

  @Test
  void aPolicyOfficerOfADeactivatedOrganisationCannotReview() {
    long arrangement = createArrangement("Gedeactiveerd " + UUID.randomUUID(), "3");
    long version = versionIds(coordinator, arrangement).get(0);
    json(coordinator.postJson(API + "/funding-versions/" + version + "/publish", ""));
    long schiedam =
        json(policy2.get("/api/v1/me"))
            .getJsonArray("memberships")
            .getJsonObject(0)
            .getJsonNumber("organisationId")
            .longValue();
    json(coordinator.postJson(API + "/organisations/" + schiedam + "/deactivate", ""));
    try {
      assertProblem(review(policy2, version, "APPROVED", null), 403);
      assertFalse(
          share(json(coordinator.get(API + "/funding-versions/" + version)), "GM0606")
              .containsKey("review"),
          "the refused review changed nothing");
    } finally {
      json(coordinator.postJson(API + "/organisations/" + schiedam + "/reactivate", ""));
    }
    assertEquals(
        1, json(review(policy2, version, "APPROVED", null)).getInt("approvals"), "active again");
  }

  // ---------------------------------------------------------------------------------------------

  private void assertPreviewRefused(String body, String fieldPrefix) {
    HttpResponse<String> r = school.postJson(API + "/funding-keys/preview", body);
    assertEquals(400, r.statusCode(), body + " -> " + r.body());
    JsonObject problem = parse(r);
    assertEquals("/problems/invalid-input", problem.getString("type"));
    boolean found = false;
    for (JsonValue e : problem.getJsonArray("errors")) {
      found |= e.asJsonObject().getString("field", "").startsWith(fieldPrefix);
    }
    assertTrue(found, "an error at " + fieldPrefix + ": " + r.body());
  }

  /** A browser signed in as {@code user}. */
  private Http pages(String user) throws Exception {
    Http browser = Http.browser(base.toURI());
    assertEquals(302, browser.signIn(user, "demo", "/r/29/").statusCode(), "sign-in of " + user);
    return browser;
  }

  private static String dashboard(Http browser) {
    HttpResponse<String> page = browser.get("/r/29/");
    assertEquals(200, page.statusCode());
    String body = page.body();
    assertTrue(body.contains("id=\"openWork\""), "the dashboard has its open work");
    return body;
  }

  /** The link of the open-work item with this id (fails when there is none). */
  private static String openWorkLink(String dashboard, String itemId) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<li id=\"" + itemId + "\">\\s*<a href=\"([^\"]+)\"",
                java.util.regex.Pattern.DOTALL)
            .matcher(dashboard);
    assertTrue(m.find(), "an open-work item " + itemId);
    return m.group(1);
  }

  /** The sentence of the error page. */
  private static String errorText(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<main[^>]*>(.*?)</main>", java.util.regex.Pattern.DOTALL)
            .matcher(page);
    assertTrue(m.find(), "an error page");
    return m.group(1).replaceAll("\\s+", " ");
  }

  private long createArrangement(String title, String schiedamCaseload) {
    HttpResponse<String> r =
        coordinator.postJson(
            API + "/funding-arrangements",
            arrangementBody(title, key("100000.00", schiedamCaseload)));
    assertEquals(201, r.statusCode(), r.body());
    return json(r).getJsonNumber("id").longValue();
  }

  private static String arrangementBody(String title, String key) {
    return "{\"title\": \""
        + title
        + "\", \"year\": 2027, \"description\": \"Gedeelde kosten\", \"key\": "
        + key
        + "}";
  }

  /** A key over Rotterdam and Schiedam: half equal, half by caseload, with its source. */
  private static String key(String total, String schiedamCaseload) {
    return "{\"label\": \"Scenario\", \"total\": \""
        + total
        + "\", \"parts\": [{\"basis\": \"EQUAL\", \"percent\": \"50\"}, {\"basis\": \"caseload\", \"percent\": \"50\"}],"
        + " \"municipalities\": [{\"code\": \"GM0599\", \"indicators\": {\"caseload\": 120}},"
        + " {\"code\": \"GM0606\", \"indicators\": {\"caseload\": "
        + schiedamCaseload
        + "}}], \"sources\": {\"caseload\": {\"source\": \"Registratie Buurtteam\", \"referenceDate\": \"2026-01-01\"}}}";
  }

  private static HttpResponse<String> review(
      Http who, long version, String decision, String comment) {
    return who.postJson(
        API + "/funding-versions/" + version + "/reviews",
        "{\"decision\": \""
            + decision
            + "\""
            + (comment == null ? "" : ", \"comment\": \"" + comment + "\"")
            + "}");
  }

  private static List<Long> versionIds(Http who, long arrangement) {
    return json(who.get(API + "/funding-arrangements/" + arrangement))
        .getJsonArray("versions")
        .stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static boolean listed(Http who, long arrangement) {
    return json(who.get(API + "/funding-arrangements")).getJsonArray("items").stream()
        .anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == arrangement);
  }

  private static JsonObject share(JsonObject version, String code) {
    return version.getJsonArray("shares").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject caseloadLine(JsonObject version, String code) {
    return share(version, code).getJsonArray("lines").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getString("basis").equals("caseload"))
        .findFirst()
        .orElseThrow();
  }

  private static String caseloadValue(JsonObject version, String code) {
    return caseloadLine(version, code).getString("value");
  }

  private static long cents(String amount) {
    return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
  }

  private static void assertProblem(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").contains("problem+json"), r.body());
  }

  private static JsonObject json(HttpResponse<String> r) {
    assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
    return parse(r);
  }

  private static JsonObject parse(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
