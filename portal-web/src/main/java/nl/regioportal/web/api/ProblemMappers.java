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
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.DuplicateException;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.i18n.Texts;

/**
 * Every error of the API as an RFC 9457 problem detail. Texts follow the request's Accept-Language
 * (Dutch by default, English on request). An unexpected error is logged with an id that the
 * response names; its details never reach the client.
 */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** What every mapper needs: the request's language and path. */
  abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    Locale locale() {
      List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
      return Texts.preferred(accepted);
    }

    String text(String key, Object... args) {
      return Texts.text(locale(), key, args);
    }

    Problem problem(String type, int status, String titleKey, String detail) {
      return Problem.of(type, status, text(titleKey), detail)
          .instance(uri == null ? null : uri.getRequestUri().getRawPath());
    }

    /** 409: two people changed the same record at once; the later one is told, nothing is lost. */
    Response concurrentChangeRefused(Throwable e) {
      LOG.info(() -> "Concurrent change refused: " + e);
      return problem("conflict", 409, "problem.conflict.title", text("problem.concurrentChange"))
          .toResponse();
    }

    /** 500 with an id that the log names too; the details stay in the log. */
    Response internalError(Throwable e) {
      String id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected error " + id, e);
      return problem(
              "internal-error", 500, "problem.internal.title", text("problem.internal.detail", id))
          .with("errorId", id)
          .toResponse();
    }

    Response malformed() {
      return problem(
              "malformed-body", 400, "problem.malformed.title", text("problem.malformed.detail"))
          .toResponse();
    }
  }

  /** 400: the input breaks rules; {@code errors} lists each with its field. */
  @Provider
  public static class InvalidInput extends Base<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return invalidInput(e, locale())
          .instance(uri == null ? null : uri.getRequestUri().getRawPath())
          .toResponse();
    }
  }

  /**
   * A refused attachment: 413 {@code /problems/file-too-large}, 415 {@code
   * /problems/unsupported-file-type}, or the 400 of any other broken rule; {@code errors} as for
   * 400.
   */
  @Provider
  public static class AttachmentRefused
      extends Base<nl.regioportal.referral.application.AttachmentRefusedException> {
    @Override
    public Response toResponse(nl.regioportal.referral.application.AttachmentRefusedException e) {
      Problem refused =
          switch (e.refusal()) {
            case TOO_LARGE ->
                Problem.of("file-too-large", 413, text("problem.fileTooLarge.title"), detailOf(e))
                    .with("errors", errors(e, locale()));
            case UNSUPPORTED_TYPE ->
                Problem.of(
                        "unsupported-file-type", 415, text("problem.fileType.title"), detailOf(e))
                    .with("errors", errors(e, locale()));
            case OTHER -> invalidInput(e, locale());
          };
      return refused.instance(uri == null ? null : uri.getRequestUri().getRawPath()).toResponse();
    }

    private String detailOf(InvalidInputException e) {
      return Texts.text(locale(), e.violations().get(0));
    }
  }

  /**
   * The 400 problem of input that breaks rules, in a language: {@code errors} lists each broken
   * rule with its field (also written by the open-data servlet, outside JAX-RS).
   */
  public static Problem invalidInput(InvalidInputException e, Locale locale) {
    String detail =
        e.violations().size() == 1
            ? Texts.text(locale, e.violations().get(0))
            : Texts.text(locale, "problem.invalidInput.detail", e.violations().size());
    return Problem.of(
            "invalid-input", 400, Texts.text(locale, "problem.invalidInput.title"), detail)
        .with("errors", errors(e, locale));
  }

  /** Each broken rule with its message and field. */
  static jakarta.json.JsonArray errors(InvalidInputException e, Locale locale) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    for (Violation v : e.violations()) {
      var item = Json.createObjectBuilder().add("message", Texts.text(locale, v));
      if (v.field() != null) {
        item.add("field", v.field());
      }
      errors.add(item);
    }
    return errors.build();
  }

  /** 409: a duplicate, or an edit of a stale copy. */
  @Provider
  public static class Conflict extends Base<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      Problem p =
          problem("conflict", 409, "problem.conflict.title", Texts.text(locale(), e.violation()));
      if (e.violation().field() != null) {
        p.with("field", e.violation().field());
      }
      return p.toResponse();
    }
  }

  /**
   * 409 {@code /problems/duplicate}: the region already has one like it; {@code field} names what
   * to change.
   */
  @Provider
  public static class Duplicate extends Base<DuplicateException> {
    @Override
    public Response toResponse(DuplicateException e) {
      Problem p =
          problem("duplicate", 409, "problem.duplicate.title", Texts.text(locale(), e.violation()));
      if (e.violation().field() != null) {
        p.with("field", e.violation().field());
      }
      return p.toResponse();
    }
  }

  /** 404: does not exist, or belongs to another region (the two are indistinguishable). */
  @Provider
  public static class NotFound extends Base<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return problem("not-found", 404, "problem.notFound.title", text("problem.notFound.detail"))
          .toResponse();
    }
  }

  /** 403: signed in, but not allowed to do this. */
  @Provider
  public static class Forbidden extends Base<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return problem("forbidden", 403, "problem.forbidden.title", e.getMessage()).toResponse();
    }
  }

  /**
   * 401 with RFC 9470's challenge: a person's token shows a password alone and the call reads or
   * changes student data; a new token with a second factor ({@code acr_values}) is needed.
   */
  @Provider
  public static class SecondFactorRequired
      extends Base<nl.regioportal.shared.SecondFactorRequiredException> {
    @jakarta.inject.Inject nl.regioportal.web.security.SecondFactor secondFactor;

    @Override
    public Response toResponse(nl.regioportal.shared.SecondFactorRequiredException e) {
      String acr = secondFactor == null ? "mfa" : secondFactor.requested();
      return Response.fromResponse(
              problem(
                      "step-up-required",
                      401,
                      "problem.secondFactor.title",
                      text("error.secondFactor"))
                  .toResponse())
          .header(
              "WWW-Authenticate",
              "Bearer realm=\"Regioportaal\", error=\"insufficient_user_authentication\","
                  + " error_description=\"A second factor is required for student data\","
                  + " acr_values=\""
                  + acr
                  + "\"")
          .build();
    }
  }

  /**
   * 400: a rejected file, with each problem's line and column (or record and field); nothing was
   * applied.
   */
  @Provider
  public static class ImportRejected extends Base<ImportRejectedException> {
    @Override
    public Response toResponse(ImportRejectedException e) {
      JsonArrayBuilder problems = Json.createArrayBuilder();
      for (var p : e.problems()) {
        var item = Json.createObjectBuilder();
        if (p.record() != null) {
          item.add("record", p.record());
          if (p.field() != null) {
            item.add("field", p.field());
          }
        } else {
          item.add("line", p.line()).add("column", p.column());
        }
        problems.add(item.add("message", Texts.text(locale(), p)));
      }
      return problem(
              "import-rejected",
              400,
              "problem.importRejected.title",
              text("import.rejected", e.problems().size()))
          .with("problems", problems.build())
          .toResponse();
    }
  }

  /**
   * 502: the identity provider did not do its part; the step can be repeated. 501 when there is no
   * identity provider at all (the embedded default): repeating cannot help, so it is not a 502 or a
   * 503 that invites retries.
   */
  @Provider
  public static class IdentityProviderFailed
      extends Base<nl.regioportal.tenant.provisioning.ProvisioningException> {
    @Override
    public Response toResponse(nl.regioportal.tenant.provisioning.ProvisioningException e) {
      return problemFor(e).toResponse();
    }

    Problem problemFor(nl.regioportal.tenant.provisioning.ProvisioningException e) {
      if (e.isNotConfigured()) {
        return problem(
            "identity-provider-not-configured",
            501,
            "problem.identityProviderNotConfigured.title",
            text("problem.identityProviderNotConfigured.detail"));
      }
      LOG.warning(() -> "Provisioning failed: " + e.getMessage());
      return problem(
          "identity-provider-failed",
          502,
          "problem.identityProvider.title",
          text("problem.identityProvider.detail"));
    }
  }

  /** 400: the body is not the JSON the endpoint expects. */
  /**
   * A failed commit of an application service's transaction. Replaces Jersey's own mapper for this
   * type (which rethrows and ends as a bare 500 page): a concurrent change is a 409 problem, any
   * other failure the usual 500 problem with an error id.
   */
  @Provider
  @jakarta.annotation.Priority(1)
  public static class FailedCommit extends Base<jakarta.transaction.TransactionalException> {
    @Override
    public Response toResponse(jakarta.transaction.TransactionalException e) {
      if (concurrentChange(e)) {
        return concurrentChangeRefused(e);
      }
      return internalError(e);
    }
  }

  /** 400: a body read as JSON-P (the funding API) is not JSON. */
  @Provider
  public static class MalformedJsonP extends Base<jakarta.json.JsonException> {
    @Override
    public Response toResponse(jakarta.json.JsonException e) {
      return malformed();
    }
  }

  @Provider
  public static class MalformedJson extends Base<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return malformed();
    }
  }

  /** 400: the body could not be read at all (Jersey wraps the JSON-B error in this). */
  @Provider
  public static class Unreadable extends Base<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return malformed();
    }
  }

  /** JAX-RS's own errors (unknown path, wrong method, wrong media type, unreadable body). */
  @Provider
  public static class Web extends Base<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e.getCause() instanceof JsonbException || status == 400) {
        return malformed();
      }
      if (status == 415) {
        return ApiMediaTypes.unsupported(locale(), null, uri).toResponse();
      }
      Response.Status known = Response.Status.fromStatusCode(status);
      String title = known == null ? "HTTP " + status : known.getReasonPhrase();
      return Problem.of("http-" + status, status, title, null)
          .instance(uri == null ? null : uri.getRequestUri().getRawPath())
          .toResponse();
    }
  }

  /**
   * 500: a fault of the portal, logged with an id; no details reach the client. Jersey hands this
   * catch-all its own wrapper of an exception raised while reading the body; that cause goes to its
   * own mapper first.
   */
  @Provider
  public static class Unexpected extends Base<Throwable> {
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
      if (concurrentChange(e)) {
        return concurrentChangeRefused(e);
      }
      return internalError(e);
    }
  }

  /** Whether an optimistic-lock failure (someone else changed the record first) caused this. */
  public static boolean concurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t.getClass()
              .getName()
              .equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }
}
