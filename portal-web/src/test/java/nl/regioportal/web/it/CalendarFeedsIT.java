package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The governance calendar feeds over real HTTP against the portal in Payara Micro and MariaDB
 * (issue 11, point 7), read back with ical4j's parser as a calendar program would: a policy officer
 * makes a feed and finds the coordinator's meeting in it; the meeting moves (same UID, higher
 * SEQUENCE) and is cancelled (STATUS:CANCELLED); a feed of one body holds only that body's
 * meetings; a revoked feed answers 410 Gone, an unknown token 404, a token in another region's
 * address 404; the token never appears in the list of feeds.
 */
@ExtendWith(SharedPortal.class)
class CalendarFeedsIT {

  private static final String API = "/api/v1/regions/29";

  @SharedPortal.Base URL base;

  private Http coordinator;
  private GovernanceApi api;
  private Http policy;
  private Http anonymous;

  @BeforeEach
  void callers() throws Exception {
    URI uri = base.toURI();
    coordinator = Http.api(uri, "coordinator", "demo");
    api = new GovernanceApi(coordinator);
    policy = Http.api(uri, "policy", "demo");
    anonymous = Http.anonymous(uri);
  }

  @Test
  void aMeetingKeepsItsUidAsItMovesAndIsStruckThroughWhenCancelled() throws Exception {
    long body = body("Tafel " + UUID.randomUUID());
    String title = "Agenda-overleg " + UUID.randomUUID().toString().substring(0, 8);
    LocalDateTime start = LocalDateTime.now().plusDays(10).withHour(14).withMinute(0);
    long meeting = meeting(body, title, start);

    JsonObject feed =
        GovernanceApi.json(GovernanceApi.created(policy.postJson(API + "/calendar-feeds", "{}")));
    String url = feed.getString("url");
    assertTrue(url.matches(".*/calendar/29/[A-Za-z0-9_-]{43}\\.ics"), url);
    String path = URI.create(url).getPath();

    HttpResponse<String> first = anonymous.get(path);
    assertEquals(200, first.statusCode(), first.body());
    assertTrue(
        first.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
        first.headers().toString());
    VEvent before = event(first.body(), title);
    assertEquals("TENTATIVE", value(before, Property.STATUS));
    String uid = value(before, Property.UID);

    JsonObject current = GovernanceApi.json(coordinator.get(API + "/meetings/" + meeting));
    assertEquals(
        200,
        coordinator
            .putJson(
                API + "/meetings/" + meeting,
                GovernanceApi.meetingJson(
                    body, title, start.plusDays(1), current.getInt("version")))
            .statusCode());
    VEvent moved = event(anonymous.get(path).body(), title);
    assertEquals(uid, value(moved, Property.UID), "the UID stays when the meeting moves");
    assertTrue(
        Integer.parseInt(value(moved, Property.SEQUENCE))
            > Integer.parseInt(value(before, Property.SEQUENCE)),
        "SEQUENCE raised");
    assertNotEquals(value(before, Property.DTSTART), value(moved, Property.DTSTART));

    assertEquals(
        200, coordinator.postJson(API + "/meetings/" + meeting + "/cancel", "").statusCode());
    VEvent cancelled = event(anonymous.get(path).body(), title);
    assertEquals(uid, value(cancelled, Property.UID));
    assertEquals("CANCELLED", value(cancelled, Property.STATUS));
    assertTrue(
        Integer.parseInt(value(cancelled, Property.SEQUENCE))
            > Integer.parseInt(value(moved, Property.SEQUENCE)));

    // the list shows the feed, read, without its token
    String list = policy.get(API + "/calendar-feeds").body();
    assertFalse(list.contains(path.substring(path.lastIndexOf('/') + 1, path.length() - 4)), list);
    assertTrue(list.contains("\"lastReadAt\""), list);
  }

  @Test
  void aFeedOfOneBodyHoldsOnlyItsMeetingsAndARevokedFeedIsGone() throws Exception {
    long mine = body("Werkgroep " + UUID.randomUUID());
    long other = body("Andere werkgroep " + UUID.randomUUID());
    LocalDateTime start = LocalDateTime.now().plusDays(5).withHour(10).withMinute(0);
    meeting(mine, "Werkgroep-overleg", start);
    meeting(other, "Ander overleg", start);

    JsonObject feed =
        GovernanceApi.json(
            GovernanceApi.created(
                policy.postJson(API + "/calendar-feeds", "{\"bodyId\":" + mine + "}")));
    String path = URI.create(feed.getString("url")).getPath();
    String ics = anonymous.get(path).body();
    List<String> summaries =
        parse(ics).<VEvent>getComponents("VEVENT").stream()
            .map(e -> value(e, Property.SUMMARY))
            .toList();
    assertTrue(
        summaries.stream().anyMatch(s -> s.startsWith("Werkgroep-overleg")), summaries.toString());
    assertFalse(
        summaries.stream().anyMatch(s -> s.startsWith("Ander overleg")), summaries.toString());

    // the token of region 29 in region 36's address, and a token nobody has: not found
    assertEquals(404, anonymous.get(path.replace("/calendar/29/", "/calendar/36/")).statusCode());
    assertEquals(404, anonymous.get("/calendar/29/" + "x".repeat(43) + ".ics").statusCode());

    // only its owner revokes it: the coordinator's attempt answers as not found
    long id = feed.getJsonNumber("id").longValue();
    assertEquals(404, coordinator.deleteJson(API + "/calendar-feeds/" + id).statusCode());
    assertEquals(200, anonymous.get(path).statusCode());
    assertEquals(204, policy.deleteJson(API + "/calendar-feeds/" + id).statusCode());
    HttpResponse<String> gone = anonymous.get(path);
    assertEquals(410, gone.statusCode());
    assertTrue(gone.body().contains("ingetrokken") && gone.body().contains("revoked"), gone.body());
  }

  @Test
  void aFeedOfAnotherRegionsBodyIsRefusedAtItsField() {
    HttpResponse<String> r = policy.postJson(API + "/calendar-feeds", "{\"bodyId\":999999999}");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("bodyId"), r.body());
  }

  // ---------------------------------------------------------------------------------------------

  private long body(String name) {
    return api.body(name, "WORKING_GROUP");
  }

  private long meeting(long body, String title, LocalDateTime start) {
    return api.meeting(body, title, start);
  }

  private static VEvent event(String ics, String titlePrefix) throws Exception {
    return parse(ics).<VEvent>getComponents("VEVENT").stream()
        .filter(e -> value(e, Property.SUMMARY).startsWith(titlePrefix))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two events " + titlePrefix);
            })
        .orElseThrow(() -> new AssertionError("no event " + titlePrefix + " in\n" + ics));
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElse(null);
  }
}
