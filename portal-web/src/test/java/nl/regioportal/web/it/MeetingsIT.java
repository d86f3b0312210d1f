package nl.regioportal.web.it;

import static nl.regioportal.web.it.Problems.assertProblem;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Meetings of governing bodies over real HTTP against the portal in Payara Micro and MariaDB (issue
 * 11, points 3 and 4): the life cycle (planned, agenda published, held, a decision), the refusals
 * of a step out of turn (an empty agenda, one of a meeting that has begun), bad input refused at
 * its field with nothing stored, an adopted decision locking the funding-key version it is about
 * (and a draft refused as its subject), one decision per item, open actions carried to the body's
 * next meetings until done, the owner who marks their own action done but not another's, and
 * readers who do not schedule. Each test has a body of its own.
 */
@ExtendWith(SharedPortal.class)
class MeetingsIT {

  private static final String API = "/api/v1/regions/29";
  private static final String MEETINGS = API + "/meetings";
  private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** A funding key over Rotterdam and Schiedam (both in region 29). */
  private static final String KEY =
      "{\"total\":\"1000.00\",\"parts\":[{\"basis\":\"EQUAL\",\"percent\":\"100\"}],"
          + "\"municipalities\":[{\"code\":\"GM0599\"},{\"code\":\"GM0606\"}]}";

  @SharedPortal.Base URL base;

  private Http coordinator;
  private Http policy;
  private Http school;

  @BeforeEach
  void callers() throws Exception {
    URI uri = base.toURI();
    coordinator = Http.api(uri, "coordinator", "demo");
    policy = Http.api(uri, "policy", "demo");
    school = Http.api(uri, "school", "demo");
  }

