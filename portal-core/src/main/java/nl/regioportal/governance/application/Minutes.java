package nl.regioportal.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.regioportal.governance.calendar.MinutesPdf;
import nl.regioportal.governance.domain.GoverningBody;
import nl.regioportal.governance.domain.Meeting;
import nl.regioportal.governance.domain.MeetingMinutes;
import nl.regioportal.governance.domain.MeetingStatus;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * A meeting's minutes (issue 11, point 5): a coordinator drafts them from the held meeting's
 * agenda, decisions and actions, edits the draft, and records that a later meeting of the body
 * approved them; from then on they are frozen, the meeting is closed (MINUTES_APPROVED) and the
 * minutes are a PDF. Every member of the region reads them.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Minutes {

  private static final String REFUSAL = "Only the region's coordinators keep the minutes.";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;
  @Inject Meetings meetings;

  Clock clock = Clock.systemUTC();

  /** Minutes as read: the draft or the approved text, and where they were approved. */
  public record View(
      long meetingId,
      long version,
      String text,
      LocalDateTime draftedAt,
      String draftedBy,
      LocalDateTime approvedAt,
      Long approvedAtMeetingId,
      String approvedAtTitle) {
    public boolean approved() {
      return approvedAt != null;
    }
  }

  public Optional<View> get(long meetingId) {
    access.requireMember();
    meeting(meetingId, LockModeType.NONE);
    return Optional.ofNullable(tenantEm.em().find(MeetingMinutes.class, meetingId)).map(this::view);
  }

  /** Drafts the minutes of a held meeting from its agenda (or answers the draft there is). */
  public View draft(long meetingId) {
    access.requireManager(REFUSAL);
    Meeting m = meeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
    MeetingMinutes existing = tenantEm.em().find(MeetingMinutes.class, meetingId);
    if (existing != null) {
      return view(existing);
    }
    if (m.status() != MeetingStatus.HELD) {
      throw new ConflictException(Violation.of(null, "governance.minutes.notHeld"));
    }
    MeetingMinutes minutes =
        new MeetingMinutes(meetingId, template(meetings.get(meetingId)), caller.username(), now());
    tenantEm.em().persist(minutes);
    tenantEm.em().flush();
    return view(minutes);
  }

  public View save(long meetingId, long expectedVersion, String text) {
    access.requireManager(REFUSAL);
    meeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
    MeetingMinutes minutes = minutes(meetingId);
    if (minutes.isApproved()) {
      throw new ConflictException(Violation.of(null, "governance.minutes.frozen"));
    }
    if (minutes.version() != expectedVersion) {
      throw new ConflictException(Violation.of(null, "governance.minutes.stale"));
    }
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InvalidInputException(List.of(Violation.of("text", "governance.minutes.required")));
    }
    if (t.length() > MeetingMinutes.MAX) {
      throw new InvalidInputException(
          List.of(Violation.of("text", "governance.minutes.tooLong", MeetingMinutes.MAX)));
    }
    minutes.revise(t, caller.username(), now());
    tenantEm.em().flush();
    return view(minutes);
  }

  /** The later meetings of the body that may approve the minutes: their day has come. */
  public List<MeetingView.Summary> approvers(long meetingId) {
    access.requireMember();
    Meeting m = meeting(meetingId, LockModeType.NONE);
    LocalDate today = LocalDate.now(clock.withZone(MeetingRegister.DUTCH));
    return meetings.list(m.bodyId()).stream()
        .filter(s -> s.startsAt().isAfter(m.startsAt()))
        .filter(s -> s.status() != MeetingStatus.CANCELLED)
        .filter(s -> !s.startsAt().toLocalDate().isAfter(today))
        .toList();
  }

  /** Records that {@code atMeetingId} approved the minutes: frozen, the meeting closed. */
  public View approve(long meetingId, long atMeetingId) {
    access.requireManager(REFUSAL);
    Meeting m = meeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
    MeetingMinutes minutes = minutes(meetingId);
    if (minutes.isApproved()) {
      throw new ConflictException(Violation.of(null, "governance.minutes.frozen"));
    }
    if (approvers(meetingId).stream().noneMatch(s -> s.id() == atMeetingId)) {
      throw new InvalidInputException(
          List.of(Violation.of("atMeetingId", "governance.minutes.approver", atMeetingId)));
    }
    minutes.approve(atMeetingId, caller.username(), now());
    m.minutesApproved();
    tenantEm.em().flush();
    return view(minutes);
  }

  /** The approved minutes as PDF; minutes not (yet) approved answer as not found. */
  public byte[] pdf(long meetingId) {
    View v =
        get(meetingId)
            .filter(View::approved)
            .orElseThrow(() -> new NotFoundException("approved minutes", meetingId));
    Meeting m = meeting(meetingId, LockModeType.NONE);
    GoverningBody body = tenantEm.em().find(GoverningBody.class, m.bodyId());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      MinutesPdf.write(
          "Verslag " + m.title() + " (" + (body == null ? "" : body.name()) + ")",
          v.text(),
          "Vastgesteld in " + v.approvedAtTitle() + " / approved at " + v.approvedAtTitle(),
          out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The draft's first text: when and where, the items with their decisions, the actions. */
  static String template(MeetingView m) {
    StringBuilder b = new StringBuilder();
    b.append("Verslag ").append(m.title()).append(" (").append(m.bodyName()).append(")\n");
    b.append("Datum: ").append(DAY.format(m.startsAt()));
    if (m.location() != null) {
      b.append("; plaats: ").append(m.location());
    }
    b.append("\n\nAanwezig: \nAfwezig: \n");
    for (MeetingView.Item i : m.items()) {
      b.append("\n").append(i.position()).append(". ").append(i.title()).append("\n");
      if (i.decision() != null) {
        b.append("   Besluit (")
            .append(i.decision().outcome().name().toLowerCase(java.util.Locale.ROOT))
            .append("): ")
            .append(i.decision().text())
            .append("\n");
      }
      b.append("   Besproken: \n");
    }
    if (!m.actions().isEmpty()) {
      b.append("\nActies:\n");
      for (MeetingView.Action a : m.actions()) {
        b.append("- ")
            .append(a.description())
            .append(" (")
            .append(a.ownerName())
            .append(", klaar op ")
            .append(DAY.format(a.deadline()))
            .append(")\n");
      }
    }
    return b.toString();
  }

  private View view(MeetingMinutes x) {
    String at = null;
    if (x.approvedAtMeetingId() != null) {
      Meeting a = tenantEm.em().find(Meeting.class, x.approvedAtMeetingId());
      at = a == null ? null : a.title() + ", " + DAY.format(a.startsAt());
    }
    return new View(
        x.meetingId(),
        x.version(),
        x.text(),
        x.draftedAt(),
        x.draftedBy(),
        x.approvedAt(),
        x.approvedAtMeetingId(),
        at);
  }

  private Meeting meeting(long id, LockModeType lock) {
    Meeting m = tenantEm.em().find(Meeting.class, id, lock);
    if (m == null) {
      throw new NotFoundException("meeting", id);
    }
    return m;
  }

  private MeetingMinutes minutes(long meetingId) {
    MeetingMinutes minutes = tenantEm.em().find(MeetingMinutes.class, meetingId);
    if (minutes == null) {
      throw new NotFoundException("minutes", meetingId);
    }
    return minutes;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
