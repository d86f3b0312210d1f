package nl.regioportal.web.it;

import static nl.regioportal.web.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Referrals over real HTTP against the portal in Payara Micro and MariaDB (issue 10): a school's
 * referral with the student's consent, delivered through the outbox to the receiver's portal inbox,
 * answered along the state machine; the consent rules and bad input; withdrawal of consent; the
 * webhook channel against a real local HTTP receiver (FHIR Bundle, Idempotency-Key, HMAC signature,
 * a partner that is down and then up, order per receiver, a dead letter a coordinator retries) and
 * the e-mail channel against a real SMTP server (GreenMail), with no personal data in the mail.
 */
@ExtendWith(SharedPortal.class)
class ReferralIT {

  private static final String REFERRALS = "/api/v1/regions/29/referrals";
  private static final String SECRET = "it-webhook-secret-0123456789";

  @SharedPortal.Base URL base;

  private static GreenMail smtp;
  private static HttpServer receiver;

  /** What the webhook receiver got, per path: body and headers. */
  record Received(String path, String body, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private static final List<Received> received = new CopyOnWriteArrayList<>();

  /** Per path: how many of the next requests to refuse with 503 (a partner that is down). */
  private static final Map<String, AtomicInteger> refuse = new ConcurrentHashMap<>();

  /** Per path: idempotency keys applied, to see none applied twice. */
  private static final Map<String, List<String>> applied = new ConcurrentHashMap<>();

  @BeforeAll
  static void startReceivers() throws IOException {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String path = exchange.getRequestURI().getPath();
          AtomicInteger down = refuse.get(path);
          int status;
          // below zero: down until further notice; above: down for that many more requests
          if (down != null && (down.get() < 0 || down.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0)) {
            status = 503;
          } else {
            Received r =
                new Received(
                    path, new String(body, StandardCharsets.UTF_8), exchange.getRequestHeaders());
            received.add(r);
            String key = r.header("Idempotency-Key");
            List<String> keys = applied.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
            if (!keys.contains(key)) { // the receiver's own de-duplication
              keys.add(key);
            }
            status = 202;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterAll
  static void stopReceivers() {
    if (smtp != null) {
      smtp.stop();
    }
    if (receiver != null) {
      receiver.stop(0);
    }
  }

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

  @Test
  void aSchoolRefersAStudentAndTheCarePartnerClosesTheLoop() {
    long wijkteam = organisation("Wijkteam Feijenoord");
    JsonObject created =
        json(
            school.postJson(
                REFERRALS, referral(wijkteam, 17, "\"IDENTITY\",\"RESIDENCE\",\"REASON\"")));
    long id = created.getJsonNumber("id").longValue();
    assertEquals("DRAFT", created.getString("state"));
    assertEquals(404, care.get(REFERRALS + "/" + id).statusCode(), "a draft is the sender's own");

    JsonObject submitted = json(school.postJson(REFERRALS + "/" + id + "/submit", ""));
    assertEquals("SUBMITTED", submitted.getString("state"), submitted.toString());
    JsonObject delivered = awaitState(school, id, "DELIVERED");
    assertNotNull(delivered.getString("deliveredAt"));

    // the receiver's inbox: the student as far as the consent goes (no contact data)
    JsonArray inbox = jsonArray(care.get(REFERRALS + "?role=received"));
    assertTrue(
        inbox.stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id),
        inbox.toString());
    JsonObject seen = json(care.get(REFERRALS + "/" + id));
    JsonObject student = seen.getJsonObject("student");
    assertEquals("Testa", student.getString("givenName"));
    assertEquals("GM0599", student.getString("municipality"));
    assertTrue(absent(student, "phone"), "contact data was not consented: " + student);
    assertTrue(seen.getJsonArray("withheld").toString().contains("CONTACT"), seen.toString());
    assertEquals(List.of("income_debt"), strings(seen.getJsonArray("domains")));
    assertEquals(List.of("debt"), strings(seen.getJsonArray("issues")));
    // the sender sees the contact data it typed
    assertEquals(
        "0612345678",
        json(school.get(REFERRALS + "/" + id)).getJsonObject("student").getString("phone"));

    // the school may not answer for the receiver; the receiver walks the state machine
    assertProblem(
        school.postJson(REFERRALS + "/" + id + "/answer", "{\"state\":\"ACCEPTED\"}"),
        403,
        "/problems/forbidden");
    assertEquals(
        "ACCEPTED",
        json(care.postJson(
                REFERRALS + "/" + id + "/answer",
                "{\"state\":\"ACCEPTED\",\"note\":\"Intake op dinsdag\"}"))
            .getString("state"));
    assertProblem(
        care.postJson(REFERRALS + "/" + id + "/answer", "{\"state\":\"WAITLISTED\"}"),
        409,
        "/problems/conflict");
    assertEquals(
        "IN_PROGRESS",
        json(care.postJson(REFERRALS + "/" + id + "/answer", "{\"state\":\"IN_PROGRESS\"}"))
            .getString("state"));
    assertProblem(
        care.postJson(
            REFERRALS + "/" + id + "/answer", "{\"state\":\"COMPLETED\",\"outcome\":\"SOLVED\"}"),
        400,
        "/problems/invalid-input");
    JsonObject done =
        json(
            care.postJson(
                REFERRALS + "/" + id + "/answer",
                "{\"state\":\"COMPLETED\",\"outcome\":\"GOAL_REACHED\",\"outcomeText\":\"Regeling getroffen\"}"));
    assertEquals("COMPLETED", done.getString("state"));
    assertTrue(done.getJsonArray("next").isEmpty(), "a completed referral is closed");
    JsonObject closed = json(school.get(REFERRALS + "/" + id));
    assertEquals("GOAL_REACHED", closed.getJsonObject("answer").getString("outcome"));
    assertEquals("school", closed.getString("studyCoach"), "the study coach stays linked");
    List<String> steps =
        closed.getJsonArray("timeline").stream()
            .map(t -> t.asJsonObject().getString("kind"))
            .toList();
    assertEquals(
        List.of("CREATED", "SUBMITTED", "DELIVERED", "ANSWERED", "ANSWERED", "ANSWERED"), steps);
    assertProblem(
        school.postJson(REFERRALS + "/" + id + "/withdraw", "{}"), 409, "/problems/conflict");
  }

  /**
   * A burst of submissions to one portal inbox: the lane delivers the entries behind its head in
   * the same commit (ADR 0023); every referral arrives, each delivered exactly once.
   */
  @Test
  void aBurstToOneInboxIsDeliveredOnceEach() throws Exception {
    long wijkteam = organisation("Wijkteam Feijenoord");
    List<Long> ids = new CopyOnWriteArrayList<>();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        done.add(pool.submit(() -> ids.add(submitted(wijkteam, "\"IDENTITY\""))));
      }
      for (var f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(24, ids.size());
    for (long id : ids) {
      JsonObject r = awaitState(care, id, "DELIVERED");
      long deliveries =
          json(school.get(REFERRALS + "/" + id)).getJsonArray("timeline").stream()
              .filter(t -> t.asJsonObject().getString("kind").equals("DELIVERED"))
              .count();
      assertEquals(1, deliveries, "referral " + id + " delivered once: " + r);
    }
  }

  @Test
  void theReceiverDeclinesWithACodedReasonOrWaitlistsWithAnExpectedStart() {
    long wijkteam = organisation("Wijkteam Feijenoord");
    long declined = submitted(wijkteam, "\"IDENTITY\"");
    long waitlisted = submitted(wijkteam, "\"IDENTITY\"");
    awaitState(school, declined, "DELIVERED");
    awaitState(school, waitlisted, "DELIVERED");
    assertField(
        care.postJson(REFERRALS + "/" + declined + "/answer", "{\"state\":\"DECLINED\"}"),
        "declineReason");
    JsonObject no =
        json(
            care.postJson(
                REFERRALS + "/" + declined + "/answer",
                "{\"state\":\"DECLINED\",\"declineReason\":\"NO_CAPACITY\","
                    + "\"alternative\":\"Jongerenloket geldzaken\"}"));
    assertEquals("DECLINED", no.getString("state"));
    assertTrue(no.getJsonArray("next").isEmpty(), "declined is closed");
    JsonObject seen = json(school.get(REFERRALS + "/" + declined)).getJsonObject("answer");
    assertEquals("NO_CAPACITY", seen.getString("declineReason"));
    assertEquals("Jongerenloket geldzaken", seen.getString("alternative"));

    String start = LocalDate.now().plusWeeks(3).toString();
    assertField(
        care.postJson(
            REFERRALS + "/" + waitlisted + "/answer",
            "{\"state\":\"WAITLISTED\",\"expectedStart\":\"over drie weken\"}"),
        "expectedStart");
    JsonObject later =
        json(
            care.postJson(
                REFERRALS + "/" + waitlisted + "/answer",
                "{\"state\":\"WAITLISTED\",\"expectedStart\":\"" + start + "\"}"));
    assertEquals("WAITLISTED", later.getString("state"));
    assertEquals(start, later.getJsonObject("answer").getString("expectedStart"));
    assertEquals(
        "IN_PROGRESS",
        json(care.postJson(REFERRALS + "/" + waitlisted + "/answer", "{\"state\":\"IN_PROGRESS\"}"))
            .getString("state"),
        "from the waiting list straight into the help");
    assertProblem(
        care.postJson(REFERRALS + "/" + waitlisted + "/answer", "{\"state\":\"WITHDRAWN\"}"),
        400,
        "/problems/invalid-input");
  }

  @Test
  void consentRulesAndBadInputChangeNothing() {
    long wijkteam = organisation("Wijkteam Feijenoord");
    int before = jsonArray(school.get(REFERRALS + "?role=sent&size=100")).size();
    assertField(school.postJson(REFERRALS, referral(wijkteam, 17, null)), "consent");
    // under 16: the student alone may not consent
    assertField(
        school.postJson(REFERRALS, referral(wijkteam, 15, "\"IDENTITY\"")), "consent.givenBy");
    assertField(
        school.postJson(REFERRALS, referral(wijkteam, 17, "\"RESIDENCE\"")), "consent.categories");
    assertField(
        school.postJson(REFERRALS, referral(999_999, 17, "\"IDENTITY\"")),
        "receiverOrganisationId");
    assertField(
        school.postJson(
            REFERRALS, referral(wijkteam, 17, "\"IDENTITY\"", LocalDate.now().minusDays(1))),
        "consent.validUntil");
    // a youth service (up to 17) does not serve a student of 19
    // a youth service of the Wijkteam that takes referrals (the demo's "Ouders betrekken ...")
    long youth =
        PortalDatabase.longs(
                "select id from directory_service where tenant_id = '29' and organisation_id = ?"
                    + " and age_group = 'YOUTH' and status = 'ACTIVE' and accepts_referrals"
                    + " order by id",
                wijkteam)
            .get(0);
    assertField(
        school.postJson(
            REFERRALS,
            referral(wijkteam, 19, "\"IDENTITY\"")
                .replace(
                    "\"receiverOrganisationId\"",
                    "\"serviceId\":" + youth + ",\"receiverOrganisationId\"")),
        "serviceId");
    assertProblem(
        school.postJson(REFERRALS, "{\"student\":\"nobody\"}"), 400, "/problems/malformed-body");
    assertEquals(
        before, jsonArray(school.get(REFERRALS + "?role=sent&size=100")).size(), "nothing stored");

    // under 16 with a parent or guardian: accepted; turning 18 within a year is a warning
    JsonObject guardian =
        json(
            school.postJson(
                REFERRALS,
                referral(wijkteam, 15, "\"IDENTITY\"")
                    .replace(
                        "\"givenBy\":\"STUDENT\"",
                        "\"givenBy\":\"STUDENT_AND_GUARDIAN\",\"guardianName\":\"Ouder Testa\"")));
    assertEquals("DRAFT", guardian.getString("state"));
    JsonObject turning = json(school.postJson(REFERRALS, referral(wijkteam, 17, "\"IDENTITY\"")));
    assertTrue(turning.getJsonArray("warnings").toString().contains("18"), turning.toString());
    // the care worker's organisation sends nothing on the school's behalf, and a coordinator sees
    // no student data
    assertProblem(
        coordinator.postJson(REFERRALS, referral(wijkteam, 17, "\"IDENTITY\"")),
        403,
        "/problems/forbidden");
    assertEquals(404, coordinator.get(REFERRALS + "/" + guardian.getJsonNumber("id")).statusCode());
  }

  @Test
  void withdrawingTheConsentStopsSharingAndTellsTheReceiver() {
    long wijkteam = organisation("Wijkteam Feijenoord");
    long id = submitted(wijkteam, "\"IDENTITY\",\"CONTACT\",\"REASON\"");
    awaitState(school, id, "DELIVERED");
    assertEquals(
        "Testa",
        json(care.get(REFERRALS + "/" + id)).getJsonObject("student").getString("givenName"));
    JsonObject withdrawn = json(school.postJson(REFERRALS + "/" + id + "/consent/withdraw", ""));
    assertEquals("WITHDRAWN", withdrawn.getString("state"));
    assertNotNull(withdrawn.getJsonObject("consent").getString("withdrawnAt"));
    JsonObject seen = json(care.get(REFERRALS + "/" + id));
    assertTrue(
        absent(seen.getJsonObject("student"), "givenName"), "nothing more of the student: " + seen);
    assertFalse(seen.getJsonObject("consent").getBoolean("valid"));
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                json(school.get(REFERRALS + "/" + id)).getJsonArray("timeline").stream()
                        .filter(t -> t.asJsonObject().getString("kind").equals("DELIVERED"))
                        .count()
                    == 2);
    assertProblem(
        school.postJson(REFERRALS + "/" + id + "/consent/withdraw", ""), 409, "/problems/conflict");
  }

  @Test
  void theWebhookCarriesASignedFhirBundleOnceInOrderAfterThePartnerComesBack() throws Exception {
    long ggz = carePartner(0);
    String path = "/ggz/" + System.nanoTime();
    refuse.put(path, new AtomicInteger(2)); // the partner is down for the first two requests
    assertProblem(
        coordinator.putJson(
            deliveryOf(ggz), "{\"channel\":\"WEBHOOK\",\"url\":\"ftp://x\",\"secret\":\"short\"}"),
        400,
        "/problems/invalid-input");
    assertProblem(school.putJson(deliveryOf(ggz), webhook(path)), 403, "/problems/forbidden");
    JsonObject set = json(coordinator.putJson(deliveryOf(ggz), webhook(path)));
    assertEquals("WEBHOOK", set.getString("channel"));
    assertTrue(set.getBoolean("secretSet"));
    assertFalse(set.toString().contains(SECRET), "the secret is never repeated");

    long first = submitted(ggz, "\"IDENTITY\",\"REASON\"");
    long second = submitted(ggz, "\"IDENTITY\",\"REASON\"");
    awaitState(school, first, "DELIVERED");
    awaitState(school, second, "DELIVERED");
    List<Received> got = received.stream().filter(r -> r.path().equals(path)).toList();
    assertEquals(
        List.of(first + "-1", second + "-1"),
        got.stream().map(r -> r.header("Idempotency-Key")).toList(),
        "in submission order, each once");
    Received r = got.get(0);
    assertTrue(
        r.header("Content-Type").startsWith("application/fhir+json"), r.headers().toString());
    assertEquals("sha256=" + hmac(SECRET, r.body()), r.header("X-Regioportaal-Signature"));
    JsonObject bundle = Json.createReader(new StringReader(r.body())).readObject();
    assertEquals("Bundle", bundle.getString("resourceType"));
    List<String> types =
        bundle.getJsonArray("entry").stream()
            .map(e -> e.asJsonObject().getJsonObject("resource").getString("resourceType"))
            .toList();
    assertTrue(types.containsAll(List.of("ServiceRequest", "Task", "Patient")), types.toString());
    JsonObject patient =
        bundle.getJsonArray("entry").stream()
            .map(e -> e.asJsonObject().getJsonObject("resource"))
            .filter(p -> p.getString("resourceType").equals("Patient"))
            .findFirst()
            .orElseThrow();
    assertFalse(patient.containsKey("telecom"), "contact data was not consented: " + patient);
    assertFalse(r.body().contains("0612345678"), "no phone number anywhere in the bundle");
    JsonArray failures = json(school.get(REFERRALS + "/" + first)).getJsonArray("timeline");
    assertTrue(
        failures.toString().contains("DELIVERY_FAILED"),
        "the refused attempts are on the timeline: " + failures);
    assertEquals(List.of(first + "-1", second + "-1"), applied.get(path));
  }

  @Test
  void attachmentsGoAlongUnderTheirConsentAndABadFileChangesNothing() throws Exception {
    long wijkteam = organisation("Wijkteam Feijenoord");
    long id =
        json(school.postJson(
                REFERRALS, referral(wijkteam, 17, "\"IDENTITY\",\"REASON\",\"ATTACHMENTS\"")))
            .getJsonNumber("id")
            .longValue();
    String files = REFERRALS + "/" + id + "/attachments";
    byte[] pdf =
        ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% brief van de mentor\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] exe = "MZ\u0090\u0000\u0003\u0000This program".getBytes(StandardCharsets.ISO_8859_1);
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(pdf, 0, big, 0, pdf.length);

    // bad files: each a clear problem, and nothing stored
    assertProblem(
        school.post(files + "?name=brief.pdf", "application/pdf", exe, Map.of()),
        415,
        "/problems/unsupported-file-type");
    assertProblem(
        school.post(files + "?name=brief.pdf", "image/png", pdf, Map.of()),
        415,
        "/problems/unsupported-file-type");
    HttpResponse<String> tooLarge =
        school.post(files + "?name=groot.pdf", "application/pdf", big, Map.of());
    assertProblem(tooLarge, 413, "/problems/file-too-large");
    assertTrue(tooLarge.body().contains("5 MB"), tooLarge.body());
    assertProblem(
        school.post(files + "?name=leeg.pdf", "application/pdf", new byte[0], Map.of()),
        400,
        "/problems/invalid-input");
    assertEquals(
        404,
        care.post(files + "?name=brief.pdf", "application/pdf", pdf, Map.of()).statusCode(),
        "a draft is the sender's own");
    assertTrue(jsonArray(school.get(files)).isEmpty(), "nothing of a refused file is stored");

    // good files: the name from Content-Disposition (RFC 5987) or from ?name=
    String name = "brief van de mentor – Testa.pdf";
    HttpResponse<String> added =
        school.post(
            files,
            "application/pdf",
            pdf,
            Map.of(
                "Content-Disposition",
                "attachment; filename=\"brief.pdf\"; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
                        .replace("+", "%20")));
    assertEquals(201, added.statusCode(), added.body());
    JsonObject a = json(added);
    assertEquals(name, a.getString("fileName"));
    assertEquals("application/pdf", a.getString("mediaType"));
    assertEquals(pdf.length, a.getJsonNumber("sizeBytes").longValue());
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1
    };
    long pngId =
        json(school.post(files + "?name=foto.png", "image/png", png, Map.of()))
            .getJsonNumber("id")
            .longValue();
    assertEquals(204, school.deleteJson(files + "/" + pngId).statusCode());
    JsonArray listed = jsonArray(school.get(files));
    assertEquals(1, listed.size(), listed.toString());

