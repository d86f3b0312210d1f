package nl.regioportal.web.governance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regioportal.governance.application.Meetings;

/**
 * A region's decision list across its bodies (issue 11); every member reads it. Decisions are
 * recorded on an agenda item ({@link MeetingResource}).
 */
@Path("regions/{region}/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

  @Inject Meetings meetings;

  /** The region's decisions, the latest first; {@code body}: of one body only. */
  @GET
  public MeetingDto.DecisionListDto decisions(@QueryParam("body") Long body) {
    return new MeetingDto.DecisionListDto(
        meetings.decisions(body).stream().map(MeetingDto.DecisionDto::of).toList());
  }
}
