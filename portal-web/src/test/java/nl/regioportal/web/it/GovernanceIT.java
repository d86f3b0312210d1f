package nl.regioportal.web.it;

import static nl.regioportal.web.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Governing bodies over real HTTP against the portal in Payara Micro and MariaDB (issue 11, point
 * 1): a body with seats and terms, who holds each seat today; an overlapping term refused at its
 * field with nothing saved; one chair a body; readers who may not change; another region's body
 * answers 404.
 */
@ExtendWith(SharedPortal.class)
class GovernanceIT {

  private static final String BODIES = "/api/v1/regions/29/bodies";

  @SharedPortal.Base URL base;

  private Http coordinator;
  private Http school;
  private Http policy;

  @BeforeEach
  void callers() throws Exception {
    URI uri = base.toURI();
    coordinator = Http.api(uri, "coordinator", "demo");
    school = Http.api(uri, "school", "demo");
    policy = Http.api(uri, "policy", "demo");
  }

  @Test
  void aBodyWithSeatsAndTermsShowsWhoHoldsEachSeatToday() throws Exception {
    long table = created(coordinator.postJson(BODIES, body("Bestuurlijk overleg", null)));
    long prep =
        created(
            coordinator.postJson(
                BODIES,
                "{\"name\":\"Ambtelijk voorportaal "
                    + UUID.randomUUID()
                    + "\",\"kind\":\"PREPARATION_GROUP\",\"parentId\":"
                    + table
                    + "}"));
    long rotterdam = organisation("Gemeente Rotterdam");
    long chair = created(coordinator.postJson(seats(table), "{\"role\":\"CHAIR\"}"));
    long member =
        created(
            coordinator.postJson(
                seats(table),
                "{\"role\":\"MEMBER\",\"organisationId\":"
                    + rotterdam
                    + ",\"label\":\"Wethouder onderwijs Rotterdam\"}"));
    LocalDate today = LocalDate.now();
    String past = "P. Vroeger " + UUID.randomUUID().toString().substring(0, 8);
    created(
        coordinator.postJson(
            terms(table, member), term(past, today.minusYears(2), today.minusYears(1))));
    created(
        coordinator.postJson(
            terms(table, member),
            "{\"personName\":\"A. de Vries\",\"email\":\"a.devries@example.org\","
                + "\"startDate\":\""
                + today.minusYears(1).plusDays(1)
                + "\"}"));

    JsonObject read = json(coordinator.get(BODIES + "/" + table));
    assertEquals("ADMINISTRATIVE_TABLE", read.getString("kind"));
    JsonArray seatList = read.getJsonArray("seats");
    assertEquals(2, seatList.size());
    assertEquals(chair, seatList.getJsonObject(0).getJsonNumber("id").longValue());
    JsonObject chairSeat = seatList.getJsonObject(0);
    assertTrue(
        !chairSeat.containsKey("current") || chairSeat.isNull("current"),
        "nobody holds the chair yet");
    JsonObject memberSeat = seatList.getJsonObject(1);
    assertEquals("Gemeente Rotterdam", memberSeat.getString("organisationName"));
    assertEquals("A. de Vries", memberSeat.getJsonObject("current").getString("personName"));
    assertEquals(2, memberSeat.getJsonArray("terms").size());

    // the preparation group names its table; the list has both, readable by a school user
    JsonObject listed =
        json(school.get(BODIES)).getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(b -> b.getJsonNumber("id").longValue() == prep)
            .findFirst()
            .orElseThrow();
    assertEquals(table, listed.getJsonNumber("parentId").longValue());
    assertEquals(read.getString("name"), listed.getString("parentName"));

    // the page shows every member of the region the same: the body, its seats, today's holder
    Http page = Http.browser(base.toURI());
    page.signIn("school", "demo", "/r/29/bodies");
    HttpResponse<String> html = page.get("/r/29/bodies");
    assertEquals(200, html.statusCode());
    String body = html.body();
    assertTrue(body.contains(read.getString("name")), "the body on the page");
    assertTrue(body.contains("A. de Vries"), "today's holder on the page");
    assertFalse(body.contains(past), "a past term is not today's holder");
    assertTrue(body.contains("Wethouder onderwijs Rotterdam"), "the seat's label");
    assertTrue(body.contains("vacant"), "the chair nobody holds");
  }

