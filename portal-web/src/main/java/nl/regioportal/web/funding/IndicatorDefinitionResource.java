package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.application.IndicatorDefinitions;
import nl.regioportal.funding.domain.Basis;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The bases a region's keys may use and its indicator imports may name: equal shares, the built-in
 * indicators and the region's own. Every member reads them; the region's coordinators register an
 * indicator of the region's own, change its labels or remove it while nothing uses it. A key or an
 * import naming a code outside this list is refused ({@code /problems/invalid-input}).
 */
@Path("regions/{region}/indicator-definitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorDefinitionResource {

  @Inject IndicatorDefinitions definitions;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  public IndicatorDefinitionDto.ListDto list() {
    return IndicatorDefinitionDto.ListDto.of(definitions.catalogue().all(), locale());
  }

  @GET
  @Path("{code}")
  public IndicatorDefinitionDto get(@PathParam("code") String code) {
    return definitions
        .catalogue()
        .find(code)
        .map(b -> IndicatorDefinitionDto.of(b, locale()))
        .orElseThrow(() -> new NotFoundException("indicator", code));
  }

  /** Registers an indicator of the region's own. */
  @POST
  @APIResponse(
      responseCode = "201",
      description = "The indicator, at the Location header.",
      content = @Content(schema = @Schema(implementation = IndicatorDefinitionDto.class)))
  public Response register(IndicatorDefinitionDto.InputDto body) {
    IndicatorDefinitionDto.InputDto in = required(body);
    Basis b = definitions.register(in.code(), in.labelNl(), in.labelEn());
    return Response.created(uri.getAbsolutePathBuilder().path(b.code()).build())
        .entity(IndicatorDefinitionDto.of(b, locale()))
        .build();
  }

  /** New labels for one of the region's own indicators; the code stays. */
  @PUT
  @Path("{code}")
  public IndicatorDefinitionDto relabel(
      @PathParam("code") String code, IndicatorDefinitionDto.InputDto body) {
    IndicatorDefinitionDto.InputDto in = required(body);
    return IndicatorDefinitionDto.of(
        definitions.relabel(code, in.labelNl(), in.labelEn()), locale());
  }

  /** Removes one of the region's own indicators that no library set and no key uses. */
  @DELETE
  @Path("{code}")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response remove(@PathParam("code") String code) {
    definitions.remove(code);
    return Response.noContent().build();
  }

  private static IndicatorDefinitionDto.InputDto required(IndicatorDefinitionDto.InputDto body) {
    if (body == null) {
      throw new InvalidInputException(List.of(Violation.of(null, "funding.json.object")));
    }
    return body;
  }

  private Locale locale() {
    return Texts.preferred(headers.getAcceptableLanguages());
  }
}
