package nl.regioportal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioportal.region.ImportRejectedException;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.AccessDeniedException;
import nl.regioportal.web.i18n.Texts;

/**
 * Every error of the API as an RFC 9457 problem detail. Texts follow the request's Accept-Language
 * (Dutch by default, English on request). An unexpected error is logged with an id that the
 * response names; its details never reach the client.
 */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  static Locale locale(HttpHeaders headers) {
    List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
    for (Locale l : accepted) {
      if ("en".equals(l.getLanguage()) || "nl".equals(l.getLanguage())) {
        return Texts.supported(l);
      }
    }
    return Texts.DUTCH;
  }

  static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  /** 400: the input breaks rules; {@code errors} lists each with its field. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(InvalidInputException e) {
      Locale locale = locale(headers);
      JsonArrayBuilder errors = Json.createArrayBuilder();
      for (Violation v : e.violations()) {
        var item = Json.createObjectBuilder().add("message", Texts.text(locale, v));
        if (v.field() != null) {
          item.add("field", v.field());
        }
        errors.add(item);
      }
      return Problem.of(
              "invalid-input",
              400,
              Texts.text(locale, "problem.invalidInput.title"),
              e.violations().size() == 1
                  ? Texts.text(locale, e.violations().get(0))
                  : Texts.text(locale, "problem.invalidInput.detail", e.violations().size()))
          .with("errors", errors.build())
          .instance(path(uri))
          .toResponse();
    }
  }

  /** 409: a duplicate, or an edit of a stale copy. */
  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(ConflictException e) {
      Locale locale = locale(headers);
      Problem p =
          Problem.of(
              "conflict",
              409,
              Texts.text(locale, "problem.conflict.title"),
              Texts.text(locale, e.violation()));
      if (e.violation().field() != null) {
        p.with("field", e.violation().field());
      }
      return p.instance(path(uri)).toResponse();
    }
  }

  /** 404: does not exist, or belongs to another region (the two are indistinguishable). */
  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(NotFoundException e) {
      Locale locale = locale(headers);
      return Problem.of(
              "not-found",
              404,
              Texts.text(locale, "problem.notFound.title"),
              Texts.text(locale, "problem.notFound.detail"))
          .instance(path(uri))
          .toResponse();
    }
  }

  /** 403: signed in, but not allowed to do this. */
  @Provider
  public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(AccessDeniedException e) {
      return Problem.of(
              "forbidden",
              403,
              Texts.text(locale(headers), "problem.forbidden.title"),
              e.getMessage())
          .instance(path(uri))
          .toResponse();
    }
  }

  /** 400: a rejected file, with each problem's line and column; nothing was applied. */
  @Provider
  public static class ImportRejected implements ExceptionMapper<ImportRejectedException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(ImportRejectedException e) {
      Locale locale = locale(headers);
      JsonArrayBuilder problems = Json.createArrayBuilder();
      e.problems()
          .forEach(
              p ->
                  problems.add(
                      Json.createObjectBuilder()
                          .add("line", p.line())
                          .add("column", p.column())
                          .add("message", p.message())));
      return Problem.of(
              "import-rejected",
              400,
              Texts.text(locale, "problem.importRejected.title"),
              Texts.text(locale, "import.rejected", e.problems().size()))
          .with("problems", problems.build())
          .instance(path(uri))
          .toResponse();
    }
  }

  static Response malformed(HttpHeaders headers, UriInfo uri) {
    Locale locale = locale(headers);
    return Problem.of(
            "malformed-body",
            400,
            Texts.text(locale, "problem.malformed.title"),
            Texts.text(locale, "problem.malformed.detail"))
        .instance(path(uri))
        .toResponse();
  }

  /** 400: the body is not the JSON the endpoint expects. */
  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonbException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(JsonbException e) {
      return malformed(headers, uri);
    }
  }

  /** 400: the body could not be read at all (Jersey wraps the JSON-B error in this). */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
      return malformed(headers, uri);
    }
  }

  /** JAX-RS's own errors (unknown path, wrong method, wrong media type, unreadable body). */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e.getCause() instanceof JsonbException || status == 400) {
        return malformed(headers, uri);
      }
      Response.Status known = Response.Status.fromStatusCode(status);
      String title = known == null ? "HTTP " + status : known.getReasonPhrase();
      return Problem.of("http-" + status, status, title, null).instance(path(uri)).toResponse();
    }
  }

  /**
   * 500: a fault of the portal, logged with an id; no details reach the client. Jersey hands this
   * catch-all its own wrapper of an exception raised while reading the body; that cause goes to its
   * own mapper first.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;
    @Context Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable e) {
      Throwable cause = e;
      while (cause.getCause() != null
          && cause.getClass().getName().endsWith(".MappableException")) {
        cause = cause.getCause();
      }
      if (cause != e) {
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        if (mapper != null && !(mapper instanceof Unexpected)) {
          return mapper.toResponse(cause);
        }
      }
      if (cause instanceof ProcessingException || cause instanceof JsonbException) {
        return malformed(headers, uri);
      }
      String id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected error " + id, e);
      return Problem.of(
              "internal-error",
              500,
              Texts.text(locale(headers), "problem.internal.title"),
              Texts.text(locale(headers), "problem.internal.detail", id))
          .with("errorId", id)
          .instance(path(uri))
          .toResponse();
    }
  }
}
