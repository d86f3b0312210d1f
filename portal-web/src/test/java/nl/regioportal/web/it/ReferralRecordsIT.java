package nl.regioportal.web.it;

import static nl.regioportal.web.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The records of a referral over real HTTP against the portal in Payara Micro and MariaDB (issue
 * 10, points 2, 7 and 8): the student's consent receipt (PDF, Dutch and English, read back as
 * text), for the sender's people only; the coordinator's check of the audit chain, which finds a
 * row changed with plain JDBC behind the portal's back; the disclosure log of a student, which
 * lists every access this test made and names no student; and the retention job, which anonymises a
 * referral closed longer ago than the region's period and records it in the log.
 */
@ExtendWith(SharedPortal.class)
class ReferralRecordsIT {

  private static final String REGION = "/api/v1/regions/29";
  private static final String REFERRALS = REGION + "/referrals";

  @SharedPortal.Base URL base;

  private Http school;
  private Http care;
  private Http coordinator;

  @BeforeEach
  void callers() throws Exception {
    URI uri = base.toURI();
    school = Http.api(uri, "school", "demo");
    care = Http.api(uri, "care", "demo");
    coordinator = Http.api(uri, "coordinator", "demo");
  }

  // --- the consent receipt

  @Test
  void theStudentGetsAConsentReceiptInDutchAndEnglishFromTheSenderOnly() throws Exception {
    long wijkteam = organisation("Wijkteam Feijenoord");
    long id = submitted(referral(wijkteam, 17, "\"IDENTITY\",\"REASON\"", "Testa", "Voorbeeld"));
    awaitVisibleToCare(id);

    HttpResponse<byte[]> nl = bytes("school", receipt(id, "nl"));
    assertEquals(200, nl.statusCode());
    assertTrue(nl.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    assertTrue(
        nl.headers().firstValue("Content-Disposition").orElse("").contains(".pdf"),
        nl.headers().map().toString());
    String dutch = pdfText(nl.body());
    for (String expected :
        List.of(
            "Bewijs van toestemming",
            "Verwijzing " + id,
            "Beste Testa",
            "Naam: Testa Voorbeeld",
            "Alleen met Wijkteam Feijenoord",
            "Wie je bent: je voornaam, je achternaam en je geboortedatum.",
            "Waarom je hulp zoekt",
            "Andere informatie over jou wordt niet gedeeld.",
            "Hulp bij schulden",
            "Je toestemming geldt tot en met",
            "in een persoonlijk gesprek",
            "Vastgelegd door school",
            "Je kunt je toestemming altijd intrekken",
            "studieloopbaanbegeleider (school)")) {
      assertTrue(dutch.contains(expected), "'" + expected + "' in: " + dutch);
    }
    assertFalse(dutch.contains("Hoe ze je kunnen bereiken"), "contact was not consented");
    String noLang = pdfText(bytes("school", REFERRALS + "/" + id + "/consent/receipt").body());
    assertTrue(noLang.contains("Bewijs van toestemming"), "no lang: Dutch: " + noLang);

    String english = pdfText(bytes("school", receipt(id, "en")).body());
    for (String expected :
        List.of(
            "Consent receipt",
            "Dear Testa",
            "Only Wijkteam Feijenoord",
            "Who you are: your first name, your last name and your date of birth.",
            "Why you are looking for help",
            "in a conversation in person",
            "You can withdraw your consent at any time",
            "Tell your study coach (school)")) {
      assertTrue(english.contains(expected), "'" + expected + "' in: " + english);
    }
    assertProblem(school.get(receipt(id, "de")), 400, "/problems/invalid-input");

    // the receiver (who sees the referral) and the coordinator: not found, as for any other id
    assertEquals(200, care.get(REFERRALS + "/" + id).statusCode());
    assertEquals(404, bytes("care", receipt(id, "nl")).statusCode());
    assertEquals(404, bytes("coordinator", receipt(id, "nl")).statusCode());
    assertEquals(404, bytes("school", receipt(999_999_999, "nl")).statusCode());

    // once withdrawn, the receipt says when
    assertEquals(200, school.postJson(REFERRALS + "/" + id + "/consent/withdraw", "").statusCode());
    String withdrawn = pdfText(bytes("school", receipt(id, "nl")).body());
    assertTrue(withdrawn.contains("Ingetrokken op"), withdrawn);
    assertTrue(withdrawn.contains("Je hebt je toestemming ingetrokken op"), withdrawn);
    assertTrue(pdfText(bytes("school", receipt(id, "en")).body()).contains("You withdrew"));

    // each receipt is an EXPORT of the student's data in the audit trail
    long exports =
        disclosures(id).stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("action").equals("EXPORT"))
            .filter(d -> d.getString("subject").contains("consent receipt"))
            .count();
    assertEquals(5, exports, "nl, no lang, en, then nl and en after the withdrawal");
  }

