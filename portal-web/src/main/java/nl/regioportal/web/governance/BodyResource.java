package nl.regioportal.web.governance;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.governance.application.BodyView;
import nl.regioportal.governance.application.GoverningBodies;
import nl.regioportal.governance.domain.BodyDraft;
import nl.regioportal.governance.domain.BodyKind;
import nl.regioportal.governance.domain.SeatDraft;
import nl.regioportal.governance.domain.SeatRole;
import nl.regioportal.governance.domain.TermDraft;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.api.ApiInput;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The governing bodies of a region (issue 11): bodies, their seats and the people holding each seat
 * for a term. Every member of the region reads them; the region's coordinators change them. A term
 * sharing a day with another of its seat is refused ({@code /problems/invalid-input} at {@code
 * startDate} or {@code endDate}, naming the holder); a second chair or secretary at {@code role}; a
 * name the region already uses {@code /problems/duplicate} at {@code name}.
 */
@Path("regions/{region}/bodies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BodyResource {

  @Inject GoverningBodies bodies;
  @Context UriInfo uri;

  @GET
  public BodyDto.ListDto list() {
    return new BodyDto.ListDto(bodies.list().stream().map(BodyDto::of).toList());
  }

  @GET
  @Path("{id}")
  public BodyDto get(@PathParam("id") long id) {
    return BodyDto.of(bodies.get(id));
  }

  @POST
  @APIResponse(
      responseCode = "201",
      description = "The body, at the Location header.",
      content = @Content(schema = @Schema(implementation = BodyDto.class)))
  public Response create(BodyDto.Input input) {
    long id = bodies.create(draft(input));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(BodyDto.of(bodies.get(id)))
        .build();
  }

  @PUT
  @Path("{id}")
  public BodyDto replace(@PathParam("id") long id, BodyDto.Input input) {
    BodyDraft draft = draft(input);
    GovernanceInput.requireVersion(input.version());
    return BodyDto.of(bodies.update(id, input.version(), draft));
  }

  @POST
  @Path("{id}/seats")
  @APIResponse(
      responseCode = "201",
      description = "The seat.",
      content = @Content(schema = @Schema(implementation = BodyDto.SeatDto.class)))
  public Response addSeat(@PathParam("id") long id, BodyDto.SeatInput input) {
    List<Violation> v = new ArrayList<>();
    BodyDto.SeatInput in = GovernanceInput.required(input);
    SeatRole role = ApiInput.enumValue(v, SeatRole.class, "role", in.role());
    GovernanceInput.refuse(v);
    long seat = bodies.addSeat(id, new SeatDraft(role, in.organisationId(), in.label()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(seat)).build())
        .entity(BodyDto.SeatDto.of(seat(bodies.get(id), seat)))
        .build();
  }

  /** Removes a seat with its terms. */
  @DELETE
  @Path("{id}/seats/{seatId}")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response removeSeat(@PathParam("id") long id, @PathParam("seatId") long seatId) {
    bodies.removeSeat(id, seatId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/seats/{seatId}/terms")
  @APIResponse(
      responseCode = "201",
      description = "The term.",
      content = @Content(schema = @Schema(implementation = BodyDto.TermDto.class)))
  public Response addTerm(
      @PathParam("id") long id, @PathParam("seatId") long seatId, BodyDto.TermInput input) {
    long term = bodies.addTerm(id, seatId, draft(input));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(term)).build())
        .entity(term(id, seatId, term))
        .build();
  }

  /** Changes a term: a correction, or its end date (ending it). */
  @PUT
  @Path("{id}/seats/{seatId}/terms/{termId}")
  public BodyDto.TermDto replaceTerm(
      @PathParam("id") long id,
      @PathParam("seatId") long seatId,
      @PathParam("termId") long termId,
      BodyDto.TermInput input) {
    TermDraft draft = draft(input);
    GovernanceInput.requireVersion(input.version());
    bodies.updateTerm(id, seatId, termId, input.version(), draft);
    return term(id, seatId, termId);
  }

  @DELETE
  @Path("{id}/seats/{seatId}/terms/{termId}")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response removeTerm(
      @PathParam("id") long id,
      @PathParam("seatId") long seatId,
      @PathParam("termId") long termId) {
    bodies.removeTerm(id, seatId, termId);
    return Response.noContent().build();
  }

  private static BodyDraft draft(BodyDto.Input input) {
    BodyDto.Input in = GovernanceInput.required(input);
    List<Violation> v = new ArrayList<>();
    BodyKind kind = ApiInput.enumValue(v, BodyKind.class, "kind", in.kind());
    GovernanceInput.refuse(v);
    return new BodyDraft(in.name(), kind, in.description(), in.parentId(), in.active());
  }

  private static TermDraft draft(BodyDto.TermInput input) {
    BodyDto.TermInput in = GovernanceInput.required(input);
    List<Violation> v = new ArrayList<>();
    var start = ApiInput.date(v, "startDate", in.startDate());
    var end = ApiInput.date(v, "endDate", in.endDate());
    GovernanceInput.refuse(v);
    return new TermDraft(in.personName(), in.email(), in.username(), start, end);
  }

  private BodyDto.TermDto term(long id, long seatId, long termId) {
    return seat(bodies.get(id), seatId).terms().stream()
        .filter(t -> t.id() == termId)
        .findFirst()
        .map(BodyDto.TermDto::of)
        .orElseThrow(() -> new NotFoundException("term", termId));
  }

  private static BodyView.Seat seat(BodyView body, long seatId) {
    return body.seats().stream()
        .filter(s -> s.id() == seatId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("seat", seatId));
  }
}
