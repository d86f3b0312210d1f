package nl.regioportal.web.governance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.regioportal.governance.application.CalendarFeeds;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.security.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's calendar feeds of the region's meetings (issue 11): make one (of every body, or of
 * {@code bodyId}), whose {@code url} is shown in the answer only; list them; revoke one. The feed
 * itself is {@code GET /calendar/{region}/{token}.ics} (text/calendar, no sign-in).
 */
@Path("regions/{region}/calendar-feeds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

  @Inject CalendarFeeds feeds;
  @Inject TenantContext tenant;
  @Inject PublicAddress publicAddress;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  /** A feed: {@code url} only in the answer that made it. */
  public record FeedDto(
      long id,
      Long bodyId,
      String bodyName,
      String url,
      String createdAt,
      String revokedAt,
      String lastReadAt) {
    static FeedDto of(CalendarFeeds.Feed f, String url) {
      return new FeedDto(
          f.id(),
          f.bodyId(),
          f.bodyName(),
          url,
          MeetingDto.time(f.createdAt()),
          MeetingDto.time(f.revokedAt()),
          MeetingDto.time(f.lastReadAt()));
    }
  }

  public record ListDto(List<FeedDto> items) {}

  /** What a client sends to make a feed: {@code bodyId} of one body, absent for every body. */
  public record Input(Long bodyId) {}

  @GET
  public ListDto list() {
    return new ListDto(feeds.mine().stream().map(f -> FeedDto.of(f, null)).toList());
  }

  @POST
  @APIResponse(
      responseCode = "201",
      description = "The feed with its address (shown this once).",
      content = @Content(schema = @Schema(implementation = FeedDto.class)))
  public Response create(Input input) {
    CalendarFeeds.Created c = feeds.create(input == null ? null : input.bodyId());
    String url =
        CalendarServlet.address(publicAddress.base(request), tenant.require().value(), c.token());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(c.feed().id())).build())
        .entity(FeedDto.of(c.feed(), url))
        .build();
  }

  /** Revokes the feed: its address answers 410 Gone from now on. */
  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "Revoked.")
  public Response revoke(@PathParam("id") long id) {
    feeds.revoke(id);
    return Response.noContent().build();
  }
}
