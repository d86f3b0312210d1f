package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The region's cost-sharing arrangements and their versions; who may do what is decided by {@link
 * FundingService}.
 */
@Path("regions/{region}/funding-arrangements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundingResource {

  @Inject FundingService service;
  @Context UriInfo uri;

  @PathParam("region")
  String region;

  @GET
  public ArrangementDto.ListDto arrangements() {
    return ArrangementDto.ListDto.of(service.arrangements());
  }

  /** Starts an arrangement with its first draft version. */
  @POST
  @APIResponse(
      responseCode = "201",
      description = "The arrangement, at the Location header.",
      content = @Content(schema = @Schema(implementation = ArrangementDto.class)))
  public Response create(ArrangementDto.InputDto body) {
    if (body == null) {
      throw new InvalidInputException(List.of(Violation.of(null, "funding.key.required")));
    }
    if (body.key() == null) {
      throw new InvalidInputException(List.of(Violation.of("key", "funding.json.object")));
    }
    long id =
        service.create(body.title(), body.year(), body.description(), KeyDto.draft(body.key()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(ArrangementDto.of(service.arrangement(id)))
        .build();
  }

  @GET
  @Path("{id}")
  public ArrangementDto arrangement(@PathParam("id") long id) {
    return ArrangementDto.of(service.arrangement(id));
  }

  /** Adds a draft version (a scenario) with the key in the body. */
  @POST
  @Path("{id}/versions")
  @APIResponse(
      responseCode = "201",
      description = "The new version, at the Location header.",
      content = @Content(schema = @Schema(implementation = VersionDto.class)))
  public Response addVersion(@PathParam("id") long id, KeyDto body) {
    long versionId = service.addVersion(id, KeyDto.draft(body));
    URI location =
        uri.getBaseUriBuilder()
            .path("regions")
            .path(region)
            .path("funding-versions")
            .path(String.valueOf(versionId))
            .build();
    return Response.created(location).entity(VersionDto.of(service.version(versionId))).build();
  }
}