  @Test
  void aMeetingIsPlannedGetsItsAgendaPublishedIsHeldAndTakesADecision() {
    long body = body("Overleg levensloop");
    LocalDateTime start =
        dutchNow().plusDays(2).withHour(14).withMinute(0).withSecond(0).withNano(0);
    JsonObject planned =
        created(coordinator.postJson(MEETINGS, meeting(body, "Bestuurlijk overleg", start)));
    long id = planned.getJsonNumber("id").longValue();
    assertEquals("PLANNED", planned.getString("status"));
    assertEquals(body, planned.getJsonNumber("bodyId").longValue());
    assertEquals(SECONDS.format(start), planned.getString("startsAt"));
    assertEquals(SECONDS.format(start.plusHours(2)), planned.getString("endsAt"));
    assertEquals(0, planned.getInt("sequence"));
    assertTrue(planned.getString("uid").contains("@"), planned.getString("uid"));

    // moved a day later: the calendar's sequence rises, the uid stays; a stale copy is refused
    LocalDateTime later = start.plusDays(1);
    String move =
        meeting(body, "Bestuurlijk overleg", later)
            .replace("}", ",\"version\":" + planned.getJsonNumber("version") + "}");
    JsonObject moved = ok(coordinator.putJson(MEETINGS + "/" + id, move));
    assertEquals(SECONDS.format(later), moved.getString("startsAt"));
    assertEquals(1, moved.getInt("sequence"));
    assertEquals(planned.getString("uid"), moved.getString("uid"));
    assertProblem(coordinator.putJson(MEETINGS + "/" + id, move), 409, CONFLICT);
    start = later;

    long opening =
        locationId(coordinator.postJson(items(id), item("Opening", "INFORMATION", null, null)));
    long notices =
        locationId(
            coordinator.postJson(items(id), item("Mededelingen", "INFORMATION", null, null)));
    long plan =
        locationId(
            coordinator.postJson(
                items(id), item("Werkplan 2027", "DECISION", "Vaststellen.", null)));
    assertEquals(204, coordinator.deleteJson(items(id) + "/" + notices).statusCode());
    JsonArray agenda = read(id).getJsonArray("items");
    assertEquals(List.of(opening, plan), ids(agenda));
    assertEquals(1, agenda.getJsonObject(0).getInt("position"));
    assertEquals(2, agenda.getJsonObject(1).getInt("position"), "the items after it moved up");
    assertEquals("DECISION", agenda.getJsonObject(1).getString("type"));
    assertEquals("Vaststellen.", agenda.getJsonObject(1).getString("proposedDecision"));

    // no decision before the meeting was held
    assertProblem(coordinator.postJson(decision(id, plan), adopted("Vastgesteld.")), 409, CONFLICT);

    JsonObject published = ok(coordinator.postJson(MEETINGS + "/" + id + "/publish", ""));
    assertEquals("AGENDA_PUBLISHED", published.getString("status"));
    assertFalse(absent(published, "agendaPublishedAt"), "when the agenda went out");
    assertProblem(coordinator.postJson(MEETINGS + "/" + id + "/publish", ""), 409, CONFLICT);
    // a published agenda loses no item
    assertProblem(coordinator.deleteJson(items(id) + "/" + opening), 409, CONFLICT);
    assertEquals(2, read(id).getJsonArray("items").size());
    // not held before its day
    assertProblem(coordinator.postJson(MEETINGS + "/" + id + "/held", ""), 409, CONFLICT);
    assertEquals("AGENDA_PUBLISHED", read(id).getString("status"));

    // the days go by: the meeting was yesterday
    LocalDateTime yesterday = start.minusDays(4);
    assertEquals(
        1,
        PortalDatabase.update(
            "update meeting set starts_at = ?, ends_at = ? where id = ?",
            yesterday,
            yesterday.plusHours(2),
            id));
    JsonObject held = ok(coordinator.postJson(MEETINGS + "/" + id + "/held", ""));
    assertEquals("HELD", held.getString("status"));

    // only a decision item takes a decision
    HttpResponse<String> onInformation =
        coordinator.postJson(decision(id, opening), adopted("Vastgesteld."));
    assertProblem(onInformation, 400, INVALID);
    assertEquals(Set.of("outcome"), fields(onInformation));

    JsonObject decided = created(coordinator.postJson(decision(id, plan), adopted("Vastgesteld.")));
    JsonObject decisionOnItem =
        decided.getJsonArray("items").getJsonObject(1).getJsonObject("decision");
    assertEquals("ADOPTED", decisionOnItem.getString("outcome"));
    assertEquals("Vastgesteld.", decisionOnItem.getString("text"));
    assertEquals("coordinator", decisionOnItem.getString("recordedBy"));
    assertTrue(absent(decided.getJsonArray("items").getJsonObject(0), "decision"));

    // the region's decision list has it, with where it was taken; a school reads it
    JsonArray decisions = items(school.get(API + "/decisions?body=" + body));
    assertEquals(1, decisions.size());
    JsonObject listed = decisions.getJsonObject(0);
    assertEquals(decisionOnItem.getJsonNumber("id"), listed.getJsonNumber("id"));
    assertEquals(id, listed.getJsonNumber("meetingId").longValue());
    assertEquals(plan, listed.getJsonNumber("itemId").longValue());
    assertEquals("Werkplan 2027", listed.getString("itemTitle"));

    // a held meeting takes no more items and is not cancelled
    assertProblem(
        coordinator.postJson(items(id), item("Te laat", "DISCUSSION", null, null)), 409, CONFLICT);
    assertProblem(coordinator.postJson(MEETINGS + "/" + id + "/cancel", ""), 409, CONFLICT);
    assertEquals(2, read(id).getJsonArray("items").size());
    assertEquals("HELD", read(id).getString("status"));
  }

