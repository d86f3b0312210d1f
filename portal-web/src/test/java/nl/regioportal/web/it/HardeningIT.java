package nl.regioportal.web.it;

import static nl.regioportal.web.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request-level defences over real HTTP: body-size limits (413), media types of state-changing
 * API calls (415), no HTTP Basic prompt, and request paths that are normalised before any decision
 * about the API (a path parameter, a double slash or a dot segment does not turn an API call into a
 * page request that accepts the session cookie).
 */
@ExtendWith(SharedPortal.class)
class HardeningIT {

  private static final String API = "/api/v1/regions/29";

  /** The default cap of every request body (portal.request.max-bytes). */
  private static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The default cap of a JSON body (portal.request.max-json-bytes). */
  private static final int MAX_JSON_BYTES = 1024 * 1024;

  @SharedPortal.Base URL base;

  private URI uri;
  private Http coordinator;
  private Http school;
  private final HttpClient raw =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeEach
  void callers() throws Exception {
    uri = base.toURI();
    coordinator = Http.api(uri, "coordinator", "demo");
    school = Http.api(uri, "school", "demo");
  }

  // --- 3a: request limits ---------------------------------------------------------------------

  @Test
  void aJsonBodyOverItsCapIsRefusedWith413BeforeItIsRead() {
    String padded = FundingIT.PREVIEW + " ".repeat(MAX_JSON_BYTES);
    HttpResponse<String> r = school.postJson(API + "/funding-keys/preview", padded);
    assertProblem(r, 413, "/problems/request-too-large");
    assertEquals(
        "nosniff",
        r.headers().firstValue("X-Content-Type-Options").orElse(""),
        "a refused request carries the security headers too");
    assertEquals(
        200,
        school.postJson(API + "/funding-keys/preview", FundingIT.PREVIEW).statusCode(),
        "the same body within the cap is answered");
  }

  @Test
  void aChunkedJsonBodyOverItsCapIsRefusedToo() throws Exception {
    byte[] padded =
        (FundingIT.PREVIEW + " ".repeat(MAX_JSON_BYTES)).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r =
        raw.send(
            HttpRequest.newBuilder(uri.resolve(API.substring(1) + "/funding-keys/preview"))
                .header("Authorization", basic("school"))
                .header("Content-Type", "application/json")
                // a stream of unknown length: the client sends it chunked, without Content-Length
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(padded)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(r, 413, "/problems/request-too-large");
  }

  @Test
  void anUploadOverTheCapIsRefusedWith413AndImportsNothing() {
    StringBuilder csv = new StringBuilder("GEMEENTECODE,AANTAL\n");
    while (csv.length() <= MAX_BYTES) {
      csv.append("0599,5500\n");
    }
    HttpResponse<String> r =
        coordinator.post(
            API + "/indicators?indicator=huge&source=Test&referenceDate=2020-01-01",
            "text/csv",
            csv.toString());
    assertProblem(r, 413, "/problems/request-too-large");
    assertFalse(
        coordinator.get(API + "/indicators").body().contains("\"huge\""), "nothing imported");
  }

  @Test
  void aPageFormOverTheCapIsTheErrorPage() {
    String body = "login%3Ausername=" + "a".repeat(MAX_BYTES);
    HttpResponse<String> r =
        Http.anonymous(uri).post("/login.xhtml", "application/x-www-form-urlencoded", body);
    assertEquals(413, r.statusCode());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        r.headers().map().toString());
    assertFalse(r.body().contains("Exception"), "no stack trace");
  }

  // --- 6: the API against cross-site use ------------------------------------------------------

