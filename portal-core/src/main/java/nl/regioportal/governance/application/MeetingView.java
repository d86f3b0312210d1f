package nl.regioportal.governance.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.governance.domain.DecisionOutcome;
import nl.regioportal.governance.domain.ItemType;
import nl.regioportal.governance.domain.MeetingStatus;
import nl.regioportal.governance.domain.TrafficLight;

/**
 * A meeting as its pages and the API show it: its agenda with each item's decision, the actions
 * raised at it and the body's actions carried to it (raised at an earlier meeting and still open
 * when it began). Times are Dutch local time.
 */
public record MeetingView(
    long id,
    long version,
    long bodyId,
    String bodyName,
    String title,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String location,
    String onlineUrl,
    boolean publicMeeting,
    MeetingStatus status,
    int sequence,
    String uid,
    LocalDateTime agendaPublishedAt,
    List<Item> items,
    List<Action> actions,
    List<Action> carried) {

  /** An agenda item with the funding-key version it is about and its decision, if taken. */
  public record Item(
      long id,
      long version,
      int position,
      String title,
      ItemType type,
      String ownerName,
      String proposedDecision,
      FundingLink fundingVersion,
      Long figuresSnapshotId,
      String figuresSnapshotLabel,
      Decision decision) {}

  /** The funding-key version an item or decision is about. */
  public record FundingLink(long id, String arrangementTitle, int number, VersionStatus status) {}

  /** A decision as the decision list shows it, with where it was taken. */
  public record Decision(
      long id,
      long meetingId,
      String meetingTitle,
      LocalDateTime meetingStartsAt,
      long bodyId,
      String bodyName,
      long itemId,
      int itemPosition,
      String itemTitle,
      DecisionOutcome outcome,
      String text,
      FundingLink fundingVersion,
      String recordedBy,
      LocalDateTime recordedAt) {}

  /** An action on a body's list, with its traffic light today. */
  public record Action(
      long id,
      long version,
      long bodyId,
      String bodyName,
      long meetingId,
      String meetingTitle,
      LocalDateTime meetingStartsAt,
      Long itemId,
      String description,
      String ownerName,
      String ownerEmail,
      String ownerUsername,
      LocalDate deadline,
      boolean done,
      LocalDateTime doneAt,
      String doneBy,
      TrafficLight light) {}

  /** A meeting in a list. */
  public record Summary(
      long id,
      long bodyId,
      String bodyName,
      String title,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String location,
      boolean online,
      MeetingStatus status,
      int items) {}
}
