package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.web.tenancy.RegionPage;
import nl.regioportal.web.tenancy.RegionPage.RecordKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every door of the portal, generated from what the portal itself publishes: the REST operations of
 * its OpenAPI document and the region page templates. For each: anonymous callers are refused,
 * callers of another region are refused, and another region's record answers exactly like a missing
 * one. An operation or page without an entry here fails the test. Then the role matrix of
 * docs/security.md, row by row.
 */
@ExtendWith({KeycloakServer.class, SharedPortal.class})
class SecuritySweepIT {

  private static final String API = "/api/v1";

  @SharedPortal.Base URL base;

  private URI uri;
  private long ownId;
  private long foreignId;
  private long sweepBody;
  private final Map<RecordKind, long[]> ids = new java.util.EnumMap<>(RecordKind.class);

  /** How to exercise one operation: a concrete path and body for a region and an id. */
  private record Exercise(
      String method, BiFunction<String, Long, String> path, String body, RecordKind kind) {
    Exercise(String method, BiFunction<String, Long, String> path, String body) {
      this(method, path, body, RecordKind.ORGANISATION);
    }
  }

  /** A funding key over Rotterdam and Schiedam (both in region 29). */
  private static final String KEY =
      "{\"total\":\"1000.00\",\"parts\":[{\"basis\":\"EQUAL\",\"percent\":\"100\"}],"
          + "\"municipalities\":[{\"code\":\"GM0599\"},{\"code\":\"GM0606\"}]}";

  @BeforeEach
  void fixtures() throws Exception {
    uri = base.toURI();
    Http coordinator = Http.api(uri, "coordinator", "demo");
    ownId =
        id(
            coordinator.postJson(
                API + "/regions/29/organisations", other("Eigen " + UUID.randomUUID())));
    foreignId =
        id(
            coordinator.postJson(
                API + "/regions/36/organisations", other("Vreemd " + UUID.randomUUID())));
    // the indicator the import exercise names: an import names only indicators the region knows
    for (String region : List.of("29", "36")) {
      int registered =
          coordinator
              .postJson(
                  API + "/regions/" + region + "/indicator-definitions",
                  "{\"code\":\"sweep\",\"labelNl\":\"Sweep\"}")
              .statusCode();
      assertTrue(registered == 201 || registered == 409, "sweep indicator: " + registered);
    }
    ids.clear();
    ids.put(RecordKind.NONE, new long[] {0, 0});
    ids.put(RecordKind.ORGANISATION, new long[] {ownId, foreignId});
    meetingParts.clear();
    // the body the meeting-creating exercise schedules a meeting of
    sweepBody = id(coordinator.postJson(API + "/regions/29/bodies", governingBody("Sweep")));
  }

  /**
   * The id of a fresh record of a kind: {own (region 29), foreign (region 36)}, made once a test.
   */
  private long[] idsOf(RecordKind kind) {
    return ids.computeIfAbsent(kind, k -> new long[] {fixture(k, "29"), fixture(k, "36")});
  }

  /**
   * Makes a record of a kind in a region, as the coordinator (of 29 and 36). The switch names every
   * kind: a page declaring a new kind of record does not compile until the sweep can make one.
   */
  private long fixture(RecordKind kind, String region) {
    Http coordinator = Http.api(uri, "coordinator", "demo");
    String regionApi = API + "/regions/" + region;
    return switch (kind) {
      case NONE -> 0;
      case ORGANISATION ->
          id(
              coordinator.postJson(
                  regionApi + "/organisations", other("Matrix " + UUID.randomUUID())));
      case FUNDING_ARRANGEMENT, DRAFT_FUNDING_VERSION, PUBLISHED_FUNDING_VERSION ->
          fundingFixture(kind, regionApi, coordinator);
      case DIRECTORY_SERVICE ->
          id(
              coordinator.postJson(
                  regionApi + "/services",
                  service(
                      id(
                          coordinator.postJson(
                              regionApi + "/organisations",
                              other("Dienstverlener " + UUID.randomUUID()))))));
      case REFERRAL -> referralFixture(region, coordinator);
      case GOVERNING_BODY ->
          id(coordinator.postJson(regionApi + "/bodies", governingBody("Matrix")));
      case MEETING -> meetingFixture(regionApi, coordinator, MeetingStage.COMING);
    };
  }

  /** How far along a meeting fixture is: what the operation under test needs to succeed. */
  private enum MeetingStage {
    /** Planned, a week from now: its agenda may be published, changed, cancelled. */
    COMING,
    /** Planned, yesterday: its day has come, so it may be recorded as held. */
    PAST,
    /** Yesterday's, recorded as held: its decision item takes a decision. */
    HELD,
    /** Held, its minutes drafted, and a later meeting of the body today that may approve them. */
    MINUTES,
    /** Held, its minutes approved (a PDF). */
    APPROVED
  }

  /**
   * The agenda item, the action, the document and the approving meeting of each meeting fixture:
   * {item, action, document, approver}, by meeting id.
   */
  private final Map<Long, long[]> meetingParts = new java.util.HashMap<>();

  /**
   * A meeting of a fresh body, as the coordinator makes it through the API: one decision item (no
   * funding-key version) and one action owned by nobody by user name (so that only coordinators
   * mark it done) raised at the meeting, not at the item (so that the item may be removed).
   */
  private long meetingFixture(String regionApi, Http coordinator, MeetingStage stage) {
    long body = id(coordinator.postJson(regionApi + "/bodies", governingBody("Vergadering")));
    java.time.LocalDate day = dutchToday().plusDays(stage == MeetingStage.COMING ? 7 : -1);
    String meetings = regionApi + "/meetings";
    long meeting = id(coordinator.postJson(meetings, meeting(body, day)));
    long item = locationId(coordinator.postJson(meetings + "/" + meeting + "/items", ITEM));
    long action = locationId(coordinator.postJson(meetings + "/" + meeting + "/actions", ACTION));
    long document =
        locationId(
            coordinator.post(
                meetings + "/" + meeting + "/items/" + item + "/documents?name=sweep.txt&type=MEMO",
                "text/plain",
                "Sweep notes"));
    long approver = 0;
    if (stage.compareTo(MeetingStage.HELD) >= 0) {
      HttpResponse<String> held = coordinator.postJson(meetings + "/" + meeting + "/held", "");
      assertEquals(200, held.statusCode(), held.body());
    }
    if (stage.compareTo(MeetingStage.MINUTES) >= 0) {
      HttpResponse<String> drafted =
          coordinator.postJson(meetings + "/" + meeting + "/minutes", "");
      assertEquals(200, drafted.statusCode(), drafted.body());
      approver = id(coordinator.postJson(meetings, meetingAt(body, dutchToday() + "T00:00")));
    }
    if (stage == MeetingStage.APPROVED) {
      HttpResponse<String> approved =
          coordinator.postJson(
              meetings + "/" + meeting + "/minutes/approval", "{\"atMeetingId\":" + approver + "}");
      assertEquals(200, approved.statusCode(), approved.body());
    }
    meetingParts.put(meeting, new long[] {item, action, document, approver});
    return meeting;
  }