  // --- the audit chain

  @Test
  void theCoordinatorsCheckFindsAnAuditRowChangedBehindThePortalsBack() throws Exception {
    long wijkteam = organisation("Wijkteam Feijenoord");
    long id = submitted(referral(wijkteam, 17, "\"IDENTITY\"", "Keten", "Proef" + letters()));
    awaitVisibleToCare(id);
    assertEquals(200, school.get(REFERRALS + "/" + id).statusCode());

    JsonObject whole = json(coordinator.get(REGION + "/audit/check"));
    assertTrue(whole.getBoolean("ok"), whole.toString());
    assertTrue(whole.getJsonNumber("checked").longValue() >= 4, whole.toString());
    assertEquals(
        whole.getJsonNumber("checked").longValue(), whole.getJsonNumber("headSeq").longValue());
    assertTrue(absent(whole, "brokenSeq"), whole.toString());
    assertProblem(school.get(REGION + "/audit/check"), 403, "/problems/forbidden");
    assertProblem(care.get(REGION + "/audit/check"), 403, "/problems/forbidden");

    // an intruder with database access edits what an entry says
    long seq;
    String subject;
    try (Connection c = db();
        PreparedStatement q =
            c.prepareStatement(
                "select seq, subject from audit_entry where tenant_id = '29' and referral_id = ?"
                    + " and action = 'CHANGE' order by seq")) {
      q.setLong(1, id);
      try (ResultSet r = q.executeQuery()) {
        assertTrue(r.next(), "the submission's entry");
        seq = r.getLong(1);
        subject = r.getString(2);
      }
    }
    update(
        "update audit_entry set subject = ? where tenant_id = '29' and seq = ?",
        subject.replace("submitted", "looked at"),
        seq);
    try {
      JsonObject broken = json(coordinator.get(REGION + "/audit/check"));
      assertFalse(broken.getBoolean("ok"), broken.toString());
      assertEquals(seq, broken.getJsonNumber("brokenSeq").longValue(), broken.toString());
      assertEquals("CHANGED", broken.getString("kind"), broken.toString());
      assertEquals(seq - 1, broken.getJsonNumber("checked").longValue(), broken.toString());
    } finally {
      update("update audit_entry set subject = ? where tenant_id = '29' and seq = ?", subject, seq);
    }
    JsonObject restored = json(coordinator.get(REGION + "/audit/check"));
    assertTrue(restored.getBoolean("ok"), "put back, the chain is whole again: " + restored);
  }

  // --- the disclosure log

