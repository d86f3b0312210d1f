package nl.regioportal.web.governance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regioportal.governance.application.Meetings;
import nl.regioportal.governance.domain.ActionDraft;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * A region's action list across its bodies (issue 11). Every member reads it; an action's owner
 * (named by portal user name) and the coordinators mark it done. Its own root path: a root resource
 * at {@code regions/{region}} would take every request below it from {@code RegionResource}'s
 * {@code regions/{region}/municipalities} (JAX-RS picks the class by its path first;
 * ResourcePathsTest).
 */
@Path("regions/{region}/actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionResource {

  @Inject Meetings meetings;

  /**
   * The region's actions, the earliest deadline first; {@code body}: of one body; {@code owner=me}:
   * the caller's own; {@code open=true}: not done.
   */
  @GET
  public MeetingDto.ActionListDto actions(
      @QueryParam("body") Long body,
      @QueryParam("owner") String owner,
      @QueryParam("open") Boolean open) {
    if (owner != null && !owner.equals("me")) {
      throw new InvalidInputException(List.of(Violation.of("owner", "governance.action.ownerMe")));
    }
    return new MeetingDto.ActionListDto(
        meetings.actions(body, owner != null, Boolean.TRUE.equals(open)).stream()
            .map(MeetingDto.ActionDto::of)
            .toList());
  }

  @GET
  @Path("{id}")
  public MeetingDto.ActionDto action(@PathParam("id") long id) {
    return one(id);
  }

  /** Changes an action's description, owner or deadline; {@code version} required. */
  @PUT
  @Path("{id}")
  public MeetingDto.ActionDto replace(@PathParam("id") long id, MeetingDto.ActionInput input) {
    ActionDraft draft = MeetingResource.draft(input);
    GovernanceInput.requireVersion(input.version());
    meetings.updateAction(id, input.version(), draft);
    return one(id);
  }

  /** Marks the action done ({@code {"done": true}}) or open again ({@code false}). */
  @POST
  @Path("{id}/done")
  public MeetingDto.ActionDto done(@PathParam("id") long id, MeetingDto.DoneInput input) {
    MeetingDto.DoneInput in = GovernanceInput.required(input);
    if (in.done() == null) {
      throw new InvalidInputException(List.of(Violation.of("done", "governance.action.done")));
    }
    meetings.actionDone(id, in.done());
    return one(id);
  }

  private MeetingDto.ActionDto one(long id) {
    return MeetingDto.ActionDto.of(meetings.action(id));
  }
}
