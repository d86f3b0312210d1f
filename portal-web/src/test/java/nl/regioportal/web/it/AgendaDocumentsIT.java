package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents of agenda items over real HTTP against the portal in Payara Micro on MariaDB (issue 11,
 * point 3): a confidential document answers 404 to a member of the region who holds no seat of the
 * body (as a missing one does) and is not listed for them, while a seat holder and the coordinator
 * read it; a file over the limit (413) or of a type the agenda does not take (415) is refused and
 * nothing is stored; a school user may not add one (403).
 */
@ExtendWith(SharedPortal.class)
class AgendaDocumentsIT {

  private static final String API = "/api/v1/regions/29";

  /** The smallest PDF Tika takes for one. */
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @SharedPortal.Base URL base;

  private Http coordinator;
  private GovernanceApi api;
  private Http policy;
  private Http policy2;
  private Http school;

  @BeforeEach
  void callers() throws Exception {
    var uri = base.toURI();
    coordinator = Http.api(uri, "coordinator", "demo");
    api = new GovernanceApi(coordinator);
    policy = Http.api(uri, "policy", "demo");
    policy2 = Http.api(uri, "policy2", "demo");
    school = Http.api(uri, "school", "demo");
  }

  @Test
  void aConfidentialDocumentIsForTheBodysMembersAndNotFoundForOthers() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long body = body("Tafel " + tag);
    // policy holds a seat of the body today; policy2 does not
    long seat =
        GovernanceApi.id(
            GovernanceApi.created(
                coordinator.postJson(
                    API + "/bodies/" + body + "/seats", "{\"role\":\"SECRETARY\"}")));
    GovernanceApi.created(
        coordinator.postJson(
            API + "/bodies/" + body + "/seats/" + seat + "/terms",
            "{\"personName\":\"P. Beleid\",\"username\":\"policy\",\"startDate\":\""
                + LocalDate.now().minusDays(1)
                + "\"}"));
    long meeting = meeting(body, "Overleg " + tag);
    long item = item(meeting);

    long open = upload(meeting, item, "open-" + tag + ".pdf", false);
    long secret = upload(meeting, item, "vertrouwelijk-" + tag + ".pdf", true);
    String path = API + "/meetings/" + meeting + "/documents/";

    HttpResponse<String> asMember = policy.get(path + secret);
    assertEquals(200, asMember.statusCode(), asMember.body());
    assertTrue(
        asMember.headers().firstValue("Content-Disposition").orElse("").contains("vertrouwelijk-"));
    assertEquals(200, coordinator.get(path + secret).statusCode());

    HttpResponse<String> asOther = policy2.get(path + secret);
    assertEquals(404, asOther.statusCode(), "a non-member gets 404, as for a missing one");
    assertEquals(
        Json.createReader(new StringReader(policy2.get(path + 999999999).body()))
            .readObject()
            .getString("type"),
        Json.createReader(new StringReader(asOther.body())).readObject().getString("type"),
        "the same problem as for a document that does not exist");
    assertEquals(200, policy2.get(path + open).statusCode());

    JsonArray seenByOther = array(policy2.get(API + "/meetings/" + meeting + "/documents"));
    assertEquals(1, seenByOther.size(), seenByOther.toString());
    assertEquals(open, seenByOther.getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(2, array(policy.get(API + "/meetings/" + meeting + "/documents")).size());
  }

  @Test
  void aFileOverTheLimitOrOfAnotherTypeIsRefusedAndNothingIsStored() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long meeting = meeting(body("Werkgroep " + tag), "Overleg " + tag);
    long item = item(meeting);
    String documents = API + "/meetings/" + meeting + "/items/" + item + "/documents";

    byte[] large = Arrays.copyOf(PDF, 8 * 1024 * 1024 + 1);
    HttpResponse<String> tooLarge =
        coordinator.post(documents + "?name=groot.pdf&type=REPORT", "application/pdf", large);
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(tooLarge.body().contains("8 MB"), tooLarge.body());

    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    HttpResponse<String> wrongType =
        coordinator.post(documents + "?name=stukken.pdf&type=REPORT", "application/pdf", zip);
    assertEquals(415, wrongType.statusCode(), wrongType.body());

    HttpResponse<String> noType =
        coordinator.post(documents + "?name=stuk.pdf", "application/pdf", PDF);
    assertEquals(400, noType.statusCode(), noType.body());
    assertTrue(noType.body().contains("\"type\""), noType.body());

    assertEquals(
        403,
        school.post(documents + "?name=stuk.pdf&type=MEMO", "application/pdf", PDF).statusCode());
    assertEquals(0, array(coordinator.get(API + "/meetings/" + meeting + "/documents")).size());

    long stored = upload(meeting, item, "stuk-" + tag + ".pdf", false);
    HttpResponse<byte[]> back =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        base.toURI().resolve(API + "/meetings/" + meeting + "/documents/" + stored))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString(
                                    "coordinator:demo".getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, back.statusCode());
    assertArrayEquals(PDF, back.body(), "the bytes as uploaded");
  }

  private long upload(long meeting, long item, String name, boolean confidential) {
    HttpResponse<String> r =
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
            PDF);
    return GovernanceApi.id(GovernanceApi.created(r));
  }

  private long body(String name) {
    return api.body(name, "ADMINISTRATIVE_TABLE");
  }

  private long meeting(long body, String title) {
    return api.meeting(body, title, LocalDateTime.now().plusDays(9).withHour(14).withMinute(0));
  }

  private long item(long meeting) {
    JsonObject m =
        GovernanceApi.json(
            GovernanceApi.created(
                coordinator.postJson(
                    API + "/meetings/" + meeting + "/items",
                    "{\"title\":\"Verdeelsleutel\",\"type\":\"DECISION\",\"ownerName\":\"RMC\","
                        + "\"proposedDecision\":\"Vaststellen.\"}")));
    return m.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static JsonArray array(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return Json.createReader(new StringReader(r.body())).readArray();
  }
}
