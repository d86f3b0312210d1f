package nl.regioportal.web.governance;

import java.util.List;
import nl.regioportal.governance.application.MeetingView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting of a governing body with its agenda, each item's decision, the actions raised at it and
 * the body's open actions carried to it. Times are Dutch local time ({@code YYYY-MM-DDTHH:MM:SS},
 * no offset). {@code status}: PLANNED, AGENDA_PUBLISHED, HELD, MINUTES_APPROVED, CANCELLED; {@code
 * sequence} rises each time the meeting moves or is cancelled; {@code uid} is its stable calendar
 * UID.
 */
public record MeetingDto(
    long id,
    long version,
    long bodyId,
    String bodyName,
    String title,
    String startsAt,
    String endsAt,
    String location,
    String onlineUrl,
    boolean publicMeeting,
    @Schema(enumeration = {"PLANNED", "AGENDA_PUBLISHED", "HELD", "MINUTES_APPROVED", "CANCELLED"})
        String status,
    int sequence,
    String uid,
    String agendaPublishedAt,
    List<ItemDto> items,
    List<ActionDto> actions,
    List<ActionDto> carriedActions) {

  static MeetingDto of(MeetingView m) {
    return new MeetingDto(
        m.id(),
        m.version(),
        m.bodyId(),
        m.bodyName(),
        m.title(),
        time(m.startsAt()),
        time(m.endsAt()),
        m.location(),
        m.onlineUrl(),
        m.publicMeeting(),
        m.status().name(),
        m.sequence(),
        m.uid(),
        time(m.agendaPublishedAt()),
        m.items().stream().map(ItemDto::of).toList(),
        m.actions().stream().map(ActionDto::of).toList(),
        m.carried().stream().map(ActionDto::of).toList());
  }

  /**
   * An agenda item: {@code type} INFORMATION, DISCUSSION or DECISION; {@code fundingVersion} the
   * funding-key version it is about; {@code figuresSnapshotId} the figures it puts on the table
   * (frozen from then on); {@code decision} once taken.
   */
  public record ItemDto(
      long id,
      long version,
      int position,
      String title,
      @Schema(enumeration = {"INFORMATION", "DISCUSSION", "DECISION"}) String type,
      String ownerName,
      String proposedDecision,
      FundingLinkDto fundingVersion,
      Long figuresSnapshotId,
      String figuresSnapshotLabel,
      DecisionDto decision) {

    static ItemDto of(MeetingView.Item i) {
      return new ItemDto(
          i.id(),
          i.version(),
          i.position(),
          i.title(),
          i.type().name(),
          i.ownerName(),
          i.proposedDecision(),
          FundingLinkDto.of(i.fundingVersion()),
          i.figuresSnapshotId(),
          i.figuresSnapshotLabel(),
          i.decision() == null ? null : DecisionDto.of(i.decision()));
    }
  }

  /** A funding-key version: its arrangement, number and status. */
  public record FundingLinkDto(long id, String arrangementTitle, int number, String status) {
    static FundingLinkDto of(MeetingView.FundingLink f) {
      return f == null
          ? null
          : new FundingLinkDto(f.id(), f.arrangementTitle(), f.number(), f.status().name());
    }
  }

  /** A decision with where it was taken: {@code outcome} ADOPTED, REJECTED, DEFERRED, WITHDRAWN. */
  public record DecisionDto(
      long id,
      long meetingId,
      String meetingTitle,
      String meetingStartsAt,
      long bodyId,
      String bodyName,
      long itemId,
      int itemPosition,
      String itemTitle,
      @Schema(enumeration = {"ADOPTED", "REJECTED", "DEFERRED", "WITHDRAWN"}) String outcome,
      String text,
      FundingLinkDto fundingVersion,
      String recordedBy,
      String recordedAt) {

    static DecisionDto of(MeetingView.Decision d) {
      return new DecisionDto(
          d.id(),
          d.meetingId(),
          d.meetingTitle(),
          time(d.meetingStartsAt()),
          d.bodyId(),
          d.bodyName(),
          d.itemId(),
          d.itemPosition(),
          d.itemTitle(),
          d.outcome().name(),
          d.text(),
          FundingLinkDto.of(d.fundingVersion()),
          d.recordedBy(),
          time(d.recordedAt()));
    }
  }

  /**
   * An action: {@code light} GREEN, AMBER (deadline within 7 days), RED (overdue) or DONE. {@code
   * doneAt} is UTC.
   */
  public record ActionDto(
      long id,
      long version,
      long bodyId,
      String bodyName,
      long meetingId,
      String meetingTitle,
      String meetingStartsAt,
      Long itemId,
      String description,
      String ownerName,
      String ownerEmail,
      String ownerUsername,
      String deadline,
      boolean done,
      String doneAt,
      String doneBy,
      @Schema(enumeration = {"GREEN", "AMBER", "RED", "DONE"}) String light) {

    static ActionDto of(MeetingView.Action a) {
      return new ActionDto(
          a.id(),
          a.version(),
          a.bodyId(),
          a.bodyName(),
          a.meetingId(),
          a.meetingTitle(),
          time(a.meetingStartsAt()),
          a.itemId(),
          a.description(),
          a.ownerName(),
          a.ownerEmail(),
          a.ownerUsername(),
          a.deadline().toString(),
          a.done(),
          time(a.doneAt()),
          a.doneBy(),
          a.light().name());
    }
  }

  /** A meeting in a list. */
  public record SummaryDto(
      long id,
      long bodyId,
      String bodyName,
      String title,
      String startsAt,
      String endsAt,
      String location,
      boolean online,
      String status,
      int items) {
    static SummaryDto of(MeetingView.Summary s) {
      return new SummaryDto(
          s.id(),
          s.bodyId(),
          s.bodyName(),
          s.title(),
          time(s.startsAt()),
          time(s.endsAt()),
          s.location(),
          s.online(),
          s.status().name(),
          s.items());
    }
  }

  public record ListDto(List<SummaryDto> items) {}

  public record DecisionListDto(List<DecisionDto> items) {}

  public record ActionListDto(List<ActionDto> items) {}

  /** What a client sends to schedule or move a meeting; {@code version} when moving. */
  public record Input(
      Long bodyId,
      String title,
      String startsAt,
      String endsAt,
      String location,
      String onlineUrl,
      Boolean publicMeeting,
      Long version) {}

  /** What a client sends to add or change an agenda item; {@code version} when changing. */
  public record ItemInput(
      String title,
      String type,
      String ownerName,
      String proposedDecision,
      Long fundingVersionId,
      Long figuresSnapshotId,
      Long version) {}

  /** What a client sends to record a decision on an item. */
  public record DecisionInput(String outcome, String text) {}

  /** What a client sends to add or change an action: {@code deadline} YYYY-MM-DD. */
  public record ActionInput(
      String description,
      String ownerName,
      String ownerEmail,
      String ownerUsername,
      String deadline,
      Long itemId,
      Long version) {}

  /** Marks an action done ({@code true}) or open again. */
  public record DoneInput(Boolean done) {}

  private static final java.time.format.DateTimeFormatter SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  static String time(java.time.LocalDateTime t) {
    return t == null ? null : SECONDS.format(t);
  }
}
