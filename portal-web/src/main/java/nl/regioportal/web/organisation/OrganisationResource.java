package nl.regioportal.web.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.regioportal.organisation.application.OrganisationPage;
import nl.regioportal.organisation.application.OrganisationQuery;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.domain.LocationDraft;
import nl.regioportal.organisation.domain.OrganisationDraft;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.api.ApiInput;

/**
 * The member organisations of a region. The region in the path was resolved and checked by the
 * tenant filter before this resource runs; it is not read again here.
 */
@Path("regions/{region}/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  @Inject OrganisationService service;
  @Context UriInfo uri;

  @PathParam("region")
  String region;

  @GET
  public OrganisationListDto list(
      @QueryParam("q") String text,
      @QueryParam("type") String type,
      @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
      @QueryParam("sort") @DefaultValue("name") String sort,
      @QueryParam("order") @DefaultValue("asc") String order,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    OrganisationQuery.SortField field =
        ApiInput.enumValue(OrganisationQuery.SortField.class, "sort", sort);
    if (!order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
      throw new InvalidInputException(List.of(Violation.of("order", "api.order.invalid", order)));
    }
    if (offset < 0 || limit < 1 || limit > OrganisationQuery.MAX_LIMIT) {
      throw new InvalidInputException(
          List.of(Violation.of("limit", "api.window.invalid", OrganisationQuery.MAX_LIMIT)));
    }
    OrganisationPage page =
        service.search(
            new OrganisationQuery(
                text,
                type == null ? null : ApiInput.enumValue(OrganisationType.class, "type", type),
                includeInactive,
                field,
                order.equalsIgnoreCase("asc"),
                offset,
                limit));
    return new OrganisationListDto(
        page.items().stream()
            .map(
                s ->
                    new OrganisationSummaryDto(
                        s.id(), s.type().name(), s.name(), s.identifier(), s.city(), s.active()))
            .toList(),
        page.total(),
        page.offset(),
        page.limit());
  }

  @GET
  @Path("{id}")
  public OrganisationDto get(@PathParam("id") long id) {
    return OrganisationDto.of(service.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(OrganisationInputDto input) {
    long id = service.create(draft(input));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(OrganisationDto.of(service.get(id)))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public OrganisationDto replace(@PathParam("id") long id, OrganisationInputDto input) {
    if (input == null || input.version() == null) {
      throw new InvalidInputException(List.of(Violation.of("version", "api.version.required")));
    }
    return OrganisationDto.of(service.update(id, input.version(), draft(input)));
  }

  @POST
  @Path("{id}/deactivate")
  public OrganisationDto deactivate(@PathParam("id") long id) {
    service.deactivate(id);
    return OrganisationDto.of(service.get(id));
  }

  @POST
  @Path("{id}/reactivate")
  public OrganisationDto reactivate(@PathParam("id") long id) {
    service.reactivate(id);
    return OrganisationDto.of(service.get(id));
  }

  private static OrganisationDraft draft(OrganisationInputDto in) {
    if (in == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    OrganisationType type =
        in.type() == null ? null : ApiInput.enumValue(OrganisationType.class, "type", in.type());
    return new OrganisationDraft(
        type,
        in.name(),
        in.brin(),
        in.cbsCode(),
        in.kvkNumber(),
        in.email(),
        in.phone(),
        in.website(),
        in.locations() == null
            ? List.of()
            : in.locations().stream()
                .map(
                    l ->
                        l == null
                            ? new LocationDraft(null, null, null, null)
                            : new LocationDraft(l.label(), l.street(), l.postalCode(), l.city()))
                .toList(),
        in.servedMunicipalities(),
        in.alsoInRegions());
  }
}
