package nl.regioportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * A meeting's minutes: drafted from its agenda, decisions and actions, edited while a draft,
 * approved at a later meeting of the body and frozen from then on.
 *
 * <p>Invariants: one per meeting; once approved the text never changes again.
 */
@Entity
@Table(name = "meeting_minutes")
public class MeetingMinutes extends TenantOwned {

  /** The longest minutes kept. */
  public static final int MAX = 100_000;

  @Id
  @Column(name = "meeting_id")
  private Long meetingId;

  @Version private long version;

  @Lob
  @Column(name = "minutes_text", nullable = false)
  private String text;

  @Column(name = "drafted_at", nullable = false)
  private LocalDateTime draftedAt;

  @Column(name = "drafted_by", nullable = false, length = 100)
  private String draftedBy;

  @Column(name = "approved_at")
  private LocalDateTime approvedAt;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at_meeting_id")
  private Long approvedAtMeetingId;

  protected MeetingMinutes() {}

  public MeetingMinutes(long meetingId, String text, String by, LocalDateTime at) {
    this.meetingId = meetingId;
    this.text = text;
    this.draftedBy = by;
    this.draftedAt = at;
  }

  public void revise(String text, String by, LocalDateTime at) {
    requireDraft();
    this.text = text;
    this.draftedBy = by;
    this.draftedAt = at;
  }

  public void approve(long atMeetingId, String by, LocalDateTime at) {
    requireDraft();
    this.approvedAtMeetingId = atMeetingId;
    this.approvedBy = by;
    this.approvedAt = at;
  }

  private void requireDraft() {
    if (approvedAt != null) {
      throw new IllegalStateException("Approved minutes are frozen");
    }
  }

  public boolean isApproved() {
    return approvedAt != null;
  }

  public long meetingId() {
    return meetingId;
  }

  public long version() {
    return version;
  }

  public String text() {
    return text;
  }

  public LocalDateTime draftedAt() {
    return draftedAt;
  }

  public String draftedBy() {
    return draftedBy;
  }

  public LocalDateTime approvedAt() {
    return approvedAt;
  }

  public Long approvedAtMeetingId() {
    return approvedAtMeetingId;
  }
}
