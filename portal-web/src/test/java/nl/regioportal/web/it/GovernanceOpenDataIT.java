package nl.regioportal.web.it;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The governance's open data over real HTTP, read without signing in (issue 11, point 8): a public
 * meeting with a published agenda is there with its items, decision and non-confidential document
 * (downloadable); a confidential document, a private meeting and a meeting whose agenda is not yet
 * published are not; no item owner's name is in it; another region's document id answers 404.
 */
@ExtendWith(SharedPortal.class)
class GovernanceOpenDataIT {

  private static final String API = GovernanceApi.API;
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @SharedPortal.Base URL base;

  private Http coordinator;
  private Http anonymous;
  private GovernanceApi api;

  @BeforeEach
  void callers() throws Exception {
    coordinator = Http.api(base.toURI(), "coordinator", "demo");
    anonymous = Http.anonymous(base.toURI());
    api = new GovernanceApi(coordinator);
  }

  @Test
  void publicMeetingsWithTheirItemsAndOpenDocumentsButNothingPersonalOrConfidential() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long body = api.body("Openbare tafel " + tag, "ADMINISTRATIVE_TABLE");
    LocalDateTime start = LocalDateTime.now().plusDays(4).withHour(14).withMinute(0);
    long open = meeting(body, "Openbaar overleg " + tag, start, true);
    long item = item(open, "Verdeelsleutel " + tag, "Persoon Eigenaar-" + tag);
    long doc = upload(open, item, "voorstel-" + tag + ".pdf", false);
    upload(open, item, "geheim-" + tag + ".pdf", true);
    assertEquals(
        200, coordinator.postJson(API + "/meetings/" + open + "/publish", "").statusCode());
    long closed = meeting(body, "Besloten overleg " + tag, start.plusDays(1), false);
    item(closed, "Besloten punt " + tag, "RMC");
    assertEquals(
        200, coordinator.postJson(API + "/meetings/" + closed + "/publish", "").statusCode());
    long planned = meeting(body, "Nog niet gepubliceerd " + tag, start.plusDays(2), true);
    item(planned, "Later punt " + tag, "RMC");

    HttpResponse<String> r = anonymous.get("/api/open/29/meetings");
    assertEquals(200, r.statusCode(), r.body());
    String text = r.body();
    assertTrue(text.contains("Openbaar overleg " + tag), text);
    assertFalse(text.contains("Besloten overleg " + tag), "a private meeting is not open data");
    assertFalse(text.contains("Nog niet gepubliceerd " + tag), "nor an unpublished agenda");
    assertFalse(text.contains("geheim-" + tag), "nor a confidential document");
    assertFalse(text.contains("Eigenaar-" + tag), "nor a person's name");

    JsonObject meeting =
        Json.createReader(new StringReader(text)).readObject().getJsonArray("meetings").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("name").equals("Openbaar overleg " + tag))
            .findFirst()
            .orElseThrow();
    assertEquals("Meeting", meeting.getString("@type"));
    assertEquals("agenda_published", meeting.getString("status"));
    JsonObject first = meeting.getJsonArray("agenda").getJsonObject(0);
    assertEquals("Verdeelsleutel " + tag, first.getString("name"));
    assertEquals("decision", first.getString("classification"));
    List<JsonObject> attachments =
        first.getJsonArray("attachment").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(1, attachments.size(), attachments.toString());
    String url = attachments.get(0).getString("contentUrl");
    assertTrue(url.endsWith("/api/open/29/documents/" + doc), url);
    HttpResponse<String> download = anonymous.get(URI.create(url).getPath());
    assertEquals(200, download.statusCode());
    assertTrue(download.body().startsWith("%PDF"), "the document, without signing in");

    HttpResponse<String> one = anonymous.get(URI.create(meeting.getString("@id")).getPath());
    assertEquals(200, one.statusCode(), "a meeting's @id answers: " + one.body());
    assertEquals(
        meeting.getString("name"),
        Json.createReader(new StringReader(one.body())).readObject().getString("name"));
    assertEquals(404, anonymous.get("/api/open/29/meetings/" + closed).statusCode(), "private");
    assertEquals(404, anonymous.get("/api/open/36/documents/" + doc).statusCode(), "other region");
    assertEquals(404, anonymous.get("/api/open/29/nothing").statusCode());
  }

  private long meeting(long body, String title, LocalDateTime start, boolean isPublic) {
    String json =
        GovernanceApi.meetingJson(body, title, start, null)
            .replace("}", ",\"publicMeeting\":" + isPublic + "}");
    return GovernanceApi.id(GovernanceApi.created(coordinator.postJson(API + "/meetings", json)));
  }

  private long item(long meeting, String title, String owner) {
    JsonObject m =
        GovernanceApi.json(
            GovernanceApi.created(
                coordinator.postJson(
                    API + "/meetings/" + meeting + "/items",
                    "{\"title\":\""
                        + title
                        + "\",\"type\":\"DECISION\",\"ownerName\":\""
                        + owner
                        + "\",\"proposedDecision\":\"Vaststellen.\"}")));
    var items = m.getJsonArray("items");
    return items.getJsonObject(items.size() - 1).getJsonNumber("id").longValue();
  }

  private long upload(long meeting, long item, String name, boolean confidential) {
    return GovernanceApi.id(
        GovernanceApi.created(
            coordinator.post(
                API
                    + "/meetings/"
                    + meeting
                    + "/items/"
                    + item
                    + "/documents?name="
                    + name
                    + "&type=PROPOSAL&confidential="
                    + confidential,
                "application/pdf",
                PDF)));
  }
}