    // a consent without ATTACHMENTS takes no files
    long other =
        json(school.postJson(REFERRALS, referral(wijkteam, 17, "\"IDENTITY\"")))
            .getJsonNumber("id")
            .longValue();
    assertField(
        school.post(
            REFERRALS + "/" + other + "/attachments?name=brief.pdf",
            "application/pdf",
            pdf,
            Map.of()),
        "file");

    // delivered: the receiver sees and downloads the file, exactly as it was sent
    json(school.postJson(REFERRALS + "/" + id + "/submit", ""));
    JsonObject seen = awaitState(care, id, "DELIVERED");
    JsonArray shown = seen.getJsonArray("attachments");
    assertEquals(1, shown.size(), seen.toString());
    long fileId = shown.getJsonObject(0).getJsonNumber("id").longValue();
    HttpResponse<byte[]> file = care.getBytes(files + "/" + fileId);
    assertEquals(200, file.statusCode());
    assertArrayEquals(pdf, file.body());
    assertTrue(
        file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
        file.headers().map().toString());
    assertTrue(
        file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
        file.headers().map().toString());
    assertEquals(404, care.getBytes(files + "/" + pngId).statusCode(), "a removed file is gone");

    // after submission the files are fixed
    assertProblem(
        school.post(files + "?name=foto.png", "image/png", png, Map.of()),
        409,
        "/problems/conflict");
    assertProblem(school.deleteJson(files + "/" + fileId), 409, "/problems/conflict");