  @Test
  void anEmptyAgendaOrTheAgendaOfAMeetingThatHasBegunIsNotPublished() {
    long body = body("Overleg publicatie");
    long empty =
        id(
            created(
                coordinator.postJson(
                    MEETINGS, meeting(body, "Leeg", dutchNow().plusDays(3).withNano(0)))));
    assertProblem(coordinator.postJson(MEETINGS + "/" + empty + "/publish", ""), 409, CONFLICT);
    assertEquals("PLANNED", read(empty).getString("status"));
    // with an item it goes out
    created(coordinator.postJson(items(empty), item("Opening", "INFORMATION", null, null)));
    assertEquals(
        "AGENDA_PUBLISHED",
        ok(coordinator.postJson(MEETINGS + "/" + empty + "/publish", "")).getString("status"));

    long begun =
        id(
            created(
                coordinator.postJson(
                    MEETINGS, meeting(body, "Begonnen", dutchNow().minusHours(1).withNano(0)))));
    created(coordinator.postJson(items(begun), item("Opening", "INFORMATION", null, null)));
    HttpResponse<String> late = coordinator.postJson(MEETINGS + "/" + begun + "/publish", "");
    assertProblem(late, 400, INVALID);
    assertEquals(Set.of("startsAt"), fields(late));
    JsonObject after = read(begun);
    assertEquals("PLANNED", after.getString("status"));
    assertTrue(absent(after, "agendaPublishedAt"), "no agenda went out");
  }

  @Test
  void badInputIsRefusedAtItsFieldAndNothingIsStored() {
    long body = body("Overleg invoer");
    LocalDateTime start = dutchNow().plusDays(5).withHour(10).withMinute(0).withSecond(0);
    String good = meeting(body, "Goed", start);

    assertRefusedAt("title", coordinator.postJson(MEETINGS, good.replace("\"Goed\"", "\" \"")));
    assertRefusedAt(
        "location",
        coordinator.postJson(MEETINGS, good.replace(",\"location\":\"Stadhuis Schiedam\"", "")));
    assertRefusedAt(
        "endsAt",
        coordinator.postJson(
            MEETINGS,
            good.replace(SECONDS.format(start.plusHours(2)), SECONDS.format(start.minusHours(1)))));
    assertRefusedAt(
        "startsAt",
        coordinator.postJson(MEETINGS, good.replace(SECONDS.format(start), "morgen om tien uur")));
    assertTrue(items(coordinator.get(MEETINGS + "?body=" + body)).isEmpty(), "no meeting stored");

    long id = id(created(coordinator.postJson(MEETINGS, good)));
    assertRefusedAt(
        "proposedDecision",
        coordinator.postJson(items(id), item("Werkplan", "DECISION", null, null)));
    assertRefusedAt(
        "type", coordinator.postJson(items(id), item("Werkplan", "RESOLUTION", null, null)));
    assertTrue(read(id).getJsonArray("items").isEmpty(), "no item stored");

    assertRefusedAt(
        "ownerName",
        coordinator.postJson(
            MEETINGS + "/" + id + "/actions",
            "{\"description\":\"Cijfers uitzoeken\",\"deadline\":\""
                + dutchNow().toLocalDate().plusDays(10)
                + "\"}"));
    assertTrue(read(id).getJsonArray("actions").isEmpty(), "no action stored");
    assertTrue(items(coordinator.get(API + "/actions?body=" + body)).isEmpty());
    JsonObject still = items(coordinator.get(MEETINGS + "?body=" + body)).getJsonObject(0);
    assertEquals(id, still.getJsonNumber("id").longValue());
    assertEquals(0, still.getInt("items"));
  }