  @Test
  void anOverlappingTermIsRefusedAtItsFieldAndNothingIsSaved() {
    Held held = heldChair("Overleg overlap");
    long table = held.body();
    long chair = held.seat();
    long first = held.term();

    HttpResponse<String> overlap =
        coordinator.send(
            terms(table, chair), term("A. de Vries", LocalDate.of(2026, 7, 1), null), "en");
    assertProblem(overlap, 400, "/problems/invalid-input");
    JsonObject error = json(overlap).getJsonArray("errors").getJsonObject(0);
    assertEquals("startDate", error.getString("field"));
    assertTrue(error.getString("message").contains("J. Jansen"), error.toString());
    assertEquals(1, termsOf(table, chair).size(), "nothing saved");

    // a term ending before it starts, and a bad date: each at its field
    HttpResponse<String> backwards =
        coordinator.postJson(
            terms(table, chair),
            "{\"personName\":\"X\",\"startDate\":\"2030-02-01\",\"endDate\":\"2030-01-01\"}");
    assertProblem(backwards, 400, "/problems/invalid-input");
    assertEquals("endDate", field(backwards));
    HttpResponse<String> badDate =
        coordinator.postJson(
            terms(table, chair), "{\"personName\":\"X\",\"startDate\":\"1-7-2026\"}");
    assertProblem(badDate, 400, "/problems/invalid-input");
    assertEquals("startDate", field(badDate));

    // ending the first term makes room for the next one
    HttpResponse<String> ended =
        coordinator.putJson(
            terms(table, chair) + "/" + first,
            "{\"personName\":\"J. Jansen\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-06-30\","
                + "\"version\":1}");
    assertEquals(200, ended.statusCode(), ended.body());
    assertEquals("2026-06-30", json(ended).getString("endDate"));
    created(
        coordinator.postJson(
            terms(table, chair), term("A. de Vries", LocalDate.of(2026, 7, 1), null)));
    assertEquals(2, termsOf(table, chair).size());
  }

  @Test
  void aBodyHasOneChairSeatAndMembersActForAnOrganisation() {
    long table = created(coordinator.postJson(BODIES, body("Overleg voorzitter", null)));
    created(coordinator.postJson(seats(table), "{\"role\":\"CHAIR\"}"));
    HttpResponse<String> second = coordinator.postJson(seats(table), "{\"role\":\"chair\"}");
    assertProblem(second, 400, "/problems/invalid-input");
    assertEquals("role", field(second));
    HttpResponse<String> member = coordinator.postJson(seats(table), "{\"role\":\"MEMBER\"}");
    assertProblem(member, 400, "/problems/invalid-input");
    assertEquals("organisationId", field(member));
    HttpResponse<String> unknownRole = coordinator.postJson(seats(table), "{\"role\":\"KING\"}");
    assertProblem(unknownRole, 400, "/problems/invalid-input");
    assertEquals(1, json(coordinator.get(BODIES + "/" + table)).getJsonArray("seats").size());

    // a second body of the same name, in other case: a duplicate
    String name = json(coordinator.get(BODIES + "/" + table)).getString("name");
    HttpResponse<String> duplicate =
        coordinator.postJson(
            BODIES, "{\"name\":\"" + name.toUpperCase() + "\",\"kind\":\"WORKING_GROUP\"}");
    assertProblem(duplicate, 409, "/problems/duplicate");
  }

  @Test
  void schoolStaffAndPolicyOfficersReadButDoNotChange() {
    Held held = heldChair("Overleg lezers");
    long table = held.body();
    long chair = held.seat();
    long term = held.term();
    for (Http reader : new Http[] {school, policy}) {
      assertEquals(200, reader.get(BODIES).statusCode());
      assertEquals(200, reader.get(BODIES + "/" + table).statusCode());
      assertProblem(
          reader.postJson(BODIES, body("Niet van mij", null)), 403, "/problems/forbidden");
      assertProblem(
          reader.putJson(
              BODIES + "/" + table, body("Overgenomen", null).replace("}", ",\"version\":1}")),
          403,
          "/problems/forbidden");
      assertProblem(
          reader.postJson(seats(table), "{\"role\":\"SECRETARY\"}"), 403, "/problems/forbidden");
      assertProblem(
          reader.postJson(terms(table, chair), term("X", LocalDate.of(2030, 1, 1), null)),
          403,
          "/problems/forbidden");
      assertProblem(
          reader.putJson(
              terms(table, chair) + "/" + term,
              term("X", LocalDate.of(2026, 1, 1), null).replace("}", ",\"version\":1}")),
          403,
          "/problems/forbidden");
      assertProblem(
          reader.deleteJson(terms(table, chair) + "/" + term), 403, "/problems/forbidden");
      assertProblem(reader.deleteJson(seats(table) + "/" + chair), 403, "/problems/forbidden");
    }
    JsonObject after = json(coordinator.get(BODIES + "/" + table));
    assertEquals(1, after.getJsonArray("seats").size());
    assertEquals(1, termsOf(table, chair).size());
  }

