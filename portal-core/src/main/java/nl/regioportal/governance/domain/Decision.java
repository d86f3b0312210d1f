package nl.regioportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * What a body decided on an agenda item: the outcome and its wording, who recorded it and when.
 *
 * <p>Invariants: one per item (the database holds it unique); never changed once recorded (a body
 * changes its mind by a new decision at a later meeting); an adopted decision on an item about a
 * funding-key version locked that version in the same transaction, naming this decision.
 */
@Entity
@Table(name = "governance_decision")
public class Decision extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20)
  private DecisionOutcome outcome;

  @Column(name = "decision_text", nullable = false, length = 4000)
  private String text;

  @Column(name = "funding_version_id")
  private Long fundingVersionId;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected Decision() {}

  public Decision(
      AgendaItem item, MeetingRules.ValidDecision values, String recordedBy, LocalDateTime at) {
    this.meetingId = item.meetingId();
    this.itemId = item.id();
    this.outcome = values.outcome();
    this.text = values.text();
    this.fundingVersionId = item.fundingVersionId();
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  public Long id() {
    return id;
  }

  public long meetingId() {
    return meetingId;
  }

  public long itemId() {
    return itemId;
  }

  public DecisionOutcome outcome() {
    return outcome;
  }

  public String text() {
    return text;
  }

  public Long fundingVersionId() {
    return fundingVersionId;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime recordedAt() {
    return recordedAt;
  }
}