  @Test
  void adoptingTheDecisionOnAnItemAboutAFundingKeyVersionLocksThatVersion() {
    long version = fundingVersion(true);
    long draft = fundingVersion(false);
    long body = body("Overleg verdeelsleutel");
    long id =
        id(
            created(
                coordinator.postJson(
                    MEETINGS,
                    meeting(
                        body, "Vaststelling", dutchNow().minusDays(1).withHour(10).withNano(0)))));

    // a draft is no subject of a decision
    assertRefusedAt(
        "fundingVersionId",
        coordinator.postJson(items(id), item("Concept", "DECISION", "Vaststellen.", draft)));
    assertTrue(read(id).getJsonArray("items").isEmpty(), "no item stored");

    long item =
        locationId(
            coordinator.postJson(
                items(id), item("Verdeelsleutel 2027", "DECISION", "Vaststellen.", version)));
    JsonObject link =
        read(id).getJsonArray("items").getJsonObject(0).getJsonObject("fundingVersion");
    assertEquals(version, link.getJsonNumber("id").longValue());
    assertEquals("PUBLISHED", link.getString("status"));
    ok(coordinator.postJson(MEETINGS + "/" + id + "/held", ""));

    JsonObject decided =
        created(coordinator.postJson(decision(id, item), adopted("De sleutel is vastgesteld.")));
    long decisionId =
        decided
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("decision")
            .getJsonNumber("id")
            .longValue();

    JsonObject locked = ok(coordinator.get(API + "/funding-versions/" + version));
    assertEquals("LOCKED", locked.getString("status"));
    assertEquals("GOVERNANCE_DECISION", locked.getString("lockReason"));
    assertEquals(decisionId, locked.getJsonNumber("decisionId").longValue());
    assertTrue(
        locked.getString("governanceDecision").contains("De sleutel is vastgesteld."),
        locked.getString("governanceDecision"));
    assertEquals(
        "LOCKED",
        read(id)
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonObject("fundingVersion")
            .getString("status"));

    // one decision per item
    assertProblem(
        coordinator.postJson(decision(id, item), adopted("Nogmaals vastgesteld.")),
        409,
        "/problems/duplicate");
    JsonArray decisions = items(coordinator.get(API + "/decisions?body=" + body));
    assertEquals(1, decisions.size());
    assertEquals(decisionId, decisions.getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(
        decisionId,
        ok(coordinator.get(API + "/funding-versions/" + version))
            .getJsonNumber("decisionId")
            .longValue());
  }

  @Test
  void anOpenActionIsCarriedToTheBodysNextMeetingUntilItsOwnerMarksItDone() {
    long body = body("Overleg acties");
    LocalDate today = dutchNow().toLocalDate();
    long first =
        id(
            created(
                coordinator.postJson(
                    MEETINGS, meeting(body, "Eerste", today.minusDays(1).atTime(10, 0)))));
    created(coordinator.postJson(items(first), item("Cijfers", "DISCUSSION", null, null)));
    ok(coordinator.postJson(MEETINGS + "/" + first + "/held", ""));
    long overdue =
        locationId(
            coordinator.postJson(
                MEETINGS + "/" + first + "/actions",
                action("Cijfers per gemeente uitzoeken", "policy", today.minusDays(3))));
    long others =
        locationId(
            coordinator.postJson(
                MEETINGS + "/" + first + "/actions",
                action("Zaal reserveren", null, today.plusDays(30))));
    long next =
        id(
            created(
                coordinator.postJson(
                    MEETINGS, meeting(body, "Tweede", today.plusDays(14).atTime(10, 0)))));

    JsonObject second = read(next);
    assertTrue(second.getJsonArray("actions").isEmpty(), "none raised at the second meeting");
    JsonArray carried = second.getJsonArray("carriedActions");
    assertEquals(Set.of(overdue, others), Set.copyOf(ids(carried)));
    assertEquals("RED", byId(carried, overdue).getString("light"), "its deadline has passed");
    assertEquals("GREEN", byId(carried, others).getString("light"), "a month to go");
    assertEquals(first, byId(carried, overdue).getJsonNumber("meetingId").longValue());
    JsonObject raisedAt = read(first);
    assertEquals(Set.of(overdue, others), Set.copyOf(ids(raisedAt.getJsonArray("actions"))));
    assertTrue(raisedAt.getJsonArray("carriedActions").isEmpty(), "its own are not carried");

    // its deadline brought forward to three days from now: amber
    JsonObject changed =
        ok(
            coordinator.putJson(
                API + "/actions/" + others,
                action("Zaal reserveren", null, today.plusDays(3))
                    .replace(
                        "}",
                        ",\"version\":"
                            + ok(coordinator.get(API + "/actions/" + others))
                                .getJsonNumber("version")
                            + "}")));
    assertEquals(today.plusDays(3).toString(), changed.getString("deadline"));
    assertEquals("AMBER", changed.getString("light"));

    // the owner's own list; the coordinator's own list does not have it
    assertTrue(ids(items(policy.get(API + "/actions?owner=me&open=true"))).contains(overdue));
    assertFalse(ids(items(policy.get(API + "/actions?owner=me&open=true"))).contains(others));
    assertFalse(ids(items(coordinator.get(API + "/actions?owner=me&open=true"))).contains(overdue));

    // the policy officer marks their own action done, not another's
    assertProblem(
        policy.postJson(API + "/actions/" + others + "/done", "{\"done\":true}"),
        403,
        "/problems/forbidden");
    assertFalse(ok(coordinator.get(API + "/actions/" + others)).getBoolean("done"));
    JsonObject done = ok(policy.postJson(API + "/actions/" + overdue + "/done", "{\"done\":true}"));
    assertTrue(done.getBoolean("done"));
    assertEquals("DONE", done.getString("light"));
    assertEquals("policy", done.getString("doneBy"));

    assertEquals(List.of(others), ids(read(next).getJsonArray("carriedActions")));
    assertFalse(ids(items(policy.get(API + "/actions?owner=me&open=true"))).contains(overdue));
    assertTrue(ids(items(policy.get(API + "/actions?owner=me"))).contains(overdue));
    assertEquals(
        List.of(others), ids(items(coordinator.get(API + "/actions?body=" + body + "&open=true"))));

    // opened again by the coordinator, it is carried again
    JsonObject reopened =
        ok(coordinator.postJson(API + "/actions/" + overdue + "/done", "{\"done\":false}"));
    assertFalse(reopened.getBoolean("done"));
    assertEquals("RED", reopened.getString("light"));
    assertEquals(
        Set.of(overdue, others), Set.copyOf(ids(read(next).getJsonArray("carriedActions"))));
  }

  @Test
  void aPolicyOfficerReadsMeetingsButDoesNotScheduleOrChangeThem() {
    long body = body("Overleg lezers");
    LocalDateTime start = dutchNow().plusDays(4).withHour(10).withMinute(0).withSecond(0);
    assertProblem(
        policy.postJson(MEETINGS, meeting(body, "Niet van mij", start)),
        403,
        "/problems/forbidden");
    assertTrue(items(coordinator.get(MEETINGS + "?body=" + body)).isEmpty(), "nothing stored");

    long id = id(created(coordinator.postJson(MEETINGS, meeting(body, "Wel van mij", start))));
    created(coordinator.postJson(items(id), item("Opening", "INFORMATION", null, null)));
    assertEquals("Wel van mij", ok(policy.get(MEETINGS + "/" + id)).getString("title"));
    assertEquals(List.of(id), ids(items(policy.get(MEETINGS + "?body=" + body))));
    assertProblem(
        policy.postJson(MEETINGS + "/" + id + "/publish", ""), 403, "/problems/forbidden");
    assertProblem(
        policy.postJson(items(id), item("Ook dit", "INFORMATION", null, null)),
        403,
        "/problems/forbidden");
    JsonObject after = read(id);
    assertEquals("PLANNED", after.getString("status"));
    assertEquals(1, after.getJsonArray("items").size());
  }

  // --- helpers

  private static final String CONFLICT = "/problems/conflict";
  private static final String INVALID = "/problems/invalid-input";

  private static LocalDateTime dutchNow() {
    return LocalDateTime.now(DUTCH);
  }

  /** A fresh governing body of region 29 (a unique name); its id. */
  private long body(String name) {
    return id(
        created(
            coordinator.postJson(
                API + "/bodies",
                "{\"name\":\""
                    + name
                    + " "
                    + UUID.randomUUID()
                    + "\",\"kind\":\"ADMINISTRATIVE_TABLE\"}")));
  }

  /** A meeting of two hours from {@code start} (Dutch local time) at the town hall. */
  private static String meeting(long body, String title, LocalDateTime start) {
    return "{\"bodyId\":"
        + body
        + ",\"title\":\""
        + title
        + "\",\"startsAt\":\""
        + SECONDS.format(start)
        + "\",\"endsAt\":\""
        + SECONDS.format(start.plusHours(2))
        + "\",\"location\":\"Stadhuis Schiedam\"}";
  }

  private static String item(String title, String type, String proposed, Long fundingVersion) {
    return "{\"title\":\""
        + title
        + "\",\"type\":\""
        + type
        + "\",\"ownerName\":\"RMC-coördinator\""
        + (proposed == null ? "" : ",\"proposedDecision\":\"" + proposed + "\"")
        + (fundingVersion == null ? "" : ",\"fundingVersionId\":" + fundingVersion)
        + "}";
  }

  private static String action(String description, String username, LocalDate deadline) {
    return "{\"description\":\""
        + description
        + "\",\"ownerName\":\"P. Beleid\""
        + (username == null ? "" : ",\"ownerUsername\":\"" + username + "\"")
        + ",\"deadline\":\""
        + deadline
        + "\"}";
  }

  private static String adopted(String text) {
    return "{\"outcome\":\"ADOPTED\",\"text\":\"" + text + "\"}";
  }

  private static String items(long meeting) {
    return MEETINGS + "/" + meeting + "/items";
  }

  private static String decision(long meeting, long item) {
    return items(meeting) + "/" + item + "/decision";
  }

  /**
   * A fresh arrangement's first version as the coordinator makes it: published for review, or left
   * a draft.
   */
  private long fundingVersion(boolean published) {
    long arrangement =
        id(
            created(
                coordinator.postJson(
                    API + "/funding-arrangements",
                    "{\"title\":\"Vergadering "
                        + UUID.randomUUID()
                        + "\",\"year\":2027,\"key\":"
                        + KEY
                        + "}")));
    long version =
        ok(coordinator.get(API + "/funding-arrangements/" + arrangement))
            .getJsonArray("versions")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    if (published) {
      assertEquals(
          "PUBLISHED",
          ok(coordinator.postJson(API + "/funding-versions/" + version + "/publish", ""))
              .getString("status"));
    }
    return version;
  }

  private JsonObject read(long meeting) {
    return ok(coordinator.get(MEETINGS + "/" + meeting));
  }

  /** A 400 invalid-input problem naming exactly {@code field}. */
  private static void assertRefusedAt(String field, HttpResponse<String> r) {
    assertProblem(r, 400, INVALID);
    assertEquals(Set.of(field), fields(r), r.body());
  }

  private static Set<String> fields(HttpResponse<String> problem) {
    return json(problem).getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("field", null))
        .collect(Collectors.toSet());
  }

  private static JsonObject byId(JsonArray array, long id) {
    return array.stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + array));
  }

  private static List<Long> ids(JsonArray array) {
    return array.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  private static JsonArray items(HttpResponse<String> list) {
    return ok(list).getJsonArray("items");
  }

  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  /** The id at the end of a created record's Location header. */
  private static long locationId(HttpResponse<String> r) {
    created(r);
    String location = r.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private static JsonObject created(HttpResponse<String> r) {
    assertEquals(201, r.statusCode(), r.uri() + ": " + r.body());
    assertTrue(r.headers().firstValue("Location").isPresent(), "Location header");
    return json(r);
  }

  private static JsonObject ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.uri() + ": " + r.body());
    return json(r);
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
