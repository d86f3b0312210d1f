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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.governance.application.Meetings;
import nl.regioportal.governance.domain.ActionDraft;
import nl.regioportal.governance.domain.DecisionDraft;
import nl.regioportal.governance.domain.DecisionOutcome;
import nl.regioportal.governance.domain.ItemDraft;
import nl.regioportal.governance.domain.ItemType;
import nl.regioportal.governance.domain.MeetingDraft;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.api.ApiInput;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The meetings of a region's governing bodies (issue 11): schedule and move them, build and publish
 * the agenda, record that a meeting was held, the decisions on its items and the actions it raised.
 * Every member of the region reads; the region's coordinators change. Publishing the agenda of a
 * meeting that has begun is refused ({@code /problems/invalid-input} at {@code startsAt}); a step
 * the meeting's status does not allow answers 409; adopting a decision on an item about a
 * funding-key version locks that version in the same transaction.
 */
@Path("regions/{region}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

  @Inject Meetings meetings;
  @Inject nl.regioportal.governance.application.AgendaDocuments documents;
  @Inject nl.regioportal.governance.application.Minutes minutes;
  @Context UriInfo uri;

  /** The region's meetings, the latest first; {@code body}: of one body only. */
  @GET
  public MeetingDto.ListDto list(@QueryParam("body") Long body) {
    return new MeetingDto.ListDto(
        meetings.list(body).stream().map(MeetingDto.SummaryDto::of).toList());
  }

  @GET
  @Path("{id}")
  public MeetingDto get(@PathParam("id") long id) {
    return MeetingDto.of(meetings.get(id));
  }

  @POST
  @APIResponse(
      responseCode = "201",
      description = "The meeting, at the Location header.",
      content = @Content(schema = @Schema(implementation = MeetingDto.class)))
  public Response create(MeetingDto.Input input) {
    long id = meetings.create(draft(input));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(MeetingDto.of(meetings.get(id)))
        .build();
  }

  /** Moves or renames a meeting still to come (its body stays); {@code version} required. */
  @PUT
  @Path("{id}")
  public MeetingDto replace(@PathParam("id") long id, MeetingDto.Input input) {
    MeetingDraft draft = draft(input);
    GovernanceInput.requireVersion(input.version());
    return MeetingDto.of(meetings.update(id, input.version(), draft));
  }

  @POST
  @Path("{id}/publish")
  public MeetingDto publish(@PathParam("id") long id) {
    return MeetingDto.of(meetings.publish(id));
  }

  @POST
  @Path("{id}/held")
  public MeetingDto held(@PathParam("id") long id) {
    return MeetingDto.of(meetings.held(id));
  }

  @POST
  @Path("{id}/cancel")
  public MeetingDto cancel(@PathParam("id") long id) {
    return MeetingDto.of(meetings.cancel(id));
  }

  @POST
  @Path("{id}/items")
  @APIResponse(
      responseCode = "201",
      description = "The meeting with the new item.",
      content = @Content(schema = @Schema(implementation = MeetingDto.class)))
  public Response addItem(@PathParam("id") long id, MeetingDto.ItemInput input) {
    long item = meetings.addItem(id, draft(input));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item)).build())
        .entity(MeetingDto.of(meetings.get(id)))
        .build();
  }

  @PUT
  @Path("{id}/items/{itemId}")
  public MeetingDto replaceItem(
      @PathParam("id") long id, @PathParam("itemId") long itemId, MeetingDto.ItemInput input) {
    ItemDraft draft = draft(input);
    GovernanceInput.requireVersion(input.version());
    meetings.updateItem(id, itemId, input.version(), draft);
    return MeetingDto.of(meetings.get(id));
  }

  /** Removes an item from the agenda of a meeting whose agenda is not yet published. */
  @DELETE
  @Path("{id}/items/{itemId}")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response removeItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
    meetings.removeItem(id, itemId);
    return Response.noContent().build();
  }

  /** Records the decision on an item of a held meeting (once). */
  @POST
  @Path("{id}/items/{itemId}/decision")
  @APIResponse(
      responseCode = "201",
      description = "The meeting with the decision.",
      content = @Content(schema = @Schema(implementation = MeetingDto.class)))
  public Response decide(
      @PathParam("id") long id, @PathParam("itemId") long itemId, MeetingDto.DecisionInput input) {
    MeetingDto.DecisionInput in = GovernanceInput.required(input);
    List<Violation> v = new ArrayList<>();
    DecisionOutcome outcome = ApiInput.enumValue(v, DecisionOutcome.class, "outcome", in.outcome());
    GovernanceInput.refuse(v);
    meetings.decide(id, itemId, new DecisionDraft(outcome, in.text()));
    return Response.created(uri.getAbsolutePath()).entity(MeetingDto.of(meetings.get(id))).build();
  }

  @POST
  @Path("{id}/actions")
  @APIResponse(
      responseCode = "201",
      description = "The meeting with the new action.",
      content = @Content(schema = @Schema(implementation = MeetingDto.class)))
  public Response addAction(@PathParam("id") long id, MeetingDto.ActionInput input) {
    long action = meetings.addAction(id, draft(input));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("regions")
                .path(uri.getPathParameters().getFirst("region"))
                .path("actions")
                .path(String.valueOf(action))
                .build())
        .entity(MeetingDto.of(meetings.get(id)))
        .build();
  }

  /**
   * Adds a document to an item: the body is the file ({@code Content-Type} its type, checked
   * against its bytes); {@code name} the file name (or {@code Content-Disposition}), {@code type}
   * PROPOSAL, MEMO, REPORT, PRESENTATION or OTHER, {@code confidential=true} for the body's members
   * only. Too large: 413; not an allowed type: 415.
   */
  @POST
  @Path("{id}/items/{itemId}/documents")
  @Consumes({
    "application/pdf",
    "image/png",
    "image/jpeg",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "text/plain",
    MediaType.APPLICATION_OCTET_STREAM
  })
  @APIResponse(
      responseCode = "201",
      description = "The document (never its bytes).",
      content =
          @Content(
              schema =
                  @Schema(
                      implementation =
                          nl.regioportal.governance.application.AgendaDocuments.Document.class)))
  public Response addDocument(
      @PathParam("id") long id,
      @PathParam("itemId") long itemId,
      @jakarta.ws.rs.QueryParam("name") String name,
      @jakarta.ws.rs.QueryParam("type") String type,
      @jakarta.ws.rs.QueryParam("confidential") Boolean confidential,
      @jakarta.ws.rs.HeaderParam("Content-Disposition") String disposition,
      @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
      java.io.InputStream body)
      throws java.io.IOException {
    List<Violation> v = new ArrayList<>();
    var docType =
        ApiInput.enumValue(v, nl.regioportal.governance.domain.DocumentType.class, "type", type);
    if (docType == null && v.isEmpty()) {
      v.add(Violation.of("type", "governance.document.type.required"));
    }
    GovernanceInput.refuse(v);
    String fileName =
        name != null && !name.isBlank()
            ? name
            : nl.regioportal.web.referral.ReferralResource.fileNameOf(disposition);
    var d =
        documents.add(
            id, itemId, fileName, contentType, docType, Boolean.TRUE.equals(confidential), body);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("regions")
                .path(uri.getPathParameters().getFirst("region"))
                .path("meetings")
                .path(String.valueOf(id))
                .path("documents")
                .path(String.valueOf(d.id()))
                .build())
        .entity(d)
        .build();
  }

  /** The documents of the meeting's items the caller may see (confidential ones: members only). */
  @GET
  @Path("{id}/documents")
  public List<nl.regioportal.governance.application.AgendaDocuments.Document> documents(
      @PathParam("id") long id) {
    return documents.visible(id);
  }

  /** A document's bytes, as an attachment; a confidential one for a non-member answers 404. */
  @GET
  @Path("{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    var d = documents.download(id, documentId);
    return Response.ok(d.content(), d.mediaType())
        .header(
            "Content-Disposition",
            nl.regioportal.web.referral.ReferralResource.contentDisposition(d.fileName()))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** Removes a document of a meeting still to come. */
  @DELETE
  @Path("{id}/documents/{documentId}")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response removeDocument(
      @PathParam("id") long id, @PathParam("documentId") long documentId) {
    documents.remove(id, documentId);
    return Response.noContent().build();
  }

  /** The meeting's minutes: a draft or approved (404 while there are none). */
  @GET
  @Path("{id}/minutes")
  public nl.regioportal.governance.application.Minutes.View minutes(@PathParam("id") long id) {
    return minutes
        .get(id)
        .orElseThrow(() -> new nl.regioportal.shared.NotFoundException("minutes", id));
  }

  /** Drafts the minutes of a held meeting from its agenda (or answers the draft there is). */
  @POST
  @Path("{id}/minutes")
  public nl.regioportal.governance.application.Minutes.View draftMinutes(@PathParam("id") long id) {
    return minutes.draft(id);
  }

  /** What a client sends to change a draft: its text and the version it started from. */
  public record MinutesInput(String text, Long version) {}

  @PUT
  @Path("{id}/minutes")
  public nl.regioportal.governance.application.Minutes.View saveMinutes(
      @PathParam("id") long id, MinutesInput input) {
    MinutesInput in = GovernanceInput.required(input);
    GovernanceInput.requireVersion(in.version());
    return minutes.save(id, in.version(), in.text());
  }

  /** What a client sends to record the approval: the later meeting that approved the minutes. */
  public record ApprovalInput(Long atMeetingId) {}

  /**
   * The minutes were approved at {@code atMeetingId} (a later meeting of the body, its day come).
   */
  @POST
  @Path("{id}/minutes/approval")
  public nl.regioportal.governance.application.Minutes.View approveMinutes(
      @PathParam("id") long id, ApprovalInput input) {
    ApprovalInput in = GovernanceInput.required(input);
    if (in.atMeetingId() == null) {
      throw new nl.regioportal.shared.InvalidInputException(
          List.of(Violation.of("atMeetingId", "governance.minutes.approver", "?")));
    }
    return minutes.approve(id, in.atMeetingId());
  }

  /** The approved minutes as PDF (404 while not approved). */
  @GET
  @Path("{id}/minutes.pdf")
  @Produces("application/pdf")
  public Response minutesPdf(@PathParam("id") long id) {
    return Response.ok(minutes.pdf(id), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"verslag-" + id + ".pdf\"")
        .build();
  }

  private static MeetingDraft draft(MeetingDto.Input input) {
    MeetingDto.Input in = GovernanceInput.required(input);
    List<Violation> v = new ArrayList<>();
    var start = ApiInput.dateTime(v, "startsAt", in.startsAt());
    var end = ApiInput.dateTime(v, "endsAt", in.endsAt());
    GovernanceInput.refuse(v);
    return new MeetingDraft(
        in.bodyId(), in.title(), start, end, in.location(), in.onlineUrl(), in.publicMeeting());
  }

  private static ItemDraft draft(MeetingDto.ItemInput input) {
    MeetingDto.ItemInput in = GovernanceInput.required(input);
    List<Violation> v = new ArrayList<>();
    ItemType type = ApiInput.enumValue(v, ItemType.class, "type", in.type());
    GovernanceInput.refuse(v);
    return new ItemDraft(
        in.title(),
        type,
        in.ownerName(),
        in.proposedDecision(),
        in.fundingVersionId(),
        in.figuresSnapshotId());
  }

  static ActionDraft draft(MeetingDto.ActionInput input) {
    MeetingDto.ActionInput in = GovernanceInput.required(input);
    List<Violation> v = new ArrayList<>();
    var deadline = ApiInput.date(v, "deadline", in.deadline());
    GovernanceInput.refuse(v);
    return new ActionDraft(
        in.description(),
        in.ownerName(),
        in.ownerEmail(),
        in.ownerUsername(),
        deadline,
        in.itemId());
  }
}