  @Test
  void aStateChangingCallWithoutJsonIsRefusedWith415AndChangesNothing() throws Exception {
    long id = createOrganisation();
    String deactivate = API + "/organisations/" + id + "/deactivate";
    // what a cross-site HTML form (or a "simple" fetch) can send without a preflight
    assertProblem(
        coordinator.post(deactivate, "application/x-www-form-urlencoded", ""),
        415,
        "/problems/unsupported-media-type");
    assertProblem(
        coordinator.post(deactivate, "text/plain", ""), 415, "/problems/unsupported-media-type");
    HttpResponse<String> untyped =
        raw.send(
            HttpRequest.newBuilder(uri.resolve(deactivate.substring(1)))
                .header("Authorization", basic("coordinator"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(untyped, 415, "/problems/unsupported-media-type");
    assertProblem(
        coordinator.post(API + "/funding-keys/preview", "text/plain", FundingIT.PREVIEW),
        415,
        "/problems/unsupported-media-type");
    assertTrue(
        json(coordinator.get(API + "/organisations/" + id)).getBoolean("active"),
        "still active after the refused calls");

    HttpResponse<String> accepted = coordinator.post(deactivate, "application/json", "");
    assertEquals(200, accepted.statusCode(), "JSON is accepted: " + accepted.body());
    assertFalse(json(accepted).getBoolean("active"));
  }

  @Test
  void aBrowserIsNeverPromptedForHttpBasic() {
    HttpResponse<String> anonymous = Http.anonymous(uri).get("/api/v1/me");
    assertProblem(anonymous, 401, "/problems/unauthenticated");
    HttpResponse<String> wrong = Http.api(uri, "coordinator", "wrong").get("/api/v1/me");
    assertProblem(wrong, 401, "/problems/unauthenticated");
    for (HttpResponse<String> r : List.of(anonymous, wrong)) {
      List<String> challenges = r.headers().allValues("WWW-Authenticate");
      assertFalse(challenges.isEmpty(), "a 401 names its scheme");
      for (String challenge : challenges) {
        assertTrue(
            challenge.toLowerCase(Locale.ROOT).startsWith("bearer"),
            "only Bearer, never Basic: " + challenge);
      }
    }
  }

  // --- 5: operations endpoints ----------------------------------------------------------------

  /**
   * Payara Micro serves {@code /metrics} and {@code /openapi} inside this application (deployed at
   * the root context), so the portal's filters see their requests: the security headers prove it,
   * and OperationsEndpointsFilter (unit-tested) therefore guards them in production mode. This
   * instance runs in development mode, where they stay open; health is open in every mode.
   */
  @Test
  void theOperationsEndpointsPassThroughThePortalsFilters() {
    for (String path : List.of("/metrics", "/openapi", "/health/ready")) {
      HttpResponse<String> r =
          path.equals("/health/ready") ? Http.awaitReady(uri) : Http.anonymous(uri).get(path);
      assertEquals(200, r.statusCode(), path + ": " + r.body());
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
  }

  // --- 10: paths normalised before any decision -----------------------------------------------

  /** Spellings of {@code /api/v1/regions/29/organisations} that the container maps to the API. */
  private static final List<String> DISGUISED_API =
      List.of(
          "/api;x=y/v1/regions/29/organisations",
          "/api/v1;jsessionid=abc/regions/29/organisations",
          "//api/v1/regions/29/organisations",
          "/api//v1/regions/29/organisations",
          "/x/../api/v1/regions/29/organisations",
          "/api/./v1/regions/29/organisations",
          "/%61pi/v1/regions/29/organisations");

  /**
   * Whatever the container (Grizzly, then Jersey) makes of a spelling, the portal judges it as an
   * API call: HTTP Basic is taken (no redirect to the sign-in page), the region is checked, and the
   * page session is never accepted.
   */
  @Test
  void aDisguisedApiPathIsJudgedLikeThePlainOne() throws Exception {
    Http browser = Http.browser(uri);
    assertEquals(302, browser.signIn("coordinator", "demo", "/").statusCode());
    String session = "REGIOPORTAL_SESSION=" + browser.cookie("REGIOPORTAL_SESSION");
    for (String path : DISGUISED_API) {
      HttpResponse<String> own = rawGet(path, "Authorization", basic("coordinator"));
      assertFalse(own.statusCode() == 302, path + " was judged a page: " + own.headers().map());
      if (own.statusCode() == 200) {
        assertTrue(own.body().contains("Gemeente Rotterdam"), path + ": " + own.body());
      } else {
        assertEquals(404, own.statusCode(), path + ": " + own.body());
      }
      String foreign = path.replace("/29/", "/05/");
      HttpResponse<String> other = rawGet(foreign, "Authorization", basic("coordinator"));
      if (other.statusCode() != 404) {
        assertProblem(other, 403, "/problems/not-a-member");
      }
      assertProblem(rawGet(path, "Cookie", session), 401, "/problems/unauthenticated");
      HttpResponse<String> post =
          raw.send(
              HttpRequest.newBuilder(URI.create(root() + path))
                  .header("Cookie", session)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"type\":\"OTHER\",\"name\":\"Via a disguised path "
                              + UUID.randomUUID()
                              + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertProblem(post, 401, "/problems/unauthenticated");
    }
    HttpResponse<String> foreign =
        rawGet("//api/v1/regions/05/organisations", "Authorization", basic("coordinator"));
    assertProblem(foreign, 403, "/problems/not-a-member");
  }

  private HttpResponse<String> rawGet(String path, String header, String value)
      throws IOException, InterruptedException {
    return raw.send(
        HttpRequest.newBuilder(URI.create(root() + path)).header(header, value).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The server's address without a path, so a raw path is sent exactly as written. */
  private String root() {
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }

  private long createOrganisation() {
    HttpResponse<String> r =
        coordinator.postJson(
            API + "/organisations",
            "{\"type\":\"OTHER\",\"name\":\"Hardening " + UUID.randomUUID() + "\"}");
    assertEquals(201, r.statusCode(), r.body());
    return json(r).getJsonNumber("id").longValue();
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
