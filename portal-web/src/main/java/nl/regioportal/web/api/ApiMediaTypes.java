package nl.regioportal.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.regioportal.web.i18n.Texts;

/**
 * A state-changing API call (POST, PUT, PATCH, DELETE) must say that it sends what its endpoint
 * reads: the endpoint's own {@code @Consumes} (text/csv and text/plain for the file imports), and
 * otherwise {@code application/json} or {@code application/problem+json}, even with an empty body.
 * Anything else, or no Content-Type at all, is refused with 415 before the resource runs: an HTML
 * form or a "simple" cross-site request of another site cannot send JSON without a CORS preflight,
 * which this API never grants.
 */
@Provider
public class ApiMediaTypes implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(ApiMediaTypes.class.getName());

  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** What an endpoint without its own {@code @Consumes} accepts. */
  static final List<MediaType> JSON =
      List.of(MediaType.APPLICATION_JSON_TYPE, Problem.PROBLEM_JSON);

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!STATE_CHANGING.contains(request.getMethod())) {
      return;
    }
    List<MediaType> accepted = accepted(resource);
    MediaType sent = request.getMediaType();
    if (sent != null && accepted.stream().anyMatch(a -> a.isCompatible(sent))) {
      return;
    }
    LOG.warning(
        () ->
            "Refused: "
                + request.getMethod()
                + " "
                + request.getUriInfo().getPath()
                + " sent as "
                + sent
                + " (accepted: "
                + accepted
                + ")");
    request.abortWith(
        unsupported(
                Texts.preferred(request.getAcceptableLanguages()), accepted, request.getUriInfo())
            .toResponse());
  }

  /** The media types the matched resource method reads; JSON where it declares none. */
  static List<MediaType> accepted(ResourceInfo resource) {
    List<MediaType> declared =
        resource == null
            ? List.of()
            : consumes(resource.getResourceMethod()).isEmpty()
                ? consumes(resource.getResourceClass())
                : consumes(resource.getResourceMethod());
    List<MediaType> concrete = declared.stream().filter(t -> !t.isWildcardType()).toList();
    return concrete.isEmpty() ? JSON : concrete;
  }

  private static List<MediaType> consumes(AnnotatedElement element) {
    Consumes c = element == null ? null : element.getAnnotation(Consumes.class);
    if (c == null) {
      return List.of();
    }
    return Arrays.stream(c.value())
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::trim)
        .map(MediaType::valueOf)
        .toList();
  }

  /** 415 as a problem, naming what is accepted (null: what the endpoint's OpenAPI names). */
  static Problem unsupported(Locale locale, List<MediaType> accepted, UriInfo uri) {
    String detail =
        accepted == null
            ? Texts.text(locale, "problem.unsupportedMediaType.documented")
            : Texts.text(
                locale,
                "problem.unsupportedMediaType.detail",
                accepted.stream()
                    .map(t -> t.getType() + "/" + t.getSubtype())
                    .collect(Collectors.joining(", ")));
    return Problem.of(
            "unsupported-media-type",
            415,
            Texts.text(locale, "problem.unsupportedMediaType.title"),
            detail)
        .instance(uri == null ? null : uri.getRequestUri().getRawPath());
  }
}
