package nl.regioportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * A meeting of a governing body: when (Dutch local time) and where, and where it stands in its life
 * cycle (planned, agenda published, held, minutes approved; or cancelled).
 *
 * <p>Invariants: built and changed only from {@link MeetingRules.ValidMeeting} values; moves only
 * along the life cycle, each step allowed by {@link MeetingRules} (the service checks, this class
 * refuses what it must never do); {@code uid} never changes; {@code sequence} rises each time the
 * meeting moves in time or place or is cancelled, so a calendar that had it updates it.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "body_id", nullable = false)
  private long bodyId;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(name = "location", length = 300)
  private String location;

  @Column(name = "online_url", length = 500)
  private String onlineUrl;

  @Column(name = "public_meeting", nullable = false)
  private boolean publicMeeting;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private MeetingStatus status;

  @Column(name = "sequence_no", nullable = false)
  private int sequence;

  @Column(name = "uid", nullable = false, length = 80)
  private String uid;

  @Column(name = "agenda_published_at")
  private LocalDateTime agendaPublishedAt;

  @Column(name = "held_at")
  private LocalDateTime heldAt;

  @Column(name = "cancelled_at")
  private LocalDateTime cancelledAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected Meeting() {}

  public Meeting(MeetingRules.ValidMeeting values, String uidDomain) {
    this.bodyId = values.bodyId();
    this.status = MeetingStatus.PLANNED;
    this.uid = UUID.randomUUID() + "@" + uidDomain;
    this.createdAt = now();
    apply(values);
  }

  /**
   * Replaces the meeting's values (not its body); a new time or place raises the sequence.
   *
   * @throws IllegalStateException once the meeting is held or cancelled
   */
  public void revise(MeetingRules.ValidMeeting v) {
    requireUpcoming();
    boolean moved =
        !v.startsAt().equals(startsAt)
            || !v.endsAt().equals(endsAt)
            || !Objects.equals(v.location(), location)
            || !Objects.equals(v.onlineUrl(), onlineUrl);
    apply(v);
    if (moved) {
      sequence++;
    }
  }

  public void publishAgenda(LocalDateTime at) {
    if (status != MeetingStatus.PLANNED) {
      throw new IllegalStateException("Only a planned meeting's agenda is published: " + status);
    }
    status = MeetingStatus.AGENDA_PUBLISHED;
    agendaPublishedAt = at;
    updatedAt = now();
  }

  public void held(LocalDateTime at) {
    requireUpcoming();
    status = MeetingStatus.HELD;
    heldAt = at;
    updatedAt = now();
  }

  /** The minutes were approved (at a later meeting): the meeting is closed for good. */
  public void minutesApproved() {
    if (status != MeetingStatus.HELD) {
      throw new IllegalStateException("Only a held meeting's minutes are approved: " + status);
    }
    status = MeetingStatus.MINUTES_APPROVED;
    updatedAt = now();
  }

  public void cancel(LocalDateTime at) {
    requireUpcoming();
    status = MeetingStatus.CANCELLED;
    cancelledAt = at;
    sequence++;
    updatedAt = now();
  }

  private void requireUpcoming() {
    if (!status.isUpcoming()) {
      throw new IllegalStateException("The meeting is " + status);
    }
  }

  private void apply(MeetingRules.ValidMeeting v) {
    this.title = v.title();
    this.startsAt = v.startsAt();
    this.endsAt = v.endsAt();
    this.location = v.location();
    this.onlineUrl = v.onlineUrl();
    this.publicMeeting = v.publicMeeting();
    this.updatedAt = now();
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long bodyId() {
    return bodyId;
  }

  public String title() {
    return title;
  }

  public LocalDateTime startsAt() {
    return startsAt;
  }

  public LocalDateTime endsAt() {
    return endsAt;
  }

  public String location() {
    return location;
  }

  public String onlineUrl() {
    return onlineUrl;
  }

  public boolean isPublic() {
    return publicMeeting;
  }

  public MeetingStatus status() {
    return status;
  }

  public int sequence() {
    return sequence;
  }

  public String uid() {
    return uid;
  }

  public LocalDateTime agendaPublishedAt() {
    return agendaPublishedAt;
  }

  public LocalDateTime heldAt() {
    return heldAt;
  }

  public LocalDateTime cancelledAt() {
    return cancelledAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }
}
