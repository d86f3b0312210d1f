package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** What the governance ITs make through the API as the coordinator of region 29. */
final class GovernanceApi {

  static final String API = "/api/v1/regions/29";
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final Http coordinator;

  GovernanceApi(Http coordinator) {
    this.coordinator = coordinator;
  }

  long body(String name, String kind) {
    return id(
        created(
            coordinator.postJson(
                API + "/bodies", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}")));
  }

  long meeting(long body, String title, LocalDateTime start) {
    return id(
        created(coordinator.postJson(API + "/meetings", meetingJson(body, title, start, null))));
  }

  /** A meeting as a client sends it: two hours at the Schiedam town hall. */
  static String meetingJson(long body, String title, LocalDateTime start, Integer version) {
    return "{\"bodyId\":"
        + body
        + ",\"title\":\""
        + title
        + "\",\"startsAt\":\""
        + LOCAL.format(start)
        + "\",\"endsAt\":\""
        + LOCAL.format(start.plusHours(2))
        + "\",\"location\":\"Stadhuis Schiedam\""
        + (version == null ? "" : ",\"version\":" + version)
        + "}";
  }

  static HttpResponse<String> created(HttpResponse<String> r) {
    assertEquals(201, r.statusCode(), r.uri() + ": " + r.body());
    return r;
  }

  static long id(HttpResponse<String> r) {
    return json(r).getJsonNumber("id").longValue();
  }

  static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
