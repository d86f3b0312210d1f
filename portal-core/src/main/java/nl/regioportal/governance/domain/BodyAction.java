package nl.regioportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * An action on a body's action list: raised at a meeting (optionally on one of its items), owned by
 * a named person, due by a day; carried to the body's later meetings until it is done.
 *
 * <p>Invariants: built and changed only from {@link MeetingRules.ValidAction} values (a
 * description, an owner and a deadline, always); done or not, with who and when.
 */
@Entity
@Table(name = "governance_action")
public class BodyAction extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "body_id", nullable = false)
  private long bodyId;

  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  @Column(name = "item_id")
  private Long itemId;

  @Column(name = "description", nullable = false, length = 1000)
  private String description;

  @Column(name = "owner_name", nullable = false, length = 200)
  private String ownerName;

  @Column(name = "owner_email", length = 200)
  private String ownerEmail;

  @Column(name = "owner_username", length = 100)
  private String ownerUsername;

  @Column(name = "deadline", nullable = false)
  private LocalDate deadline;

  @Column(name = "done_at")
  private LocalDateTime doneAt;

  @Column(name = "done_by", length = 100)
  private String doneBy;

  @Column(name = "last_reminded_on")
  private LocalDate lastRemindedOn;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected BodyAction() {}

  public BodyAction(long bodyId, long meetingId, MeetingRules.ValidAction values) {
    this.bodyId = bodyId;
    this.meetingId = meetingId;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    revise(values);
  }

  /** Replaces the description, owner and deadline (not the meeting it was raised at). */
  public void revise(MeetingRules.ValidAction v) {
    this.itemId = v.itemId();
    this.description = v.description();
    this.ownerName = v.ownerName();
    this.ownerEmail = v.ownerEmail();
    this.ownerUsername = v.ownerUsername();
    this.deadline = v.deadline();
    this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public void done(String by, LocalDateTime at) {
    if (doneAt == null) {
      doneAt = at;
      doneBy = by;
      updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }
  }

  public void reopen() {
    doneAt = null;
    doneBy = null;
    lastRemindedOn = null;
    updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public void reminded(LocalDate on) {
    lastRemindedOn = on;
  }

  public boolean isDone() {
    return doneAt != null;
  }

  /** Still open when a meeting starting at {@code at} began (so it is on that meeting's list). */
  public boolean isOpenAt(LocalDateTime at) {
    return doneAt == null || doneAt.isAfter(at);
  }

  public TrafficLight light(LocalDate today) {
    return TrafficLight.of(deadline, isDone(), today);
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

  public long meetingId() {
    return meetingId;
  }

  public Long itemId() {
    return itemId;
  }

  public String description() {
    return description;
  }

  public String ownerName() {
    return ownerName;
  }

  public String ownerEmail() {
    return ownerEmail;
  }

  public String ownerUsername() {
    return ownerUsername;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public LocalDateTime doneAt() {
    return doneAt;
  }

  public String doneBy() {
    return doneBy;
  }

  public LocalDate lastRemindedOn() {
    return lastRemindedOn;
  }
}
