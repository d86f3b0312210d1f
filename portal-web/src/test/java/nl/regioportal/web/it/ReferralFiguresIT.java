package nl.regioportal.web.it;

import static nl.regioportal.web.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The referral figures and the caseload by residence over real HTTP against Payara Micro and
 * MariaDB (issue 10, point 9). Referrals are created, submitted, delivered and answered through the
 * API as every referral is; then their moments are moved into March 2024 in the database (a month
 * no other test uses, so the counts are exact while other tests add referrals today), with chosen
 * response times. The declined ones were closed more than 24 months ago, so the retention job
 * anonymises them while the test runs: they must still count.
 */
@ExtendWith(SharedPortal.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferralFiguresIT {

  private static final String API = "/api/v1/regions/29";
  private static final String REFERRALS = API + "/referrals";
  private static final String FIGURES = API + "/referral-figures";
  private static final String MARCH = "?from=2024-03-01&to=2024-03-31";
  private static final LocalDateTime T0 = LocalDateTime.of(2024, 3, 4, 8, 0);

  /** The referrals of the fixture, made once for the class. */
  private static List<Long> declined;

  @SharedPortal.Base URL base;

  private Http school;
  private Http care;
  private Http coordinator;
  private Http policy;

  @BeforeEach
  void fixture() throws Exception {
    URI uri = base.toURI();
    school = Http.api(uri, "school", "demo");
    care = Http.api(uri, "care", "demo");
    coordinator = Http.api(uri, "coordinator", "demo");
    policy = Http.api(uri, "policy", "demo");
    if (declined != null) {
      return;
    }
    long wijkteam = wijkteam();
    // Rotterdam, income and debt: 6 accepted after 1..6 hours, 5 declined after 10 hours
    for (int h = 1; h <= 6; h++) {
      answered(wijkteam, "GM0599", "income_debt", h, "{\"state\":\"ACCEPTED\"}");
    }
    List<Long> no = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      no.add(
          answered(
              wijkteam,
              "GM0599",
              "income_debt",
              10,
              "{\"state\":\"DECLINED\",\"declineReason\":\"NO_CAPACITY\"}"));
    }
    // Schiedam, housing: one waitlisted after 30 hours and accepted a day later, one unanswered
    long waitlisted =
        answered(
            wijkteam,
            "GM0606",
            "housing",
            30,
            "{\"state\":\"WAITLISTED\",\"expectedStart\":\""
                + LocalDate.now().plusWeeks(2)
                + "\"}");
    answer(waitlisted, "{\"state\":\"ACCEPTED\"}");
    PortalDatabase.update(
        "update referral_event set at = ? where referral_id = ? and kind = 'ANSWERED'"
            + " and to_state = 'ACCEPTED'",
        T0.plusHours(30).plusDays(1),
        waitlisted);
    long open = delivered(wijkteam, "GM0606", "housing");
    moveTo(open, T0, null);
    declined = no;
  }

  @Test
  @Order(1)
  void theFiguresCountPerLifeDomainAndMunicipalityWithSmallCountsAsUnderFive() {
    JsonObject f = json(policy.get(FIGURES + MARCH));
    assertEquals("2024-03-01", f.getString("from"));
    assertFalse(f.getBoolean("empty"));
    JsonObject total = f.getJsonObject("total");
    assertEquals("13", total.getString("submitted"), total.toString());
    assertEquals("12", total.getString("answered"));
    assertEquals("7", total.getString("accepted"));
    assertEquals("5", total.getString("declined"));
    assertEquals("<5", total.getString("waitlisted"));
    assertEquals("58", total.getString("acceptancePercent"), "7 of 12 decided");
    // 1,2,3,4,5,6,10,10,10,10,10,30 hours: median (6+10)/2, p90 the 11th
    assertEquals("8.0", total.getString("responseHoursMedian"));
    assertEquals("10.0", total.getString("responseHoursP90"));

    JsonObject rotterdam = row(f, "byMunicipality", "GM0599");
    assertEquals("Rotterdam", rotterdam.getString("name"));
    // Schiedam's submitted, accepted and answered counts are small; Rotterdam's would give them
    // away (the region's 13 minus Rotterdam's 11 is Schiedam's 2): withheld too, as "x", with the
    // rate and times worked out from them (secondary suppression); the declined (5 and 0) stay
    assertEquals("x", rotterdam.getString("submitted"));
    assertEquals("x", rotterdam.getString("accepted"));
    assertEquals("5", rotterdam.getString("declined"));
    assertFalse(rotterdam.containsKey("acceptancePercent"), rotterdam.toString());
    assertFalse(rotterdam.containsKey("responseHoursMedian"), rotterdam.toString());

    JsonObject schiedam = row(f, "byMunicipality", "GM0606");
    assertEquals("<5", schiedam.getString("submitted"));
    assertEquals("<5", schiedam.getString("accepted"));
    assertEquals("<5", schiedam.getString("waitlisted"));
    assertEquals("0", schiedam.getString("declined"));
    assertFalse(schiedam.containsKey("acceptancePercent"), schiedam.toString());
    assertFalse(schiedam.containsKey("responseHoursMedian"), "a time of fewer than 5 is hidden");
    assertEquals("0", row(f, "byMunicipality", "GM0489").getString("submitted"), "Barendrecht");

    JsonObject housing = row(f, "byLifeDomain", "housing");
    assertEquals("<5", housing.getString("submitted"));
    assertEquals("11", row(f, "byLifeDomain", "income_debt").getString("submitted"));
    assertEquals("0", row(f, "byLifeDomain", "safety").getString("submitted"));
    assertEquals(
        "Income / debt",
        json(policy.get(FIGURES + MARCH, "en")).getJsonArray("byLifeDomain").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("code").equals("income_debt"))
            .findFirst()
            .orElseThrow()
            .getString("name"));
    assertFalse(f.toString().contains("Testa"), "no student data: " + f);

    JsonObject none = json(coordinator.get(FIGURES + "?from=2024-01-01&to=2024-01-31"));
    assertTrue(none.getBoolean("empty"));
    assertEquals("0", none.getJsonObject("total").getString("submitted"));
  }

  @Test
  @Order(2)
  void anonymisedReferralsStillCount() {
    // closed in March 2024, more than 24 months ago: the retention job (every 2 s) anonymises them
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                PortalDatabase.longs(
                            "select count(*) from referral where anonymised_at is not null"
                                + " and student_given_name is null and id in ("
                                + String.join(",", declined.stream().map(String::valueOf).toList())
                                + ")")
                        .get(0)
                    == declined.size());
    JsonObject total = json(coordinator.get(FIGURES + MARCH)).getJsonObject("total");
    assertEquals("13", total.getString("submitted"));
    assertEquals("5", total.getString("declined"));
  }

  @Test
  @Order(3)
  void onlyCoordinatorsAndPolicyOfficersSeeTheFiguresAndABadPeriodIsAProblem() {
    assertProblem(school.get(FIGURES + MARCH), 403, "/problems/forbidden");
    assertProblem(care.get(FIGURES + MARCH), 403, "/problems/forbidden");
    assertField(coordinator.get(FIGURES + "?from=2024-04-01&to=2024-03-01"), "to");
    assertField(coordinator.get(FIGURES + "?from=1-3-2019&to=2024-03-31"), "from");
    assertField(coordinator.get(FIGURES + "?to=2024-03-31"), "from");

    Http page = Http.browser(uri());
    page.signIn("policy", "demo", "/r/29/referrals/figures");
    HttpResponse<String> shown = page.get("/r/29/referrals/figures" + MARCH);
    assertEquals(200, shown.statusCode());
    assertTrue(shown.body().contains("data-code=\"GM0606\""), "a line per municipality");
    assertTrue(shown.body().contains("&lt;5"), "small counts as <5");
    assertTrue(
        shown.body().contains("aria-current=\"page\">Cijfers verwijzingen</a>"), "in the menu");
    HttpResponse<String> empty = page.get("/r/29/referrals/figures?from=2024-01-01&to=2024-01-31");
    assertTrue(empty.body().contains("id=\"noReferrals\""), "the empty state");
    HttpResponse<String> wrong = page.get("/r/29/referrals/figures?from=2024-04-01&to=2024-03-01");
    assertTrue(wrong.body().contains("id=\"periodProblems\""), "a wrong period is said");
    Http schoolPage = Http.browser(uri());
    schoolPage.signIn("school", "demo", "/r/29/");
    assertEquals(403, schoolPage.get("/r/29/referrals/figures").statusCode());
  }

  @Test
  @Order(4)
  void theCaseloadByResidenceCountsTheReferralsActiveInThePeriodExactly() {
    JsonObject c =
        json(
            coordinator.postJson(
                FIGURES + "/caseload", "{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\"}"));
    assertEquals("caseload", c.getString("indicator"));
    assertEquals("2024-03-31", c.getString("referenceDate"));
    assertEquals(
        "Regioportaal: geaccepteerde verwijzingen, actief 2024-03-01 t/m 2024-03-31",
        c.getString("source"));
    JsonObject values = c.getJsonObject("values");
    assertEquals(6, values.getInt("GM0599"));
    assertEquals(1, values.getInt("GM0606"), "exact, not <5: the key must be checkable");
    assertEquals(0, values.getInt("GM0489"), "the region's other municipalities count 0");
    assertEquals(7, c.getInt("total"));

    // still in care in April: they count again; in January and February nobody was taken on yet
    JsonObject april =
        json(
            coordinator.postJson(
                FIGURES + "/caseload", "{\"from\":\"2024-04-01\",\"to\":\"2024-04-30\"}"));
    assertEquals(7, april.getInt("total"));
    JsonObject before =
        json(
            coordinator.postJson(
                FIGURES + "/caseload",
                "{\"from\":\"2024-01-01\",\"to\":\"2024-02-28\",\"organisationId\":"
                    + wijkteam()
                    + "}"));
    assertEquals(0, before.getInt("total"));
    assertTrue(before.getString("source").contains(", ontvanger Wijkteam Feijenoord"));
    JsonObject otherReceiver =
        json(
            coordinator.postJson(
                FIGURES + "/caseload",
                "{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\",\"organisationId\":"
                    + otherOrganisation()
                    + "}"));
    assertEquals(0, otherReceiver.getInt("total"), "another receiver had none of them");
    // the last count of the 31st replaced the set: count again for all receivers
    json(
        coordinator.postJson(
            FIGURES + "/caseload", "{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\"}"));

    JsonObject set =
        json(coordinator.get(API + "/indicators")).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(
                s ->
                    s.getString("indicator").equals("caseload")
                        && s.getString("referenceDate").equals("2024-03-31"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the caseload set is in the library"));
    assertTrue(set.getString("source").startsWith("Regioportaal: geaccepteerde verwijzingen"));
    assertEquals(0, set.getInt("suppressedAsFour"));

    assertProblem(
        policy.postJson(FIGURES + "/caseload", "{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\"}"),
        403,
        "/problems/forbidden");
    assertField(
        coordinator.postJson(
            FIGURES + "/caseload",
            "{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\",\"organisationId\":999999999}"),
        "organisationId");
    assertField(
        coordinator.postJson(
            FIGURES + "/caseload", "{\"from\":\"2024-03-31\",\"to\":\"2024-03-01\"}"),
        "to");
    // before 2023 the demo region had no municipalities, and nobody was in care: nothing to store
    assertField(
        coordinator.postJson(
            FIGURES + "/caseload", "{\"from\":\"2020-01-01\",\"to\":\"2020-12-31\"}"),
        "to");
  }

  @Test
  @Order(5)
  void theKeyEditorCountsTheCaseloadAndAKeyOnItIsCheckableToTheCent() throws Exception {
    Http browser = Http.browser(uri());
    browser.signIn("coordinator", "demo", "/r/29/funding/new");
    HttpResponse<String> form = browser.get("/r/29/funding/new");
    assertEquals(200, form.statusCode());
    assertTrue(form.body().contains("edit:countCaseload"), "the editor offers the caseload");
    String title = "Caseload " + UUID.randomUUID();
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"edit", "edit"});
    fields.add(new String[] {"edit:title", title});
    fields.add(new String[] {"edit:year_input", "2027"});
    fields.add(new String[] {"edit:year_hinput", "2027"});
    fields.add(new String[] {"edit:total", "700,00"});
    fields.add(new String[] {"edit:parts:0:basis", "caseload"});
    fields.add(new String[] {"edit:parts:0:percent", "100"});
    fields.add(new String[] {"edit:caseloadFrom", "2024-03-01"});
    fields.add(new String[] {"edit:caseloadTo", "2024-03-31"});
    fields.add(new String[] {"edit:caseloadOrganisation", String.valueOf(wijkteam())});
    fields.add(new String[] {"edit:countCaseload", ""});
    HttpResponse<String> counted = post(browser, form.body(), fields);
    assertEquals(200, counted.statusCode());
    assertTrue(
        counted.body().contains("7 lopende verwijzingen geteld"),
        "the count is said: " + text(counted));

    // the editor took every municipality of the set: choose them again, as the page shows them
    fields.removeIf(f -> f[0].startsWith("edit:caseload") || f[0].equals("edit:countCaseload"));
    for (String code : regionCodes()) {
      fields.add(new String[] {"edit:chosen_input", code});
    }
    fields.add(new String[] {"edit:save", ""});
    HttpResponse<String> saved = post(browser, counted.body(), fields);
    assertEquals(302, saved.statusCode(), text(saved));
    String location = saved.headers().firstValue("Location").orElse("");
    long version = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    JsonObject key = json(coordinator.get(API + "/funding-versions/" + version));
    Map<String, String> amounts = new LinkedHashMap<>();
    key.getJsonArray("shares").stream()
        .map(JsonValue::asJsonObject)
        .forEach(s -> amounts.put(s.getString("code"), s.getString("amount")));
    assertEquals("600.00", amounts.get("GM0599"), amounts.toString());
    assertEquals("100.00", amounts.get("GM0606"));
    assertEquals("0.00", amounts.get("GM0489"));
    JsonObject source = key.getJsonObject("sources").getJsonObject("caseload");
    assertEquals("2024-03-31", source.getString("referenceDate"));
    assertTrue(
        source.getString("source").contains("2024-03-31, ontvanger Wijkteam Feijenoord"),
        source.toString());
  }

  // ---- the fixture

  /** A referral delivered to the receiver's inbox and answered, moved to T0 with its answer. */
  private long answered(long receiver, String municipality, String domain, int hours, String a) {
    long id = delivered(receiver, municipality, domain);
    answer(id, a);
    moveTo(id, T0, T0.plusHours(hours));
    return id;
  }

  private void answer(long id, String body) {
    HttpResponse<String> r = care.postJson(REFERRALS + "/" + id + "/answer", body);
    assertEquals(200, r.statusCode(), r.body());
  }

  private long delivered(long receiver, String municipality, String domain) {
    long id =
        json(school.postJson(REFERRALS, referral(receiver, municipality, domain)))
            .getJsonNumber("id")
            .longValue();
    assertEquals(200, school.postJson(REFERRALS + "/" + id + "/submit", "").statusCode());
    Awaitility.await()
        .atMost(Duration.ofSeconds(45))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> json(school.get(REFERRALS + "/" + id)).getString("state").equals("DELIVERED"));
    return id;
  }

  /**
   * Moves a referral's moments: submitted (and created, delivered) at {@code submitted}, the
   * receiver's answers and its closing (when closed) at {@code answered}.
   */
  private static void moveTo(long id, LocalDateTime submitted, LocalDateTime answered) {
    PortalDatabase.update(
        "update referral set created_at = ?, submitted_at = ?, delivered_at = ?, responded_at = ?,"
            + " closed_at = case when closed_at is null then null else ? end where id = ?",
        submitted,
        submitted,
        submitted,
        answered,
        answered,
        id);
    PortalDatabase.update(
        "update referral_event set at = case when kind = 'ANSWERED' then ? else ? end"
            + " where referral_id = ?",
        answered,
        submitted,
        id);
  }

  private static String referral(long receiver, String municipality, String domain) {
    return String.format(
        "{\"receiverOrganisationId\":%d,\"student\":{\"givenName\":\"Testa\","
            + "\"familyName\":\"Cijfers\",\"birthDate\":\"%s\",\"municipality\":\"%s\"},"
            + "\"reason\":{\"domains\":[\"%s\"]},\"urgency\":\"REGULAR\","
            + "\"consent\":{\"givenBy\":\"STUDENT\",\"categories\":[\"IDENTITY\",\"RESIDENCE\"],"
            + "\"purpose\":\"Hulp\",\"validUntil\":\"%s\",\"obtained\":\"IN_PERSON\"}}",
        receiver,
        LocalDate.now().minusYears(19),
        municipality,
        domain,
        LocalDate.now().plusMonths(6));
  }

  private long wijkteam() {
    return organisationWhere(o -> o.getString("name").startsWith("Wijkteam Feijenoord"));
  }

  private long otherOrganisation() {
    return organisationWhere(
        o ->
            o.getString("type").equals("CARE_PARTNER")
                && !o.getString("name").startsWith("Wijkteam"));
  }

  private long organisationWhere(java.util.function.Predicate<JsonObject> which) {
    return json(coordinator.get(API + "/organisations?limit=100")).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(which)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private List<String> regionCodes() {
    HttpResponse<String> r = coordinator.get(API + "/municipalities");
    assertEquals(200, r.statusCode(), r.body());
    return Json.createReader(new StringReader(r.body())).readArray().stream()
        .map(m -> m.asJsonObject().getString("code"))
        .toList();
  }

  /** Posts the editor's form as the browser does (multipart, the same name more than once). */
  private static HttpResponse<String> post(Http browser, String page, List<String[]> fields) {
    String boundary = "----figures" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    List<String[]> all = new ArrayList<>(fields);
    Http.formFields(page, Map.of()).forEach((k, v) -> all.add(new String[] {k, v}));
    for (String[] f : all) {
      body.append("--").append(boundary).append("\r\n");
      body.append("Content-Disposition: form-data; name=\"").append(f[0]).append("\"\r\n\r\n");
      body.append(f[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("\r\n");
    body.append("Content-Disposition: form-data; name=\"edit:importFile\"; filename=\"\"\r\n");
    body.append("Content-Type: application/octet-stream\r\n\r\n\r\n");
    body.append("--").append(boundary).append("--\r\n");
    return browser.post(
        "/r/29/funding/new", "multipart/form-data; boundary=" + boundary, body.toString());
  }

  private URI uri() {
    try {
      return base.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject row(JsonObject figures, String table, String code) {
    return figures.getJsonArray(table).stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line " + code + " in " + table));
  }

  private static String text(HttpResponse<String> r) {
    return r.statusCode() + ": " + r.body().replaceAll("(?s)<script.*?</script>", "");
  }

  private static void assertField(HttpResponse<String> r, String field) {
    assertProblem(r, 400, "/problems/invalid-input");
    boolean named =
        json400(r).getJsonArray("errors").stream()
            .anyMatch(e -> field.equals(e.asJsonObject().getString("field", "")));
    assertTrue(named, field + ": " + r.body());
  }

  private static JsonObject json400(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static JsonObject json(HttpResponse<String> r) {
    assertTrue(r.statusCode() / 100 == 2, r.uri() + " " + r.statusCode() + ": " + r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
