package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** Assertions on RFC 9457 problem details, shared by the integration tests. */
final class Problems {
  private Problems() {}

  /** The response is a problem of {@code status} and {@code type} (e.g. "/problems/not-found"). */
  static void assertProblem(HttpResponse<String> r, int status, String type) {
    assertEquals(status, r.statusCode(), r.uri() + ": " + r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        "problem media type: " + r.headers().map());
    JsonObject p = Json.createReader(new StringReader(r.body())).readObject();
    assertEquals(type, p.getString("type"), r.body());
    assertEquals(status, p.getInt("status"));
    assertNotNull(p.getString("title"));
  }
}
