package nl.regioportal.web.governance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import nl.regioportal.governance.application.FiguresSnapshots;
import nl.regioportal.referral.figures.ReportingPeriod;
import nl.regioportal.web.referral.FiguresDto;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Figures snapshots for the table (issue 11, point 6): the region's referral figures of a period as
 * shown (1-4 as {@code <5}, the counts that would give them away as {@code x}), kept to put on an
 * agenda item ({@code figuresSnapshotId}), which freezes them. Coordinators take and remove them;
 * coordinators and policy officers read them all, every member reads those on an agenda.
 */
@Path("regions/{region}/figures-snapshots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FiguresSnapshotResource {

  @Inject FiguresSnapshots snapshots;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  /** A snapshot: {@code frozenAt} once it is on an agenda. */
  public record SnapshotDto(
      long id,
      String label,
      String createdAt,
      String createdBy,
      String frozenAt,
      FiguresDto figures) {}

  public record ListDto(List<SnapshotDto> items) {}

  /** What a client sends to take a snapshot: a name and the period (YYYY-MM-DD, both days in). */
  public record Input(String label, String from, String to) {}

  @GET
  public ListDto list() {
    return new ListDto(snapshots.list().stream().map(this::dto).toList());
  }

  @GET
  @Path("{id}")
  public SnapshotDto get(@PathParam("id") long id) {
    return dto(snapshots.get(id));
  }

  @POST
  @APIResponse(responseCode = "201", description = "The snapshot.")
  public Response create(Input input) {
    Input in = GovernanceInput.required(input);
    var s = snapshots.create(in.label(), ReportingPeriod.parse(in.from(), in.to()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id())).build())
        .entity(dto(s))
        .build();
  }

  /** Removes a snapshot that is on no agenda (409 once it is). */
  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response remove(@PathParam("id") long id) {
    snapshots.remove(id);
    return Response.noContent().build();
  }

  private SnapshotDto dto(FiguresSnapshots.Snapshot s) {
    Locale locale =
        headers.getAcceptableLanguages().isEmpty()
            ? Locale.forLanguageTag("nl")
            : headers.getAcceptableLanguages().get(0);
    return new SnapshotDto(
        s.id(),
        s.label(),
        MeetingDto.time(s.createdAt()),
        s.createdBy(),
        MeetingDto.time(s.frozenAt()),
        FiguresDto.of(s.figures(), locale));
  }
}
