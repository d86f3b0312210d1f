package nl.regioportal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} is a stable, relative URI per kind of problem ({@code
 * /problems/invalid-input}); clients switch on it, people read {@code title} and {@code detail}.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private final JsonObjectBuilder json = Json.createObjectBuilder();
  private final int status;

  private Problem(String type, int status, String title, String detail) {
    this.status = status;
    json.add("type", "/problems/" + type).add("title", title).add("status", status);
    if (detail != null) {
      json.add("detail", detail);
    }
  }

  public static Problem of(String type, int status, String title, String detail) {
    return new Problem(type, status, title, detail);
  }

  public Problem with(String name, JsonValue value) {
    json.add(name, value);
    return this;
  }

  public Problem with(String name, String value) {
    json.add(name, value);
    return this;
  }

  public Problem instance(String path) {
    if (path != null) {
      json.add("instance", path);
    }
    return this;
  }

  public JsonObject toJson() {
    return json.build();
  }

  public Response toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(toJson().toString()).build();
  }

  public Response toResponse(Map<String, String> headers) {
    Response.ResponseBuilder b =
        Response.status(status).type(PROBLEM_JSON).entity(toJson().toString());
    headers.forEach(b::header);
    return b.build();
  }

  /** Writes the problem straight to a servlet response (for filters and the security layer). */
  public void write(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(toJson().toString());
    response.flushBuffer();
  }
}