  /** The agenda item of a meeting fixture; for any other id (missing, say) that id. */
  private long itemOf(long meeting) {
    return meetingParts.getOrDefault(meeting, new long[] {meeting, meeting})[0];
  }

  /** The document of a meeting fixture's item; for any other id that id. */
  private long documentOf(long meeting) {
    return meetingParts.getOrDefault(meeting, new long[] {meeting, meeting, meeting, meeting})[2];
  }

  /** The meeting that may approve a MINUTES fixture's minutes. */
  private long approverOf(long meeting) {
    return meetingParts.getOrDefault(meeting, new long[] {meeting, meeting, meeting, meeting})[3];
  }

  /** The action raised at a meeting fixture; for any other id that id. */
  private long actionOf(long meeting) {
    return meetingParts.getOrDefault(meeting, new long[] {meeting, meeting})[1];
  }

  /** Today in the Netherlands, the day the meetings' times are in. */
  private static java.time.LocalDate dutchToday() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
  }

  /**
   * A meeting of a governing body on a day from 10:00 to 12:00; {@code body} {@code null} for a PUT
   * (a meeting keeps its body), whose {@code version} 0 the matrix replaces with the real one.
   */
  /** A meeting of a body from {@code start} (Dutch local time) for an hour. */
  private static String meetingAt(long body, String start) {
    java.time.LocalDateTime at = java.time.LocalDateTime.parse(start);
    return "{\"bodyId\":"
        + body
        + ",\"title\":\"Sweep "
        + UUID.randomUUID()
        + "\",\"startsAt\":\""
        + start
        + "\",\"endsAt\":\""
        + at.plusHours(1)
        + "\",\"location\":\"Stadhuis\"}";
  }

  private static String meeting(Long body, java.time.LocalDate day) {
    return "{"
        + (body == null ? "" : "\"bodyId\":" + body + ",")
        + "\"title\":\"Sweep "
        + UUID.randomUUID()
        + "\",\"startsAt\":\""
        + day
        + "T10:00\",\"endsAt\":\""
        + day
        + "T12:00\",\"location\":\"Stadhuis\",\"version\":0}";
  }

  /** A figures snapshot of the first half of 2026, as a client posts it. */
  private static final String SNAPSHOT =
      "{\"label\":\"Sweep\",\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}";

  /** A decision item, as a client posts it ({@code version} 0: the matrix puts the real one). */
  private static final String ITEM =
      "{\"title\":\"Sweep\",\"type\":\"DECISION\",\"ownerName\":\"Sweep\","
          + "\"proposedDecision\":\"Vaststellen.\",\"version\":0}";

  /** An action owned by nobody by user name, due in a month. */
  private static final String ACTION =
      "{\"description\":\"Sweep\",\"ownerName\":\"Sweep\",\"deadline\":\""
          + java.time.LocalDate.now().plusMonths(1)
          + "\",\"version\":0}";

  /**
   * A referral for the referral pages. In region 29: the school's referral to the care worker's
   * Wijkteam, submitted and delivered, so that both its sender and its receiver open it. In region
   * 36, where no demo user acts for an organisation: a draft written into the database ({@link
   * #foreignReferral}), so that region 29 can be asked for another region's referral.
   */
  private long referralFixture(String region, Http coordinator) {
    String referrals = API + "/regions/29/referrals";
    java.time.LocalDate birth = java.time.LocalDate.now().minusYears(17).minusMonths(6);
    java.util.function.LongFunction<String> body =
        receiver ->
            "{\"receiverOrganisationId\":"
                + receiver
                + ",\"student\":{\"givenName\":\"Sweep\",\"familyName\":\"Student\","
                + "\"birthDate\":\""
                + birth
                + "\",\"municipality\":\"GM0599\"},"
                + "\"reason\":{\"domains\":[\"income_debt\"]},\"urgency\":\"REGULAR\","
                + "\"consent\":{\"givenBy\":\"STUDENT\",\"categories\":[\"IDENTITY\"],"
                + "\"purpose\":\"Sweep\",\"validUntil\":\""
                + java.time.LocalDate.now().plusMonths(6)
                + "\",\"obtained\":\"IN_PERSON\"}}";
    if (!region.equals("29")) {
      return foreignReferral();
    }
    Http school = Http.api(uri, "school", "demo");
    long wijkteam =
        Json.createReader(
                new StringReader(
                    coordinator
                        .get(API + "/regions/29/organisations?q=Wijkteam%20Feijenoord")
                        .body()))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long id = id(school.postJson(referrals, body.apply(wijkteam)));
    assertEquals(200, school.postJson(referrals + "/" + id + "/submit", "").statusCode());
    long until = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < until) {
      String state =
          Json.createReader(new StringReader(school.get(referrals + "/" + id).body()))
              .readObject()
              .getString("state");
      if (!state.equals("SUBMITTED")) {
        assertEquals("DELIVERED", state, "the sweep's referral reaches the Wijkteam's inbox");
        return id;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("referral " + id + " was not delivered within 30 s");
  }

  /** A draft referral of region 36, written into the database beside the organisations of 36. */
  private long foreignReferral() {
    long org = idsOf(RecordKind.ORGANISATION)[1];
    try (java.sql.Connection c = PortalDatabase.connect();
        java.sql.PreparedStatement insert =
            c.prepareStatement(
                "insert into referral (tenant_id, version, delivery_version, state,"
                    + " sender_organisation_id, sender_username, receiver_organisation_id,"
                    + " student_given_name, student_family_name, student_birth_date,"
                    + " student_municipality, urgency, three_way, study_coach, created_at,"
                    + " updated_at, reminders_sent) values ('36', 1, 0, 'DRAFT', ?, 'sweep', ?,"
                    + " 'x', 'x', 'x', 'GM0796', 'REGULAR', false, 'sweep', utc_timestamp(6),"
                    + " utc_timestamp(6), 0)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, org);
      insert.setLong(2, org);
      insert.executeUpdate();
      try (java.sql.ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError("a referral of region 36", e);
    }
  }

  /** A referral from the school to the GGZ partner of the demo region, with consent. */
  private String referral() {
    long ggz =
        Json.createReader(
                new StringReader(
                    Http.api(uri, "coordinator", "demo")
                        .get(API + "/regions/29/organisations?q=GGZ")
                        .body()))
            .readObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    return "{\"receiverOrganisationId\":"
        + ggz
        + ",\"student\":{\"givenName\":\"Sweep\",\"familyName\":\"Test\",\"birthDate\":\""
        + java.time.LocalDate.now().minusYears(17)
        + "\",\"municipality\":\"GM0599\"},\"reason\":{\"domains\":[\"income_debt\"]},"
        + "\"consent\":{\"givenBy\":\"STUDENT\",\"categories\":[\"IDENTITY\"],\"purpose\":\"x\","
        + "\"validUntil\":\""
        + java.time.LocalDate.now().plusMonths(3)
        + "\",\"obtained\":\"IN_PERSON\"}}";
  }

  /** A directory service of an organisation, as a client posts it. */
  private static String service(long organisationId) {
    return "{\"organisationId\":"
        + organisationId
        + ",\"name\":\"Sweep\",\"description\":\"Sweep\",\"ageGroup\":\"ALL\","
        + "\"terms\":[\"debt\"],\"municipalities\":[\"GM0599\"]}";
  }

  private long fundingFixture(RecordKind kind, String regionApi, Http coordinator) {
    long arrangement =
        id(
            coordinator.postJson(
                regionApi + "/funding-arrangements",
                "{\"title\":\"Sweep "
                    + UUID.randomUUID()
                    + "\",\"year\":2027,\"key\":"
                    + KEY
                    + "}"));
    long version =
        Json.createReader(
                new StringReader(
                    coordinator.get(regionApi + "/funding-arrangements/" + arrangement).body()))
            .readObject()
            .getJsonArray("versions")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    if (kind != RecordKind.DRAFT_FUNDING_VERSION) {
      assertEquals(
          200,
          coordinator
              .postJson(regionApi + "/funding-versions/" + version + "/publish", "")
              .statusCode());
    }
    return kind == RecordKind.FUNDING_ARRANGEMENT ? arrangement : version;
  }

  private Map<String, Exercise> exercises() {
    Map<String, Exercise> e = new LinkedHashMap<>();
    e.put("GET /api/v1/regions", new Exercise("GET", (r, id) -> API + "/regions", null));
    e.put("GET /api/v1/me", new Exercise("GET", (r, id) -> API + "/me", null, RecordKind.NONE));
    e.put(
        "GET /api/v1/regions/{region}/municipalities",
        new Exercise("GET", (r, id) -> API + "/regions/" + r + "/municipalities", null));
    e.put(
        "GET /api/v1/regions/{region}/organisations",
        new Exercise("GET", (r, id) -> API + "/regions/" + r + "/organisations", null));
    e.put(
        "POST /api/v1/regions/{region}/organisations",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + "/organisations",
            other("Sweep " + UUID.randomUUID())));
    e.put(
        "GET /api/v1/regions/{region}/organisations/{id}",
        new Exercise("GET", (r, id) -> API + "/regions/" + r + "/organisations/" + id, null));
    e.put(
        "PUT /api/v1/regions/{region}/organisations/{id}",
        new Exercise(
            "PUT",
            (r, id) -> API + "/regions/" + r + "/organisations/" + id,
            "{\"type\":\"OTHER\",\"name\":\"Sweep " + UUID.randomUUID() + "\",\"version\":1}"));
    e.put(
        "POST /api/v1/regions/{region}/organisations/{id}/deactivate",
        new Exercise(
            "POST", (r, id) -> API + "/regions/" + r + "/organisations/" + id + "/deactivate", ""));
    e.put(
        "POST /api/v1/regions/{region}/organisations/{id}/reactivate",
        new Exercise(
            "POST", (r, id) -> API + "/regions/" + r + "/organisations/" + id + "/reactivate", ""));
    e.put(
        "POST /api/v1/regions/{region}/invitations",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + "/invitations",
            "{\"email\":\"sweep-"
                + UUID.randomUUID()
                + "@example.org\",\"role\":\"school-staff\"}"));
    String sv = "/services";
    e.put(
        "GET /api/v1/regions/{region}" + sv,
        new Exercise("GET", (r, id) -> API + "/regions/" + r + sv, null, RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}" + sv,
        new Exercise(
            "POST", (r, id) -> API + "/regions/" + r + sv, service(ownId), RecordKind.NONE));
    e.put(
        "GET /api/v1/regions/{region}" + sv + "/hsds-package",
        new Exercise(
            "GET", (r, id) -> API + "/regions/" + r + sv + "/hsds-package", null, RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}" + sv + "/hsds-package",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + sv + "/hsds-package",
            hsdsPackage(),
            RecordKind.NONE));
    e.put(
        "GET /api/v1/regions/{region}/directory-terms",
        new Exercise(
            "GET", (r, id) -> API + "/regions/" + r + "/directory-terms", null, RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}/directory-terms",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + "/directory-terms",
            "{\"taxonomy\":\"ISSUE\",\"parentCode\":\"income_debt\",\"nameNl\":\"Sweep "
                + UUID.randomUUID()
                + "\"}",
            RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}" + sv + "/hsds-tabular",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + sv + "/hsds-tabular",
            "id,name,description\n"
                + UUID.randomUUID()
                + ",Sweep "
                + UUID.randomUUID()
                + ",Organisatie\n",
            RecordKind.NONE));
    for (String below : List.of("", "/history")) {
      e.put(
          "GET /api/v1/regions/{region}" + sv + "/{id}" + below,
          new Exercise(
              "GET",
              (r, id) -> API + "/regions/" + r + sv + "/" + id + below,
              null,
              RecordKind.DIRECTORY_SERVICE));
    }
    e.put(
        "PUT /api/v1/regions/{region}" + sv + "/{id}",
        new Exercise(
            "PUT",
            (r, id) -> API + "/regions/" + r + sv + "/" + id,
            "{\"version\":1,\"name\":\"Sweep\"}",
            RecordKind.DIRECTORY_SERVICE));
    e.put(
        "POST /api/v1/regions/{region}" + sv + "/{id}/verify",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + sv + "/" + id + "/verify",
            "",
            RecordKind.DIRECTORY_SERVICE));
    e.put(
        "PUT /api/v1/regions/{region}" + sv + "/{id}/waiting-time",
        new Exercise(
            "PUT",
            (r, id) -> API + "/regions/" + r + sv + "/" + id + "/waiting-time",
            "{\"weeks\":2}",
            RecordKind.DIRECTORY_SERVICE));
    String fk = "/funding-keys/preview";
    e.put(
        "POST /api/v1/regions/{region}" + fk,
        new Exercise("POST", (r, id) -> API + "/regions/" + r + fk, KEY, RecordKind.NONE));
    String fa = "/funding-arrangements";
    e.put(
        "GET /api/v1/regions/{region}" + fa,
        new Exercise("GET", (r, id) -> API + "/regions/" + r + fa, null, RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}" + fa,
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + fa,
            "{\"title\":\"Sweep " + UUID.randomUUID() + "\",\"year\":2027,\"key\":" + KEY + "}",
            RecordKind.NONE));
    e.put(
        "GET /api/v1/regions/{region}" + fa + "/{id}",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + fa + "/" + id,
            null,
            RecordKind.FUNDING_ARRANGEMENT));
    e.put(
        "POST /api/v1/regions/{region}" + fa + "/{id}/versions",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + fa + "/" + id + "/versions",
            KEY,
            RecordKind.FUNDING_ARRANGEMENT));
    String fv = "/funding-versions/";
    e.put(
        "GET /api/v1/regions/{region}" + fv + "{id}",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + fv + id,
            null,
            RecordKind.PUBLISHED_FUNDING_VERSION));
    e.put(
        "PUT /api/v1/regions/{region}" + fv + "{id}",
        new Exercise(
            "PUT",
            (r, id) -> API + "/regions/" + r + fv + id,
            KEY.replaceFirst("\\{", "{\"revision\":0,"),
            RecordKind.DRAFT_FUNDING_VERSION));
    e.put(
        "POST /api/v1/regions/{region}" + fv + "{id}/publish",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + fv + id + "/publish",
            "",
            RecordKind.DRAFT_FUNDING_VERSION));
    e.put(
        "POST /api/v1/regions/{region}" + fv + "{id}/reviews",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + fv + id + "/reviews",
            "{\"decision\":\"APPROVED\"}",
            RecordKind.PUBLISHED_FUNDING_VERSION));
    e.put(
        "POST /api/v1/regions/{region}" + fv + "{id}/lock",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + fv + id + "/lock",
            "{\"decision\":\"Sweep\"}",
            RecordKind.PUBLISHED_FUNDING_VERSION));
    e.put(
        "GET /api/v1/regions/{region}" + fv + "{id}/comparison",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + fv + id + "/comparison?with=" + id,
            null,
            RecordKind.PUBLISHED_FUNDING_VERSION));
    e.put(
        "GET /api/v1/regions/{region}" + fv + "{id}/transition",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + fv + id + "/transition?from=" + id + "&years=2",
            null,
            RecordKind.PUBLISHED_FUNDING_VERSION));
    e.put(
        "GET /api/v1/regions/{region}" + fv + "{id}/indexation",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + fv + id + "/indexation?percent=2&years=2",
            null,
            RecordKind.PUBLISHED_FUNDING_VERSION));
    for (String export : List.of("export.csv", "export.xlsx", "statements.pdf")) {
      e.put(
          "GET /api/v1/regions/{region}" + fv + "{id}/" + export,
          new Exercise(
              "GET",
              (r, id) -> API + "/regions/" + r + fv + id + "/" + export,
              null,
              RecordKind.PUBLISHED_FUNDING_VERSION));
    }
    e.put(
        "GET /api/v1/regions/{region}/indicators",
        new Exercise(
            "GET", (r, id) -> API + "/regions/" + r + "/indicators", null, RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}/indicators",
        new Exercise(
            "POST",
            (r, id) ->
                API
                    + "/regions/"
                    + r
                    + "/indicators?indicator=sweep&source=Sweep&referenceDate=2020-01-01",
            "gemeentecode;waarde\nGM0599;1\n",
            RecordKind.NONE));
    String defs = "/indicator-definitions";
    e.put(
        "GET /api/v1/regions/{region}" + defs,
        new Exercise("GET", (r, x) -> API + "/regions/" + r + defs, null, RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}" + defs,
        new Exercise(
            "POST",
            (r, x) -> API + "/regions/" + r + defs,
            "{\"code\":\"sweep_"
                + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"labelNl\":\"Sweep "
                + UUID.randomUUID()
                + "\"}",
            RecordKind.NONE));
    e.put(
        "GET /api/v1/regions/{region}" + defs + "/{code}",
        new Exercise(
            "GET", (r, x) -> API + "/regions/" + r + defs + "/sweep", null, RecordKind.NONE));
    e.put(
        "PUT /api/v1/regions/{region}" + defs + "/{code}",
        new Exercise(
            "PUT",
            (r, x) -> API + "/regions/" + r + defs + "/sweep",
            "{\"labelNl\":\"Sweep\"}",
            RecordKind.NONE));
    e.put(
        "DELETE /api/v1/regions/{region}" + defs + "/{code}",
        new Exercise(
            "DELETE",
            (r, x) -> API + "/regions/" + r + defs + "/sweep_missing",
            null,
            RecordKind.NONE));
    String rf = "/referrals";
    e.put(
        "POST /api/v1/regions/{region}" + rf,
        new Exercise("POST", (r, id) -> API + "/regions/" + r + rf, referral(), RecordKind.NONE));
    e.put(
        "GET /api/v1/regions/{region}" + rf,
        new Exercise("GET", (r, id) -> API + "/regions/" + r + rf, null, RecordKind.NONE));
    e.put(
        "GET /api/v1/regions/{region}" + rf + "/{id}",
        new Exercise(
            "GET", (r, id) -> API + "/regions/" + r + rf + "/" + id, null, RecordKind.REFERRAL));
    for (String[] step :
        new String[][] {
          {"/submit", ""},
          {"/withdraw", "{}"},
          {"/consent/withdraw", ""},
          {"/answer", "{\"state\":\"ACCEPTED\"}"}
        }) {
      e.put(
          "POST /api/v1/regions/{region}" + rf + "/{id}" + step[0],
          new Exercise(
              "POST",
              (r, id) -> API + "/regions/" + r + rf + "/" + id + step[0],
              step[1],
              RecordKind.REFERRAL));
    }
    e.put(
        "GET /api/v1/regions/{region}" + rf + "/{id}/consent/receipt",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + rf + "/" + id + "/consent/receipt",
            null,
            RecordKind.REFERRAL));
    String files = "/attachments";
    e.put(
        "POST /api/v1/regions/{region}" + rf + "/{id}" + files,
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + rf + "/" + id + files + "?name=sweep.txt",
            "Sweep\n",
            RecordKind.REFERRAL));
    e.put(
        "GET /api/v1/regions/{region}" + rf + "/{id}" + files,
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + rf + "/" + id + files,
            null,
            RecordKind.REFERRAL));
    for (String method : List.of("GET", "DELETE")) {
      e.put(
          method + " /api/v1/regions/{region}" + rf + "/{id}" + files + "/{attachment}",
          new Exercise(
              method,
              (r, id) -> API + "/regions/" + r + rf + "/" + id + files + "/1",
              null,
              RecordKind.REFERRAL));
    }
    String delivery = "/delivery";
    e.put(
        "GET /api/v1/regions/{region}/organisations/{id}" + delivery,
        new Exercise(
            "GET", (r, id) -> API + "/regions/" + r + "/organisations/" + id + delivery, null));
    e.put(
        "PUT /api/v1/regions/{region}/organisations/{id}" + delivery,
        new Exercise(
            "PUT",
            (r, id) -> API + "/regions/" + r + "/organisations/" + id + delivery,
            "{\"channel\":\"PORTAL\"}"));
    e.put(
        "GET /api/v1/regions/{region}/referral-deliveries/dead",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + "/referral-deliveries/dead",
            null,
            RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}/referral-deliveries/{id}/retry",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + "/referral-deliveries/" + id + "/retry",
            "",
            RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}/provisioning",
        new Exercise("POST", (r, id) -> API + "/regions/" + r + "/provisioning", ""));
    e.put(
        "POST /api/v1/reference-data/cbs-areas",
        new Exercise(
            "POST",
            (r, id) -> API + "/reference-data/cbs-areas?validFrom=2040-01-01",
            "Gemeentecode;Gemeentenaam;RMC-regio code\nGM0599;Rotterdam;MC29\n"));
    // referral records (issue 10): the coordinator's audit and retention endpoints
    e.put(
        "GET /api/v1/regions/{region}/audit/check",
        new Exercise("GET", (r, id) -> API + "/regions/" + r + "/audit/check", null));
    e.put(
        "GET /api/v1/regions/{region}/audit/disclosures",
        new Exercise(
            "GET", (r, id) -> API + "/regions/" + r + "/audit/disclosures?referral=1", null));
    e.put(
        "GET /api/v1/regions/{region}/referral-retention",
        new Exercise("GET", (r, id) -> API + "/regions/" + r + "/referral-retention", null));
    e.put(
        "PUT /api/v1/regions/{region}/referral-retention",
        new Exercise(
            "PUT", (r, id) -> API + "/regions/" + r + "/referral-retention", "{\"months\":24}"));
    // referral figures (issue 10, point 9): aggregates, and the caseload for funding keys
    String figures = "/referral-figures";
    e.put(
        "GET /api/v1/regions/{region}" + figures,
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + figures + "?from=2026-01-01&to=2026-06-30",
            null,
            RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}" + figures + "/caseload",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + figures + "/caseload",
            "{\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}",
            RecordKind.NONE));
    // governing bodies (issue 11): seat and term ids that are not the body's answer 404 too
    String gb = "/bodies";
    e.put(
        "GET /api/v1/regions/{region}" + gb,
        new Exercise("GET", (r, id) -> API + "/regions/" + r + gb, null, RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}" + gb,
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + gb,
            governingBody("Sweep"),
            RecordKind.NONE));
    e.put(
        "GET /api/v1/regions/{region}" + gb + "/{id}",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + gb + "/" + id,
            null,
            RecordKind.GOVERNING_BODY));
    e.put(
        "PUT /api/v1/regions/{region}" + gb + "/{id}",
        new Exercise(
            "PUT",
            (r, id) -> API + "/regions/" + r + gb + "/" + id,
            governingBody("Sweep"),
            RecordKind.GOVERNING_BODY));
    e.put(
        "POST /api/v1/regions/{region}" + gb + "/{id}/seats",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + gb + "/" + id + "/seats",
            "{\"role\":\"SECRETARY\"}",
            RecordKind.GOVERNING_BODY));
    e.put(
        "DELETE /api/v1/regions/{region}" + gb + "/{id}/seats/{seatId}",
        new Exercise(
            "DELETE",
            (r, id) -> API + "/regions/" + r + gb + "/" + id + "/seats/1",
            null,
            RecordKind.GOVERNING_BODY));
    e.put(
        "POST /api/v1/regions/{region}" + gb + "/{id}/seats/{seatId}/terms",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + gb + "/" + id + "/seats/1/terms",
            TERM,
            RecordKind.GOVERNING_BODY));
    for (String method : List.of("PUT", "DELETE")) {
      e.put(
          method + " /api/v1/regions/{region}" + gb + "/{id}/seats/{seatId}/terms/{termId}",
          new Exercise(
              method,
              (r, id) -> API + "/regions/" + r + gb + "/" + id + "/seats/1/terms/1",
              method.equals("PUT") ? TERM : null,
              RecordKind.GOVERNING_BODY));
    }
    // meetings, their agendas, decisions and actions (issue 11): item and action ids that are not
    // the meeting's answer 404 too; {id} of /actions/{id} is the meeting fixture's action
    String mt = "/meetings";
    e.put(
        "GET /api/v1/regions/{region}" + mt,
        new Exercise("GET", (r, id) -> API + "/regions/" + r + mt, null, RecordKind.NONE));
    e.put(
        "POST /api/v1/regions/{region}" + mt,
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + mt,
            meeting(sweepBody, dutchToday().plusDays(7)),
            RecordKind.NONE));
    e.put(
        "GET /api/v1/regions/{region}" + mt + "/{id}",
        new Exercise(
            "GET", (r, id) -> API + "/regions/" + r + mt + "/" + id, null, RecordKind.MEETING));
    e.put(
        "PUT /api/v1/regions/{region}" + mt + "/{id}",
        new Exercise(
            "PUT",
            (r, id) -> API + "/regions/" + r + mt + "/" + id,
            meeting(null, dutchToday().plusDays(8)),
            RecordKind.MEETING));
    for (String step : List.of("/publish", "/held", "/cancel")) {
      e.put(
          "POST /api/v1/regions/{region}" + mt + "/{id}" + step,
          new Exercise(
              "POST",
              (r, id) -> API + "/regions/" + r + mt + "/" + id + step,
              "",
              RecordKind.MEETING));
    }
    e.put(
        "POST /api/v1/regions/{region}" + mt + "/{id}/items",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + mt + "/" + id + "/items",
            ITEM,
            RecordKind.MEETING));
    for (String method : List.of("PUT", "DELETE")) {
      e.put(
          method + " /api/v1/regions/{region}" + mt + "/{id}/items/{itemId}",
          new Exercise(
              method,
              (r, id) -> API + "/regions/" + r + mt + "/" + id + "/items/" + itemOf(id),
              method.equals("PUT") ? ITEM : null,
              RecordKind.MEETING));
    }
    e.put(
        "POST /api/v1/regions/{region}" + mt + "/{id}/items/{itemId}/decision",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + mt + "/" + id + "/items/" + itemOf(id) + "/decision",
            "{\"outcome\":\"ADOPTED\",\"text\":\"Sweep\"}",
            RecordKind.MEETING));
    e.put(
        "POST /api/v1/regions/{region}" + mt + "/{id}/actions",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + mt + "/" + id + "/actions",
            ACTION,
            RecordKind.MEETING));
    for (String list : List.of("/decisions", "/actions")) {
      e.put(
          "GET /api/v1/regions/{region}" + list,
          new Exercise("GET", (r, id) -> API + "/regions/" + r + list, null, RecordKind.NONE));
    }
    // documents and minutes of a meeting (issue 11, points 3 and 5)
    e.put(
        "GET /api/v1/regions/{region}" + mt + "/{id}/documents",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + mt + "/" + id + "/documents",
            null,
            RecordKind.MEETING));
    e.put(
        "POST /api/v1/regions/{region}" + mt + "/{id}/items/{itemId}/documents",
        new Exercise(
            "POST",
            (r, id) ->
                API
                    + "/regions/"
                    + r
                    + mt
                    + "/"
                    + id
                    + "/items/"
                    + itemOf(id)
                    + "/documents?name=sweep.txt&type=MEMO",
            "Sweep notes",
            RecordKind.MEETING));
    for (String method : List.of("GET", "DELETE")) {
      e.put(
          method + " /api/v1/regions/{region}" + mt + "/{id}/documents/{documentId}",
          new Exercise(
              method,
              (r, id) -> API + "/regions/" + r + mt + "/" + id + "/documents/" + documentOf(id),
              null,
              RecordKind.MEETING));
    }
    for (String method : List.of("GET", "POST", "PUT")) {
      e.put(
          method + " /api/v1/regions/{region}" + mt + "/{id}/minutes",
          new Exercise(
              method,
              (r, id) -> API + "/regions/" + r + mt + "/" + id + "/minutes",
              method.equals("PUT") ? "{\"text\":\"Sweep\",\"version\":0}" : "",
              RecordKind.MEETING));
    }
    e.put(
        "POST /api/v1/regions/{region}" + mt + "/{id}/minutes/approval",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + mt + "/" + id + "/minutes/approval",
            "{\"atMeetingId\":0}",
            RecordKind.MEETING));
    e.put(
        "GET /api/v1/regions/{region}" + mt + "/{id}/minutes.pdf",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + mt + "/" + id + "/minutes.pdf",
            null,
            RecordKind.MEETING));
    // calendar feeds and figures snapshots (issue 11, points 6 and 7): made per request in perform
    for (String path : List.of("/calendar-feeds", "/figures-snapshots")) {
      e.put(
          "GET /api/v1/regions/{region}" + path,
          new Exercise("GET", (r, id) -> API + "/regions/" + r + path, null, RecordKind.NONE));
      e.put(
          "POST /api/v1/regions/{region}" + path,
          new Exercise(
              "POST",
              (r, id) -> API + "/regions/" + r + path,
              path.equals("/calendar-feeds") ? "{}" : SNAPSHOT,
              RecordKind.NONE));
      e.put(
          "DELETE /api/v1/regions/{region}" + path + "/{id}",
          new Exercise(
              "DELETE", (r, id) -> API + "/regions/" + r + path + "/" + id, null, RecordKind.NONE));
    }
    e.put(
        "GET /api/v1/regions/{region}/figures-snapshots/{id}",
        new Exercise(
            "GET",
            (r, id) -> API + "/regions/" + r + "/figures-snapshots/" + id,
            null,
            RecordKind.NONE));
    String ac = "/actions/";
    e.put(
        "GET /api/v1/regions/{region}" + ac + "{id}",
        new Exercise(
            "GET", (r, id) -> API + "/regions/" + r + ac + actionOf(id), null, RecordKind.MEETING));
    e.put(
        "PUT /api/v1/regions/{region}" + ac + "{id}",
        new Exercise(
            "PUT",
            (r, id) -> API + "/regions/" + r + ac + actionOf(id),
            ACTION,
            RecordKind.MEETING));
    e.put(
        "POST /api/v1/regions/{region}" + ac + "{id}/done",
        new Exercise(
            "POST",
            (r, id) -> API + "/regions/" + r + ac + actionOf(id) + "/done",
            "{\"done\":true}",
            RecordKind.MEETING));
    return e;
  }

  /** A governing body with a fresh name, as a client posts it ({@code version} for a PUT). */
  private static String governingBody(String name) {
    return "{\"name\":\""
        + name
        + " "
        + UUID.randomUUID()
        + "\",\"kind\":\"ADMINISTRATIVE_TABLE\",\"version\":1}";
  }

  /** A term, as a client posts it (fresh: {@code version} 1 for a PUT). */
  private static final String TERM =
      "{\"personName\":\"Sweep\",\"startDate\":\"2026-01-01\",\"version\":1}";

  /**
   * A governing body's path from the role matrix with a real seat (a chair, the fresh body has
   * none) and term in place of {@code {seatId}} and {@code {termId}}, made as the coordinator.
   */
  private String withSeatAndTerm(String path, long body) {
    if (!path.contains("{seatId}")) {
      return path;
    }
    Http coordinator = Http.api(uri, "coordinator", "demo");
    String seats = API + "/regions/29/bodies/" + body + "/seats";
    long seat = id(coordinator.postJson(seats, "{\"role\":\"CHAIR\"}"));
    path = path.replace("{seatId}", String.valueOf(seat));
    if (path.contains("{termId}")) {
      long term = id(coordinator.postJson(seats + "/" + seat + "/terms", TERM));
      path = path.replace("{termId}", String.valueOf(term));
    }
    return path;
  }

  /** An HSDS package of one new organisation (fresh ids and name), no services. */
  private static String hsdsPackage() {
    return "[{\"id\":\""
        + UUID.randomUUID()
        + "\",\"name\":\"Sweep "
        + UUID.randomUUID()
        + "\",\"description\":\"Organisatie\",\"attributes\":[{\"id\":\""
        + UUID.randomUUID()
        + "\",\"link_type\":\"regioportaal:organisation_type\",\"value\":\"OTHER\"}]}]";
  }

  @Test
  void everyApiOperationIsCoveredAndRefusesAnonymousForeignAndOtherRegionsRecords() {
    JsonObject openapi =
        Json.createReader(
                new StringReader(Http.anonymous(root()).get("/openapi?format=JSON").body()))
            .readObject();
    Map<String, Exercise> exercises = exercises();
    TreeSet<String> published = new TreeSet<>();
    openapi
        .getJsonObject("paths")
        .forEach(
            (path, ops) ->
                ops.asJsonObject()
                    .keySet()
                    .forEach(m -> published.add(m.toUpperCase() + " " + path)));
    assertFalse(published.isEmpty());
    List<String> uncovered = new ArrayList<>(published);
    uncovered.removeAll(exercises.keySet());
    assertTrue(uncovered.isEmpty(), "operations without a sweep entry: " + uncovered);

    Http anonymous = Http.anonymous(uri);
    Http school = Http.api(uri, "school", "demo");
    Http coordinator = Http.api(uri, "coordinator", "demo");
    for (String operation : published) {
      Exercise x = exercises.get(operation);
      long own = operation.contains("{id}") ? idsOf(x.kind())[0] : 0;
      long foreign = operation.contains("{id}") ? idsOf(x.kind())[1] : 0;
      HttpResponse<String> anon = call(anonymous, x, "29", own);
      assertEquals(401, anon.statusCode(), operation + " anonymous: " + anon.body());

      if (operation.contains("{region}")) {
        HttpResponse<String> foreignRegion = call(school, x, "36", foreign);
        assertEquals(
            403, foreignRegion.statusCode(), operation + " in a region the caller is no member of");
      }
      if (operation.contains("{id}")) {
        HttpResponse<String> otherRegionsRecord = call(coordinator, x, "29", foreign);
        HttpResponse<String> missing = call(coordinator, x, "29", 999_999_999L);
        assertEquals(
            404, otherRegionsRecord.statusCode(), operation + " with region 36's id in region 29");
        assertEquals(404, missing.statusCode(), operation + " with a missing id");
        assertEquals(
            problemType(missing),
            problemType(otherRegionsRecord),
            operation + ": same answer as missing");
      }
    }
    HttpResponse<String> still = coordinator.get(API + "/regions/36/organisations/" + foreignId);
    assertTrue(
        Json.createReader(new StringReader(still.body())).readObject().getBoolean("active"),
        "region 36's record is untouched by every call made in region 29");
  }

  @Test
  void everyRegionPageRefusesAnonymousForeignAndOtherRegionsRecords() {
    Http anonymous = Http.browser(uri);
    Http school = signedIn("school");
    Http coordinator = signedIn("coordinator");
    for (RegionPage regionPage : RegionPage.values()) {
      String template = regionPage.template();
      long ownId = idsOf(regionPage.record())[0];
      long foreignId = idsOf(regionPage.record())[1];
      HttpResponse<String> anon = anonymous.get(page(template, "29", ownId));
      assertEquals(302, anon.statusCode(), template + " anonymous");
      assertTrue(
          anon.headers().firstValue("Location").orElse("").contains("login.xhtml"), template);
      assertEquals(
          403,
          school.get(page(template, "36", foreignId)).statusCode(),
          template + " foreign region");
      boolean forSchoolStaff = regionPage.allows(PortalRole.SCHOOL_STAFF);
      assertEquals(
          forSchoolStaff ? 200 : 403,
          school.get(page(template, "29", ownId)).statusCode(),
          template + " own region");
      // the reader: the coordinator, or for the pages that are not theirs (referrals: only the
      // people acting for an organisation see a student's data) the school
      boolean forCoordinators = regionPage.allows(PortalRole.RMC_COORDINATOR);
      Http reader = forCoordinators ? coordinator : school;
      assertEquals(
          forCoordinators ? 200 : 403,
          coordinator.get(page(template, "29", ownId)).statusCode(),
          template + " coordinator");
      if (template.contains("{id}")) {
        assertEquals(
            404,
            reader.get(page(template, "29", foreignId)).statusCode(),
            template + " other region's id");
        assertEquals(
            404,
            reader.get(page(template, "29", 999_999_999L)).statusCode(),
            template + " missing id");
      }
    }
  }

  @Test
  void theRoleMatrixHolds() throws IOException {
    KeycloakServer.awaitReady(); // provisioning reaches the identity provider
    Path doc = Path.of(System.getProperty("security.doc", "../docs/security.md"));
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(doc)) {
      String[] cells = line.split("\\|");
      if (cells.length >= 9 && cells[1].trim().matches("[a-z-]+\\.[a-z.-]+")) {
        String[] trimmed = new String[cells.length - 1];
        for (int i = 1; i < cells.length; i++) {
          trimmed[i - 1] = cells[i].trim();
        }
        rows.add(trimmed);
      }
    }
    assertTrue(rows.size() >= 17, "the matrix was read: " + rows.size() + " rows");
    String[] users = {"admin", "coordinator", "policy", "school", "care"};
    for (String[] row : rows) {
      String[] request = row[2].split(" ", 2);
      for (int u = 0; u < users.length; u++) {
        boolean allowed = row[3 + u].equals("yes");
        int status = perform(users[u], request[0], request[1]);
        String what = row[0] + " as " + users[u] + " (" + status + ")";
        if (allowed) {
          assertTrue(status >= 200 && status < 400, what + " should be allowed");
        } else {
          assertEquals(403, status, what + " should be refused");
        }
      }
    }
  }

  private int perform(String user, String method, String template) {
    Exercise x = exercises().get(method + " " + template);
    if (x != null && x.kind() == RecordKind.MEETING) {
      return performOnMeeting(user, x, template);
    }
    Http caller = Http.api(uri, user, "demo");
    if (template.endsWith("/calendar-feeds/{id}")) { // one's own feed (another's answers 404)
      long feed = id(caller.postJson(API + "/regions/29/calendar-feeds", "{}"));
      return caller.deleteJson(API + "/regions/29/calendar-feeds/" + feed).statusCode();
    }
    if (template.endsWith("/figures-snapshots/{id}")) {
      // reading: a snapshot on an agenda (every member reads those); removing: one on none
      Http coordinator = Http.api(uri, "coordinator", "demo");
      long snapshot = id(coordinator.postJson(API + "/regions/29/figures-snapshots", SNAPSHOT));
      if (method.equals("GET")) {
        long meeting = meetingFixture(API + "/regions/29", coordinator, MeetingStage.COMING);
        id(
            coordinator.postJson(
                API + "/regions/29/meetings/" + meeting + "/items",
                "{\"title\":\"Cijfers\",\"type\":\"DISCUSSION\",\"ownerName\":\"Sweep\","
                    + "\"figuresSnapshotId\":"
                    + snapshot
                    + "}"));
        return caller.get(API + "/regions/29/figures-snapshots/" + snapshot).statusCode();
      }
      return caller.deleteJson(API + "/regions/29/figures-snapshots/" + snapshot).statusCode();
    }
    RecordKind kind = x != null && template.contains("{id}") ? x.kind() : pageKind(template);
    long id = fixture(kind, "29");
    String path = template.replace("{region}", "29").replace("{id}", String.valueOf(id));
    if (!path.startsWith("/api/")) {
      return signedIn(user).get(path).statusCode();
    }
    Http api = Http.api(uri, user, "demo");
    if (template.contains("/bodies")) { // the bodies' fixtures are fresh: version 1
      path = withSeatAndTerm(path, id);
      return switch (method) {
        case "GET" -> api.get(path).statusCode();
        case "PUT" -> api.putJson(path, x.body()).statusCode();
        case "DELETE" -> api.deleteJson(path).statusCode();
        default -> api.postJson(path, x.body()).statusCode();
      };
    }
    if (method.equals("PUT")) {
      JsonObject current =
          Json.createReader(new StringReader(Http.api(uri, "admin", "demo").get(path).body()))
              .readObject();
      if (current.containsKey("revision")) {
        long revision = current.getJsonNumber("revision").longValue();
        return api.putJson(path, x.body().replace("\"revision\":0", "\"revision\":" + revision))
            .statusCode();
      }
      long version = current.getJsonNumber("version").longValue();
      return api.putJson(
              path,
              "{\"type\":\"OTHER\",\"name\":\"Matrix "
                  + UUID.randomUUID()
                  + "\",\"version\":"
                  + version
                  + "}")
          .statusCode();
    }
    return call(api, x, "29", id).statusCode();
  }

  /**
   * A meeting operation of the role matrix on a fresh meeting of region 29 far enough along for the
   * step to succeed (held: yesterday's; a decision: yesterday's, held), with its own item and
   * action in place of {@code {itemId}} and of {@code {id}} below {@code /actions}, and the version
   * a PUT changes as the record has it now.
   */
  private int performOnMeeting(String user, Exercise x, String template) {
    MeetingStage stage =
        template.endsWith("/held")
            ? MeetingStage.PAST
            : template.endsWith("/decision")
                ? MeetingStage.HELD
                : template.endsWith("/minutes.pdf")
                    ? MeetingStage.APPROVED
                    : template.endsWith("/minutes") && !x.method().equals("POST")
                            || template.endsWith("/approval")
                        ? MeetingStage.MINUTES
                        : template.endsWith("/minutes") ? MeetingStage.HELD : MeetingStage.COMING;
    Http coordinator = Http.api(uri, "coordinator", "demo");
    long meeting = meetingFixture(API + "/regions/29", coordinator, stage);
    String path = x.path().apply("29", meeting);
    String body =
        x.body() == null
            ? null
            : x.body().replace("\"atMeetingId\":0", "\"atMeetingId\":" + approverOf(meeting));
    if (x.method().equals("PUT") && template.endsWith("/minutes")) {
      body =
          body.replace(
              "\"version\":0",
              "\"version\":"
                  + json(Http.api(uri, "admin", "demo").get(path))
                      .getJsonNumber("version")
                      .longValue());
    } else if (x.method().equals("PUT")) {
      Http admin = Http.api(uri, "admin", "demo");
      JsonObject current;
      if (template.contains("{itemId}")) {
        current =
            json(admin.get(API + "/regions/29/meetings/" + meeting))
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(itemOf(meeting), current.getJsonNumber("id").longValue());
      } else {
        current = json(admin.get(path));
      }
      body =
          body.replace(
              "\"version\":0", "\"version\":" + current.getJsonNumber("version").longValue());
    }
    return call(
            Http.api(uri, user, "demo"), new Exercise(x.method(), (r, id) -> path, body), "29", 0)
        .statusCode();
  }

  private static JsonObject json(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.uri() + ": " + r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  /** The id at the end of a created record's Location header. */
  private static long locationId(HttpResponse<String> created) {
    assertEquals(201, created.statusCode(), created.uri() + ": " + created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private HttpResponse<String> call(Http client, Exercise x, String region, long id) {
    String path = x.path().apply(region, id);
    return switch (x.method()) {
      case "GET" -> client.get(path);
      case "PUT" -> client.putJson(path, x.body());
      case "DELETE" -> client.deleteJson(path);
      default ->
          path.endsWith("/hsds-tabular")
              ? client.post(path, "application/zip", Zips.of(Map.of("organizations.csv", x.body())))
              : path.contains("/attachments") || path.contains("/documents")
                  ? client.post(path, "text/plain", x.body())
                  : path.contains("cbs-areas") || path.contains("/indicators")
                      ? client.post(path, "text/csv", x.body())
                      : client.post(path, "application/json", x.body());
    };
  }

  /** What record a page's {id} names, from the route table. */
  private static RecordKind pageKind(String template) {
    for (RegionPage page : RegionPage.values()) {
      if (page.template().equals(template)) {
        return page.record();
      }
    }
    return RecordKind.NONE;
  }

  private Http signedIn(String user) {
    Http browser = Http.browser(uri);
    assertEquals(302, browser.signIn(user, "demo", "/").statusCode(), "sign-in of " + user);
    return browser;
  }

  private static String page(String template, String region, long id) {
    return template.replace("{region}", region).replace("{id}", String.valueOf(id));
  }

  private URI root() {
    return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
  }

  private static String problemType(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject().getString("type");
  }

  private static long id(HttpResponse<String> created) {
    assertEquals(201, created.statusCode(), created.body());
    return Json.createReader(new StringReader(created.body()))
        .readObject()
        .getJsonNumber("id")
        .longValue();
  }

  private static String other(String name) {
    return "{\"type\":\"OTHER\",\"name\":\"" + name + "\"}";
  }
}