  @Test
  void theDisclosureLogListsEveryAccessThisTestMadeAndNamesNoStudent() throws Exception {
    long wijkteam = organisation("Wijkteam Feijenoord");
    String family = "Inzage" + letters();
    long id =
        json(school.postJson(
                REFERRALS, referral(wijkteam, 17, "\"IDENTITY\",\"REASON\"", "Vera", family)))
            .getJsonNumber("id")
            .longValue();
    List<String> expected = new ArrayList<>(List.of("school CREATE"));
    assertEquals(200, school.postJson(REFERRALS + "/" + id + "/submit", "").statusCode());
    expected.add("school CHANGE");
    // the care worker sees it once delivered (before that: not found, and nothing to log)
    awaitVisibleToCare(id);
    expected.add("system DELIVER");
    expected.add("care VIEW");
    assertEquals(200, school.get(REFERRALS + "/" + id).statusCode());
    expected.add("school VIEW");
    assertEquals(
        200,
        care.postJson(REFERRALS + "/" + id + "/answer", "{\"state\":\"ACCEPTED\"}").statusCode());
    expected.add("care CHANGE");
    assertEquals(200, care.get(REFERRALS + "/" + id).statusCode());
    expected.add("care VIEW");
    assertTrue(
        jsonArray(school.get(REFERRALS + "?role=sent&size=100")).toString().contains(family));
    expected.add("school VIEW");
    assertTrue(
        jsonArray(care.get(REFERRALS + "?role=received&size=100")).toString().contains(family));
    expected.add("care VIEW");
    assertEquals(200, bytes("school", receipt(id, "en")).statusCode());
    expected.add("school EXPORT");
    assertEquals(404, care.get(REFERRALS + "/" + id + "/consent/receipt").statusCode());

    HttpResponse<String> answer = coordinator.get(REGION + "/audit/disclosures?referral=" + id);
    JsonArray log = jsonArray(answer);
    assertEquals(
        expected,
        log.stream()
            .map(JsonValue::asJsonObject)
            .map(d -> d.getString("actor") + " " + d.getString("action"))
            .toList(),
        log.toString());
    for (JsonValue v : log) {
      JsonObject d = v.asJsonObject();
      assertEquals(id, d.getJsonNumber("referralId").longValue(), d.toString());
      assertNotNull(d.getString("at"));
      assertFalse(d.getString("subject").isBlank());
    }
    assertEquals("verstrekken", log.getJsonObject(2).getString("actionDutch"));
    for (String personal : List.of("Vera", family, "Hulp bij schulden", "0612345678")) {
      assertFalse(answer.body().contains(personal), personal + " in: " + answer.body());
    }

    // as CSV: the same rows, and the JSON reading just now is in it
    HttpResponse<String> csv =
        coordinator.get(REGION + "/audit/disclosures?referral=" + id, Map.of("Accept", "text/csv"));
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> lines = csv.body().lines().toList();
    assertTrue(lines.get(0).contains("Volgnummer;Tijdstip (UTC);Gebruiker"), lines.get(0));
    assertEquals(1 + expected.size() + 1, lines.size(), csv.body());
    assertTrue(lines.get(lines.size() - 1).contains("coordinator"), lines.toString());
    assertTrue(lines.get(lines.size() - 1).contains(";inzien;"), lines.toString());
    for (String personal : List.of("Vera", family)) {
      assertFalse(csv.body().contains(personal), personal + " in: " + csv.body());
    }
    HttpResponse<String> asked =
        coordinator.get(REGION + "/audit/disclosures?referral=" + id + "&format=csv");
    assertEquals(1 + expected.size() + 2, asked.body().lines().count(), asked.body());
    assertTrue(asked.body().contains(";exporteren;"), "the CSV export itself is logged");

    assertProblem(
        school.get(REGION + "/audit/disclosures?referral=" + id), 403, "/problems/forbidden");
    assertProblem(
        care.get(REGION + "/audit/disclosures?referral=" + id), 403, "/problems/forbidden");
    assertEquals(
        404, coordinator.get(REGION + "/audit/disclosures?referral=999999999").statusCode());
    assertProblem(coordinator.get(REGION + "/audit/disclosures"), 400, "/problems/invalid-input");
  }

  // --- retention