  @Test
  void anotherRegionsBodyAnswersLikeAMissingOne() {
    long brabant =
        created(coordinator.postJson("/api/v1/regions/36/bodies", body("Brabants overleg", null)));
    long seat =
        created(
            coordinator.postJson(
                "/api/v1/regions/36/bodies/" + brabant + "/seats", "{\"role\":\"CHAIR\"}"));
    assertProblem(coordinator.get(BODIES + "/" + brabant), 404, "/problems/not-found");
    assertProblem(coordinator.get(BODIES + "/999999999"), 404, "/problems/not-found");
    assertProblem(
        coordinator.postJson(seats(brabant), "{\"role\":\"SECRETARY\"}"),
        404,
        "/problems/not-found");
    assertProblem(
        coordinator.postJson(terms(brabant, seat), term("X", LocalDate.of(2026, 1, 1), null)),
        404,
        "/problems/not-found");
    // region 36's seat under region 29's own body
    long own = created(coordinator.postJson(BODIES, body("Eigen overleg", null)));
    assertProblem(
        coordinator.postJson(terms(own, seat), term("X", LocalDate.of(2026, 1, 1), null)),
        404,
        "/problems/not-found");
    // a body of region 36 is no parent in region 29
    HttpResponse<String> parent = coordinator.postJson(BODIES, body("Werkgroep", brabant));
    assertProblem(parent, 400, "/problems/invalid-input");
    assertEquals("parentId", field(parent));
    assertFalse(
        json(coordinator.get(BODIES)).getJsonArray("items").stream()
            .anyMatch(b -> b.asJsonObject().getJsonNumber("id").longValue() == brabant));
    JsonObject untouched = json(coordinator.get("/api/v1/regions/36/bodies/" + brabant));
    assertTrue(
        untouched.getJsonArray("seats").getJsonObject(0).getJsonArray("terms").isEmpty(),
        "region 36's seat got no term from region 29's calls");
  }

  // --- helpers

  /** A body, its chair seat and J. Jansen's open-ended term in it from 1 January 2026. */
  private record Held(long body, long seat, long term) {}

  private Held heldChair(String name) {
    long body = created(coordinator.postJson(BODIES, body(name, null)));
    long seat = created(coordinator.postJson(seats(body), "{\"role\":\"CHAIR\"}"));
    long term =
        created(
            coordinator.postJson(
                terms(body, seat), term("J. Jansen", LocalDate.of(2026, 1, 1), null)));
    return new Held(body, seat, term);
  }

  private static String body(String name, Long parent) {
    return "{\"name\":\""
        + name
        + " "
        + UUID.randomUUID()
        + "\",\"kind\":\"ADMINISTRATIVE_TABLE\""
        + (parent == null ? "" : ",\"parentId\":" + parent)
        + "}";
  }

  private static String term(String person, LocalDate start, LocalDate end) {
    return "{\"personName\":\""
        + person
        + "\",\"startDate\":\""
        + start
        + "\""
        + (end == null ? "" : ",\"endDate\":\"" + end + "\"")
        + "}";
  }

  private static String seats(long body) {
    return BODIES + "/" + body + "/seats";
  }

  private static String terms(long body, long seat) {
    return seats(body) + "/" + seat + "/terms";
  }

  private JsonArray termsOf(long body, long seat) {
    return json(coordinator.get(BODIES + "/" + body)).getJsonArray("seats").stream()
        .map(v -> v.asJsonObject())
        .filter(s -> s.getJsonNumber("id").longValue() == seat)
        .findFirst()
        .orElseThrow()
        .getJsonArray("terms");
  }

  private long organisation(String name) {
    return TestAccounts.organisation(coordinator, name);
  }

  private static String field(HttpResponse<String> problem) {
    return json(problem).getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private static long created(HttpResponse<String> r) {
    assertEquals(201, r.statusCode(), r.uri() + ": " + r.body());
    assertTrue(r.headers().firstValue("Location").isPresent(), "Location header");
    return json(r).getJsonNumber("id").longValue();
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
