package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A meeting's minutes over real HTTP against the portal in Payara Micro on MariaDB (issue 11, point
 * 5): drafted from the held meeting's agenda and decision, edited, approved at a later meeting of
 * the body (not at one of another body, nor one still to come), then frozen, the meeting closed,
 * and the minutes a PDF (none before).
 */
@ExtendWith(SharedPortal.class)
class MinutesIT {

  private static final String API = GovernanceApi.API;

  @SharedPortal.Base URL base;

  private Http coordinator;
  private Http school;
  private GovernanceApi api;

  @BeforeEach
  void callers() throws Exception {
    coordinator = Http.api(base.toURI(), "coordinator", "demo");
    school = Http.api(base.toURI(), "school", "demo");
    api = new GovernanceApi(coordinator);
  }

  @Test
  void draftedFromTheAgendaApprovedAtTheNextMeetingThenFrozenAndAPdf() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long body = api.body("Tafel " + tag, "ADMINISTRATIVE_TABLE");
    long other = api.body("Andere tafel " + tag, "WORKING_GROUP");
    LocalDateTime earlier = LocalDateTime.now().minusDays(14).withHour(14).withMinute(0);
    long meeting = api.meeting(body, "Overleg " + tag, earlier);
    JsonObject withItem =
        GovernanceApi.json(
            GovernanceApi.created(
                coordinator.postJson(
                    API + "/meetings/" + meeting + "/items",
                    "{\"title\":\"Werkplan "
                        + tag
                        + "\",\"type\":\"DECISION\",\"ownerName\":\"RMC\","
                        + "\"proposedDecision\":\"Vaststellen.\"}")));
    long item = withItem.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

    // not before it was held
    assertEquals(
        409, coordinator.postJson(API + "/meetings/" + meeting + "/minutes", "").statusCode());
    assertEquals(
        200, coordinator.postJson(API + "/meetings/" + meeting + "/held", "").statusCode());
    GovernanceApi.created(
        coordinator.postJson(
            API + "/meetings/" + meeting + "/items/" + item + "/decision",
            "{\"outcome\":\"ADOPTED\",\"text\":\"Werkplan " + tag + " vastgesteld.\"}"));

    JsonObject draft =
        GovernanceApi.json(coordinator.postJson(API + "/meetings/" + meeting + "/minutes", ""));
    assertTrue(
        draft.getString("text").contains("Werkplan " + tag + " vastgesteld."), draft.toString());
    assertEquals(403, school.postJson(API + "/meetings/" + meeting + "/minutes", "").statusCode());
    assertEquals(404, coordinator.get(API + "/meetings/" + meeting + "/minutes.pdf").statusCode());

    JsonObject saved =
        GovernanceApi.json(
            coordinator.putJson(
                API + "/meetings/" + meeting + "/minutes",
                "{\"text\":\"Verslag "
                    + tag
                    + ": besproken en vastgesteld.\",\"version\":"
                    + draft.getJsonNumber("version").longValue()
                    + "}"));
    assertEquals("Verslag " + tag + ": besproken en vastgesteld.", saved.getString("text"));

    long later = api.meeting(body, "Volgend overleg " + tag, LocalDateTime.now().minusHours(1));
    long elsewhere = api.meeting(other, "Ander overleg " + tag, LocalDateTime.now().minusHours(1));
    long future = api.meeting(body, "Toekomstig overleg " + tag, LocalDateTime.now().plusDays(5));
    for (long wrong : new long[] {elsewhere, future}) {
      HttpResponse<String> r =
          coordinator.postJson(
              API + "/meetings/" + meeting + "/minutes/approval",
              "{\"atMeetingId\":" + wrong + "}");
      assertEquals(400, r.statusCode(), r.body());
      assertTrue(r.body().contains("atMeetingId"), r.body());
    }
    JsonObject approved =
        GovernanceApi.json(
            coordinator.postJson(
                API + "/meetings/" + meeting + "/minutes/approval",
                "{\"atMeetingId\":" + later + "}"));
    assertTrue(approved.containsKey("approvedAt"), approved.toString());
    assertEquals(
        "MINUTES_APPROVED",
        GovernanceApi.json(coordinator.get(API + "/meetings/" + meeting)).getString("status"));

    HttpResponse<String> frozen =
        coordinator.putJson(
            API + "/meetings/" + meeting + "/minutes",
            "{\"text\":\"Anders\",\"version\":" + saved.getJsonNumber("version").longValue() + "}");
    assertEquals(409, frozen.statusCode(), frozen.body());
    HttpResponse<String> pdf = school.get(API + "/meetings/" + meeting + "/minutes.pdf");
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
    assertEquals(
        "Verslag " + tag + ": besproken en vastgesteld.",
        GovernanceApi.json(school.get(API + "/meetings/" + meeting + "/minutes"))
            .getString("text"));
  }
}