  @Test
  void aReferralClosedLongerAgoThanTheRegionsPeriodIsAnonymisedAndLogged() throws Exception {
    JsonObject initial = json(coordinator.get(REGION + "/referral-retention"));
    assertEquals(24, initial.getInt("months"), "the default: " + initial);
    for (String bad : List.of("{\"months\":5}", "{\"months\":121}", "{}")) {
      assertField(coordinator.putJson(REGION + "/referral-retention", bad), "months");
    }
    assertProblem(
        school.putJson(REGION + "/referral-retention", "{\"months\":6}"),
        403,
        "/problems/forbidden");
    assertProblem(care.get(REGION + "/referral-retention"), 403, "/problems/forbidden");
    try {
      assertEquals(
          6,
          json(coordinator.putJson(REGION + "/referral-retention", "{\"months\":6}"))
              .getInt("months"));
      assertEquals(6, json(coordinator.get(REGION + "/referral-retention")).getInt("months"));

      long wijkteam = organisation("Wijkteam Feijenoord");
      String family = "Bewaar" + letters();
      String young =
          referral(wijkteam, 15, "\"IDENTITY\",\"CONTACT\",\"REASON\"", "Rosa", family)
              .replace(
                  "\"givenBy\":\"STUDENT\"",
                  "\"givenBy\":\"STUDENT_AND_GUARDIAN\",\"guardianName\":\"Ouder " + family + "\"");
      long old = submitted(young);
      long recent = submitted(referral(wijkteam, 17, "\"IDENTITY\"", "Rosa", family));
      awaitVisibleToCare(old);
      awaitVisibleToCare(recent);
      for (long id : List.of(old, recent)) {
        assertEquals(
            200,
            care.postJson(
                    REFERRALS + "/" + id + "/answer",
                    "{\"state\":\"DECLINED\",\"declineReason\":\"NO_CAPACITY\","
                        + "\"alternative\":\"Bel Rosa zelf\",\"note\":\"Rosa staat op de lijst\"}")
                .statusCode());
      }
      int birthYear =
          LocalDate.parse(
                  json(school.get(REFERRALS + "/" + old))
                      .getJsonObject("student")
                      .getString("birthDate"))
              .getYear();
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
      update("update referral set closed_at = ? where id = ?", now.minusMonths(7), old);
      update("update referral set closed_at = ? where id = ?", now.minusMonths(5), recent);

      // the job is queued every 2 s in the tests (arquillian.xml); a run that an earlier test
      // class's portal held when it was stopped is taken over after its lease (a minute)
      try {
        Awaitility.await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> row("select anonymised_at from referral where id = ?", old).get(0) != null);
      } catch (org.awaitility.core.ConditionTimeoutException e) {
        // say why: the region's retention jobs as the database has them
        throw new AssertionError(
            "referral "
                + old
                + " not anonymised; retention jobs: "
                + rows(
                    "select id, status, attempts, available_at, claimed_by, claimed_until,"
                        + " finished_at, last_error from system_job where kind ="
                        + " 'referral-retention' and region_code = (select tenant_id from"
                        + " referral where id = ?) order by id desc limit 5",
                    old),
            e);
      }

      List<Object> r =
          row(
              "select student_given_name, student_family_name, student_birth_date, student_phone,"
                  + " student_email, reason_text, asked, alternative, response_note,"
                  + " student_birth_year, state, student_municipality, decline_reason, closed_at,"
                  + " submitted_at from referral where id = ?",
              old);
      for (int i = 0; i <= 8; i++) {
        assertNull(r.get(i), "column " + i + " removed: " + r);
      }
      assertEquals(birthYear, ((Number) r.get(9)).intValue(), "the birth year stays");
      assertEquals("DECLINED", r.get(10));
      assertEquals("GM0599", r.get(11));
      assertEquals("NO_CAPACITY", r.get(12));
      assertNotNull(r.get(13));
      assertNotNull(r.get(14));
      assertEquals(
          2L,
          ((Number) row("select count(*) from referral_term where referral_id = ?", old).get(0))
              .longValue(),
          "the terms stay, for the figures");
      assertNull(
          row("select guardian_name from referral_consent where referral_id = ?", old).get(0));
      assertEquals(
          0L,
          ((Number)
                  row(
                          "select count(*) from referral_event where referral_id = ? and detail is"
                              + " not null",
                          old)
                      .get(0))
              .longValue(),
          "no free text left on the timeline");
      assertNull(
          row("select anonymised_at from referral where id = ?", recent).get(0),
          "closed five months ago: kept");
      assertNotNull(row("select student_given_name from referral where id = ?", recent).get(0));

      // the sender still sees the referral, without the student; no receipt any more
      JsonObject seen = json(school.get(REFERRALS + "/" + old));
      assertEquals("DECLINED", seen.getString("state"));
      assertTrue(absent(seen.getJsonObject("student"), "givenName"), seen.toString());
      assertTrue(absent(seen.getJsonObject("student"), "birthDate"), seen.toString());
      assertFalse(seen.toString().contains(family), seen.toString());
      assertEquals(409, bytes("school", receipt(old, "nl")).statusCode());

      // the log still answers for the student, and ends with the anonymisation
      JsonArray log = disclosures(old);
      JsonObject last = log.getJsonObject(log.size() - 1);
      assertEquals("DELETE", last.getString("action"), log.toString());
      assertEquals("system", last.getString("actor"));
      assertTrue(
          last.getString("subject").contains("retention period (6 months)"), last.toString());
      assertEquals(
          1,
          log.stream().filter(d -> d.asJsonObject().getString("action").equals("DELETE")).count());
      assertTrue(json(coordinator.get(REGION + "/audit/check")).getBoolean("ok"));
    } finally {
      coordinator.putJson(REGION + "/referral-retention", "{\"months\":24}");
    }
  }

  // --- helpers

  private JsonArray disclosures(long referral) {
    return jsonArray(coordinator.get(REGION + "/audit/disclosures?referral=" + referral));
  }

  private static String receipt(long id, String lang) {
    return REFERRALS + "/" + id + "/consent/receipt?lang=" + lang;
  }

  private long submitted(String body) {
    long id = json(school.postJson(REFERRALS, body)).getJsonNumber("id").longValue();
    HttpResponse<String> r = school.postJson(REFERRALS + "/" + id + "/submit", "");
    assertEquals(200, r.statusCode(), r.body());
    return id;
  }

  /**
   * Waits until the care worker sees the referral (delivered to the inbox). Before that the care
   * worker gets 404 and nothing is logged; the one answer of 200 is one VIEW in the log.
   */
  private void awaitVisibleToCare(long id) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(45))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> care.get(REFERRALS + "/" + id).statusCode(), s -> s == 200);
  }

  /** The ReferralIT request body, with the student's names as given. */
  private static String referral(
      long receiver, int age, String categories, String givenName, String familyName) {
    LocalDate birth = LocalDate.now().minusYears(age).minusMonths(age == 17 ? 3 : 6);
    return "{\"receiverOrganisationId\":"
        + receiver
        + ",\"student\":{\"givenName\":\""
        + givenName
        + "\",\"familyName\":\""
        + familyName
        + "\",\"birthDate\":\""
        + birth
        + "\",\"municipality\":\"GM0599\",\"phone\":\"0612345678\",\"preferredChannel\":\"PHONE\"},"
        + "\"reason\":{\"domains\":[\"income_debt\"],\"issues\":[\"debt\"],\"text\":\"Vastgelopen met schulden\"},"
        + "\"urgency\":\"REGULAR\",\"asked\":\"Een gesprek over geld\",\"threeWayConversation\":true"
        + ",\"consent\":{\"givenBy\":\"STUDENT\",\"categories\":["
        + categories
        + "],\"purpose\":\"Hulp bij schulden\",\"validUntil\":\""
        + LocalDate.now().plusMonths(6)
        + "\",\"obtained\":\"IN_PERSON\"}}";
  }

  /** Letters only (a name), different on every run: a student of this test alone. */
  private static String letters() {
    StringBuilder s = new StringBuilder();
    long n = System.nanoTime();
    for (int i = 0; i < 8; i++) {
      s.append((char) ('a' + (int) (n % 26)));
      n /= 26;
    }
    return s.toString();
  }

  private long organisation(String name) {
    return TestAccounts.organisation(coordinator, name);
  }

  /** A GET whose body is bytes (a PDF), as {@code user} with the demo password. */
  private HttpResponse<byte[]> bytes(String user, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(base.toURI().resolve(path.substring(1)))
                  .timeout(Duration.ofSeconds(60))
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of every page, whitespace folded. */
  private static String pdfText(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder all = new StringBuilder();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        all.append(extractor.getTextFromPage(p)).append('\n');
      }
      return all.toString().replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
  }

  // --- the database, straight (the test's view, and the intruder's)

  private static Connection db() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }

  private static void update(String sql, Object... args) throws SQLException {
    try (Connection c = db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      assertEquals(1, s.executeUpdate(), sql);
    }
  }

  /** The first row's columns ({@code null} where NULL). */
  private static List<Object> row(String sql, Object... args) throws SQLException {
    try (Connection c = db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), sql);
        List<Object> out = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          out.add(r.getObject(i));
        }
        return out;
      }
    }
  }

  /** Every row's columns, for a failure's message. */
  private static List<List<Object>> rows(String sql, Object... args) throws SQLException {
    try (Connection c = db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<List<Object>> out = new ArrayList<>();
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            row.add(r.getObject(i));
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  /** Not in the JSON at all, or null. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static void assertField(HttpResponse<String> r, String field) {
    assertProblem(r, 400, "/problems/invalid-input");
    List<String> fields = new ArrayList<>();
    for (JsonValue e :
        Json.createReader(new StringReader(r.body())).readObject().getJsonArray("errors")) {
      fields.add(e.asJsonObject().getString("field", ""));
    }
    assertTrue(fields.contains(field), field + " expected among " + fields + ": " + r.body());
  }

  private static JsonObject json(HttpResponse<String> r) {
    assertTrue(r.statusCode() / 100 == 2, r.uri() + " " + r.statusCode() + ": " + r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static JsonArray jsonArray(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.uri() + ": " + r.body());
    return Json.createReader(new StringReader(r.body())).readArray();
  }
}