    // every download is in the student's disclosure log
    String log = coordinator.get("/api/v1/regions/29/audit/disclosures?referral=" + id).body();
    assertTrue(log.contains("attachment " + fileId + " downloaded"), log);
    assertTrue(log.contains("attachment " + pngId + " removed"), log);
  }

  @Test
  void theWebhookBundleCarriesTheAttachmentInline() throws Exception {
    long partner = carePartner(3);
    String path = "/files/" + System.nanoTime();
    json(coordinator.putJson(deliveryOf(partner), webhook(path)));
    long id =
        json(school.postJson(REFERRALS, referral(partner, 17, "\"IDENTITY\",\"ATTACHMENTS\"")))
            .getJsonNumber("id")
            .longValue();
    byte[] txt = "Afspraken: elke week een gesprek.\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        201,
        school
            .post(
                REFERRALS + "/" + id + "/attachments?name=afspraken.txt",
                "text/plain",
                txt,
                Map.of())
            .statusCode());
    json(school.postJson(REFERRALS + "/" + id + "/submit", ""));
    awaitState(school, id, "DELIVERED");
    Received r = received.stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
    JsonObject document =
        Json.createReader(new StringReader(r.body())).readObject().getJsonArray("entry").stream()
            .map(e -> e.asJsonObject().getJsonObject("resource"))
            .filter(x -> x.getString("resourceType").equals("DocumentReference"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no DocumentReference in " + r.body()));
    JsonObject attachment =
        document.getJsonArray("content").getJsonObject(0).getJsonObject("attachment");
    assertEquals("text/plain", attachment.getString("contentType"));
    assertEquals("afspraken.txt", attachment.getString("title"));
    assertArrayEquals(txt, java.util.Base64.getDecoder().decode(attachment.getString("data")));
  }

  @Test
  void aDeliveryThatKeepsFailingBecomesADeadLetterTheCoordinatorRetries() {
    long partner = carePartner(1);
    String path = "/dead/" + System.nanoTime();
    refuse.put(path, new AtomicInteger(-1)); // down until further notice
    json(coordinator.putJson(deliveryOf(partner), webhook(path)));
    long id = submitted(partner, "\"IDENTITY\"");
    JsonObject dead =
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    jsonArray(coordinator.get("/api/v1/regions/29/referral-deliveries/dead"))
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(d -> d.getJsonNumber("referralId").longValue() == id)
                        .findFirst()
                        .orElse(null),
                d -> d != null);
    assertTrue(dead.getString("lastError").contains("503"), dead.toString());
    assertFalse(dead.toString().contains("Testa"), "no student data in the dead-letter view");
    assertEquals("SUBMITTED", json(school.get(REFERRALS + "/" + id)).getString("state"));
    assertProblem(
        school.postJson(
            "/api/v1/regions/29/referral-deliveries/" + dead.getJsonNumber("id") + "/retry", ""),
        403,
        "/problems/forbidden");
    refuse.put(path, new AtomicInteger(0)); // the partner is back
    assertEquals(
        204,
        coordinator
            .postJson(
                "/api/v1/regions/29/referral-deliveries/" + dead.getJsonNumber("id") + "/retry", "")
            .statusCode());
    awaitState(school, id, "DELIVERED");
    assertEquals(List.of(id + "-1"), applied.get(path));
  }

  @Test
  void theEmailChannelSendsANoticeWithoutPersonalData() throws Exception {
    long partner = carePartner(2);
    json(
        coordinator.putJson(
            deliveryOf(partner),
            "{\"channel\":\"EMAIL\",\"email\":\"intake@ggz-jong.example.org\"}"));
    long id = submitted(partner, "\"IDENTITY\",\"CONTACT\",\"REASON\"");
    awaitState(school, id, "DELIVERED");
    MimeMessage mail =
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    List.of(smtp.getReceivedMessages()).stream()
                        .filter(m -> recipient(m).equals("intake@ggz-jong.example.org"))
                        .filter(m -> body(m).contains("/referrals/" + id))
                        .findFirst()
                        .orElse(null),
                m -> m != null);
    String text = body(mail);
    assertTrue(text.contains("verwijzing"), text);
    for (String personal : List.of("Testa", "Voorbeeld", "0612345678", "GM0599", "schulden")) {
      assertFalse(text.contains(personal), "no personal data (" + personal + ") in: " + text);
    }
  }

  @Test
  void aPartnerSystemUpdatesTheTaskAndRepeatsAreDropped() {
    long wijkteam = organisation("Wijkteam Feijenoord");
    long id = submitted(wijkteam, "\"IDENTITY\",\"REASON\"");
    awaitState(school, id, "DELIVERED");
    String task = "/api/fhir/29/Task/referral-29-" + id;
    String accepted =
        "{\"resourceType\":\"Task\",\"id\":\"referral-29-"
            + id
            + "\",\"status\":\"accepted\",\"intent\":\"order\"}";
    HttpResponse<String> first =
        care.put(task, accepted, Map.of("Idempotency-Key", "wk-" + id + "-1"));
    assertEquals(200, first.statusCode(), first.body());
    assertTrue(
        first.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json"));
    assertEquals("ACCEPTED", json(school.get(REFERRALS + "/" + id)).getString("state"));
    HttpResponse<String> again =
        care.put(task, accepted, Map.of("Idempotency-Key", "wk-" + id + "-1"));
    assertEquals(200, again.statusCode(), again.body());
    assertTrue(again.body().contains("repeat"), again.body());
    String completed =
        "{\"resourceType\":\"Task\",\"id\":\"referral-29-"
            + id
            + "\",\"status\":\"completed\",\"intent\":\"order\",\"output\":[{\"type\":{\"text\":\"outcome\"},"
            + "\"valueCodeableConcept\":{\"coding\":[{\"code\":\"GOAL_REACHED\"}],\"text\":\"Afgerond\"}}]}";
    assertEquals(
        200, care.put(task, completed, Map.of("Idempotency-Key", "wk-" + id + "-2")).statusCode());
    JsonObject closed = json(school.get(REFERRALS + "/" + id));
    assertEquals("COMPLETED", closed.getString("state"));
    assertTrue(closed.getJsonArray("timeline").toString().contains("INBOUND_DUPLICATE"));
    // an illegal transition, an unknown referral, another region, a malformed Task: refused
    HttpResponse<String> illegal =
        care.put(
            task,
            accepted.replace("accepted", "on-hold"),
            Map.of("Idempotency-Key", "wk-" + id + "-3"));
    assertEquals(409, illegal.statusCode(), illegal.body());
    assertTrue(illegal.body().contains("OperationOutcome"), illegal.body());
    assertEquals(
        404,
        care.put(
                "/api/fhir/29/Task/referral-29-999999",
                accepted.replace("referral-29-" + id, "referral-29-999999"),
                Map.of())
            .statusCode());
    assertEquals(
        403,
        care.put("/api/fhir/36/Task/referral-36-" + id, accepted.replace("-29-", "-36-"), Map.of())
            .statusCode());
    assertEquals(400, care.put(task, "{\"resourceType\":\"Patient\"}", Map.of()).statusCode());
    assertEquals(400, care.put(task, "not json", Map.of()).statusCode());
    assertEquals(
        "COMPLETED", json(school.get(REFERRALS + "/" + id)).getString("state"), "nothing changed");
    assertEquals(
        403,
        school.put(task, accepted, Map.of()).statusCode(),
        "only the receiver updates the Task");
  }

  @Test
  void anUnansweredReferralRemindsTheReceiverOnceAtEachStepAndAnUrgentOneEscalates() {
    long wijkteam = organisation("Wijkteam Feijenoord");
    long id = submitted(wijkteam, "\"IDENTITY\"");
    awaitState(school, id, "DELIVERED");
    String to = "wijkteam-feijenoord@example.org";
    assertEquals(0, mailsAbout(to, id), "not yet due");
    PortalDatabase.update(
        "update referral set submitted_at = date_sub(utc_timestamp(6), interval 25 hour) where id = ?",
        id);
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(to, id) == 1);
    JsonObject overdue = json(school.get(REFERRALS + "/" + id));
    assertTrue(overdue.getBoolean("overdue"), "flagged overdue to the sender: " + overdue);
    PortalDatabase.update(
        "update referral set submitted_at = date_sub(utc_timestamp(6), interval 8 day) where id = ?",
        id);
    // both later steps are due at once: one reminder more, not two
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(to, id) == 2);
    Awaitility.await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(10))
        .until(() -> mailsAbout(to, id) == 2);
    String text =
        List.of(smtp.getReceivedMessages()).stream()
            .filter(m -> recipient(m).equals(to) && body(m).contains("/referrals/" + id))
            .map(ReferralIT::body)
            .findFirst()
            .orElseThrow();
    assertFalse(text.contains("Testa"), "no personal data in a reminder: " + text);

    // urgent: escalated to both organisations at its deadline
    long urgent =
        json(school.postJson(
                REFERRALS,
                referral(wijkteam, 17, "\"IDENTITY\"")
                    .replace(
                        "\"urgency\":\"REGULAR\"", "\"urgency\":\"URGENT\",\"responseHours\":48")))
            .getJsonNumber("id")
            .longValue();
    assertEquals(200, school.postJson(REFERRALS + "/" + urgent + "/submit", "").statusCode());
    awaitState(school, urgent, "DELIVERED");
    PortalDatabase.update(
        "update referral set respond_by = date_sub(utc_timestamp(6), interval 1 minute) where id = ?",
        urgent);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                json(school.get(REFERRALS + "/" + urgent))
                    .getJsonArray("timeline")
                    .toString()
                    .contains("ESCALATED"));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(to, urgent) == 1);
    // the sending organisation is told too
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> mailsAbout("info@roc-maasstad.example.org", urgent) == 1);
  }

  // --- helpers

  private long mailsAbout(String to, long id) {
    return List.of(smtp.getReceivedMessages()).stream()
        .filter(m -> recipient(m).equals(to))
        .filter(m -> body(m).contains("/referrals/" + id))
        .count();
  }

  private long submitted(long receiver, String categories) {
    long id =
        json(school.postJson(REFERRALS, referral(receiver, 17, categories)))
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> r = school.postJson(REFERRALS + "/" + id + "/submit", "");
    assertEquals(200, r.statusCode(), r.body());
    return id;
  }

  private static String referral(long receiver, int age, String categories) {
    return referral(receiver, age, categories, LocalDate.now().plusMonths(6));
  }

  private static String referral(long receiver, int age, String categories, LocalDate until) {
    // 17: eighteen within the year (a warning); the others well inside their year
    LocalDate birth = LocalDate.now().minusYears(age).minusMonths(age == 17 ? 3 : 6);
    String consent =
        categories == null
            ? ""
            : ",\"consent\":{\"givenBy\":\"STUDENT\",\"categories\":["
                + categories
                + "],\"purpose\":\"Hulp bij schulden\",\"validUntil\":\""
                + until
                + "\",\"obtained\":\"IN_PERSON\"}";
    return "{\"receiverOrganisationId\":"
        + receiver
        + ",\"student\":{\"givenName\":\"Testa\",\"familyName\":\"Voorbeeld\",\"birthDate\":\""
        + birth
        + "\",\"municipality\":\"GM0599\",\"phone\":\"0612345678\",\"preferredChannel\":\"PHONE\"},"
        + "\"reason\":{\"domains\":[\"income_debt\"],\"issues\":[\"debt\"],\"text\":\"Vastgelopen met schulden\"},"
        + "\"urgency\":\"REGULAR\",\"asked\":\"Een gesprek over geld\",\"threeWayConversation\":true"
        + consent
        + "}";
  }

  private static String webhook(String path) {
    return "{\"channel\":\"WEBHOOK\",\"url\":\"http://127.0.0.1:"
        + receiver.getAddress().getPort()
        + path
        + "\",\"secret\":\""
        + SECRET
        + "\"}";
  }

  private static String deliveryOf(long organisation) {
    return "/api/v1/regions/29/organisations/" + organisation + "/delivery";
  }

  private long organisation(String name) {
    return TestAccounts.organisation(coordinator, name);
  }

  /**
   * The {@code n}th care partner of the demo region other than the Wijkteam (whose people use the
   * portal inbox): each channel test has a receiver, and so a lane, of its own.
   */
  private long carePartner(int n) {
    List<Long> ids =
        json(coordinator.get("/api/v1/regions/29/organisations?limit=100&type=CARE_PARTNER"))
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> !o.getString("name").startsWith("Wijkteam"))
            .map(o -> o.getJsonNumber("id").longValue())
            .sorted()
            .toList();
    assertTrue(ids.size() > n, "care partners: " + ids);
    return ids.get(n);
  }

  private static JsonObject awaitState(Http who, long id, String state) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(45))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> json(who.get(REFERRALS + "/" + id)), r -> r.getString("state").equals(state));
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

  private static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (Exception e) {
      return "";
    }
  }

  private static String body(MimeMessage m) {
    try {
      return m.getSubject() + "\n" + m.getContent();
    } catch (Exception e) {
      return "";
    }
  }

  private static List<String> strings(JsonArray a) {
    return a.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
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
