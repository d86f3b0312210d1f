package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Referral delivery when processes die and when two instances share one database (issue 10): the
 * portal runs here as real Payara Micro processes of the built WAR on the integration-test MariaDB
 * (not through Arquillian), deliveries go to a real local webhook receiver that answers slowly, so
 * that deliveries are in flight when a process is killed with {@code kill -9} ({@link
 * Process#destroyForcibly}: SIGKILL on Linux). Then: every referral reaches the receiver, in
 * submission order, none is lost, and, counted by {@code Idempotency-Key}, none is applied twice;
 * with two instances every referral is delivered exactly once and a reminder is sent once.
 */
class ReferralResilienceIT {

  private static final String SECRET = "resilience-secret-0123456789";
  private static HttpServer receiver;

  /** Per path: every Idempotency-Key as it arrived (repeats included), in arrival order. */
  private static final Map<String, List<String>> arrived = new ConcurrentHashMap<>();

  private static final List<Process> processes = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.setExecutor(Executors.newFixedThreadPool(8));
    receiver.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
          arrived
              .computeIfAbsent(
                  exchange.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>())
              .add(key);
          try {
            Thread.sleep(150); // a slow partner: deliveries are in flight when the process dies
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(202, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterAll
  static void stopAll() throws InterruptedException {
    // stopped as an operator would (SIGTERM): they hand back their claimed jobs for the next ITs
    for (Process p : processes) {
      p.destroy();
    }
    for (Process p : processes) {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void killedWhileDeliveringNothingIsLostNoneIsAppliedTwiceAndOrderHolds() throws Exception {
    int port = freePort();
    Process portal = start(port, "crash-1");
    URI uri = URI.create("http://127.0.0.1:" + port);
    String path = "/crash/" + UUID.randomUUID();
    long partner = webhookPartner(uri, path);
    Http school = Http.api(uri, "school", "demo");
    int n = 30;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(submit(school, partner));
    }
    // a few arrived, the rest waits or is in flight: kill -9
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> keys(path).size() >= 3);
    portal.destroyForcibly();
    assertTrue(portal.waitFor(30, TimeUnit.SECONDS), "the portal process died");
    assertTrue(
        keys(path).size() < n, "deliveries were still to come when it died: " + keys(path).size());

    start(port, "crash-2");
    Http again = Http.api(uri, "school", "demo");
    Awaitility.await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> new LinkedHashSet<>(keys(path)).size() == n);
    for (long id : ids) {
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> state(again, id).equals("DELIVERED"));
    }
    List<String> expected = ids.stream().map(id -> id + "-1").toList();
    assertEquals(
        expected,
        new ArrayList<>(new LinkedHashSet<>(keys(path))),
        "every referral arrived, first arrivals in submission order");
    assertEquals(n, countDelivered(ids), "each outbox entry delivered once, none left or doubled");
    int repeats = keys(path).size() - n;
    assertTrue(repeats <= 2, "at most the deliveries in flight at the kill came again: " + repeats);
  }

  @Test
  void twoInstancesDeliverEachReferralOnceInOrderAndRemindOnce() throws Exception {
    int portA = freePort();
    int portB = freePort();
    // both start at once (a start is the slow part of this test)
    Process first = launch(portA, "two-a");
    Process second = launch(portB, "two-b");
    awaitReady(first, portA, "two-a");
    awaitReady(second, portB, "two-b");
    URI a = URI.create("http://127.0.0.1:" + portA);
    URI b = URI.create("http://127.0.0.1:" + portB);
    String path = "/two/" + UUID.randomUUID();
    long partner = webhookPartner(a, path);
    Http schoolA = Http.api(a, "school", "demo");
    Http schoolB = Http.api(b, "school", "demo");
    int n = 30;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(submit(i % 2 == 0 ? schoolA : schoolB, partner));
    }
    Awaitility.await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> keys(path).size() >= n);
    Thread.sleep(3000); // a second delivery of any of them would arrive by now
    assertEquals(
        ids.stream().map(id -> id + "-1").toList(),
        keys(path),
        "each referral arrived exactly once, in submission order, from two instances");
    assertEquals(n, countDelivered(ids));

    // a reminder is due for the first five: both instances look, one mails
    List<Long> due = ids.subList(0, 5);
    for (long id : due) {
      PortalDatabase.update(
          "update referral set submitted_at = date_sub(utc_timestamp(6), interval 25 hour)"
              + " where id = ?",
          id);
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> due.stream().allMatch(id -> reminders(schoolA, id) >= 1));
    Thread.sleep(5000); // both instances' timers have run again since
    for (long id : due) {
      assertEquals(1, reminders(schoolB, id), "one reminder for referral " + id);
    }
  }

  // --- helpers

  /** Starts the built WAR in Payara Micro on the IT database; waits until it is ready. */
  private static Process start(int port, String name) throws Exception {
    Process p = launch(port, name);
    awaitReady(p, port, name);
    return p;
  }

  /** Starts the built WAR in Payara Micro on the IT database, without waiting. */
  private static Process launch(int port, String name) throws Exception {
    File dir = new File("target/resilience/" + name);
    dir.mkdirs();
    Process p =
        SharedPortal.launch(
            List.of(
                "-Xms256m",
                "-Xmx768m",
                "-Dportal.mode=development",
                "-Dportal.demo.enabled=true",
                "-Dportal.dev-login.enabled=true",
                "-Dportal.warmup.enabled=false",
                "-Dportal.data.dir=" + dir.getAbsolutePath(),
                "-Dportal.db.driver=com.mysql.cj.jdbc.MysqlDataSource",
                "-Dportal.db.url=" + System.getProperty("it.db.url"),
                "-Dportal.db.user=" + System.getProperty("it.db.user"),
                "-Dportal.db.password=" + System.getProperty("it.db.password"),
                "-Dportal.db.allow-external-in-development=true",
                "-Dportal.system-jobs.delay-ms=1000",
                "-Dportal.system-jobs.period-ms=500",
                "-Dportal.referrals.delivery.first-retry-ms=500",
                "-Dportal.referrals.reminder-ms=1000",
                "-Dportal.referrals.reminder-delay-ms=1000"),
            port,
            log(name));
    processes.add(p);
    return p;
  }

  /** Waits until the process on {@code port} answers ready. */
  private static void awaitReady(Process p, int port, String name) {
    SharedPortal.awaitReady(p, URI.create("http://127.0.0.1:" + port), log(name));
  }

  private static java.nio.file.Path log(String name) {
    return java.nio.file.Path.of("target/resilience/" + name + ".log");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** A new care partner of region 29 that receives by webhook at {@code path}. */
  private static long webhookPartner(URI uri, String path) {
    Http coordinator = Http.api(uri, "coordinator", "demo");
    HttpResponse<String> created =
        coordinator.postJson(
            "/api/v1/regions/29/organisations",
            "{\"type\":\"OTHER\",\"name\":\"Veerkracht " + UUID.randomUUID() + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    long id = json(created.body()).getJsonNumber("id").longValue();
    HttpResponse<String> set =
        coordinator.putJson(
            "/api/v1/regions/29/organisations/" + id + "/delivery",
            "{\"channel\":\"WEBHOOK\",\"url\":\"http://127.0.0.1:"
                + receiver.getAddress().getPort()
                + path
                + "\",\"secret\":\""
                + SECRET
                + "\"}");
    assertEquals(200, set.statusCode(), set.body());
    return id;
  }

  private static long submit(Http school, long receiver) {
    String body =
        "{\"receiverOrganisationId\":"
            + receiver
            + ",\"student\":{\"givenName\":\"Testa\",\"familyName\":\"Veerkracht\",\"birthDate\":\""
            + LocalDate.now().minusYears(17).minusMonths(2)
            + "\",\"municipality\":\"GM0599\"},\"reason\":{\"domains\":[\"income_debt\"]},"
            + "\"consent\":{\"givenBy\":\"STUDENT\",\"categories\":[\"IDENTITY\"],"
            + "\"purpose\":\"Hulp\",\"validUntil\":\""
            + LocalDate.now().plusMonths(3)
            + "\",\"obtained\":\"IN_PERSON\"}}";
    HttpResponse<String> created = school.postJson("/api/v1/regions/29/referrals", body);
    assertEquals(201, created.statusCode(), created.body());
    long id = json(created.body()).getJsonNumber("id").longValue();
    HttpResponse<String> submitted =
        school.postJson("/api/v1/regions/29/referrals/" + id + "/submit", "");
    assertEquals(200, submitted.statusCode(), submitted.body());
    return id;
  }

  private static List<String> keys(String path) {
    return new ArrayList<>(arrived.getOrDefault(path, List.of()));
  }

  private static String state(Http who, long id) {
    return json(who.get("/api/v1/regions/29/referrals/" + id).body()).getString("state");
  }

  private static long reminders(Http who, long id) {
    return json(who.get("/api/v1/regions/29/referrals/" + id).body())
        .getJsonArray("timeline")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("kind").equals("REMINDED"))
        .count();
  }

  /** Outbox entries of these referrals that are delivered (one each is right). */
  private static int countDelivered(List<Long> ids) throws Exception {
    try (Connection c = PortalDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select count(*), sum(status = 'DELIVERED') from referral_outbox where referral_id"
                    + " between ? and ?")) {
      q.setLong(1, ids.get(0));
      q.setLong(2, ids.get(ids.size() - 1));
      try (ResultSet r = q.executeQuery()) {
        r.next();
        assertEquals(r.getInt(1), r.getInt(2), "every entry of these referrals is delivered");
        return r.getInt(2);
      }
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
