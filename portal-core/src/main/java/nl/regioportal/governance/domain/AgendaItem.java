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
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * An item on a meeting's agenda: its place, title, type, owner, the proposed decision and what it
 * is about in the portal (a funding-key version).
 *
 * <p>Invariants: built and changed only from {@link MeetingRules.ValidItem} values; a decision item
 * has a proposed decision; positions of one meeting's items are 1, 2, ... (kept by the service).
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  @Column(name = "position_no", nullable = false)
  private int position;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", nullable = false, length = 20)
  private ItemType type;

  @Column(name = "owner_name", nullable = false, length = 200)
  private String ownerName;

  @Column(name = "proposed_decision", length = 4000)
  private String proposedDecision;

  @Column(name = "funding_version_id")
  private Long fundingVersionId;

  @Column(name = "figures_snapshot_id")
  private Long figuresSnapshotId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected AgendaItem() {}

  public AgendaItem(long meetingId, int position, MeetingRules.ValidItem values) {
    this.meetingId = meetingId;
    this.position = position;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    revise(values);
  }

  public void revise(MeetingRules.ValidItem v) {
    this.title = v.title();
    this.type = v.type();
    this.ownerName = v.ownerName();
    this.proposedDecision = v.proposedDecision();
    this.fundingVersionId = v.fundingVersionId();
    this.figuresSnapshotId = v.figuresSnapshotId();
    this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long meetingId() {
    return meetingId;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public ItemType type() {
    return type;
  }

  public String ownerName() {
    return ownerName;
  }

  public String proposedDecision() {
    return proposedDecision;
  }

  public Long fundingVersionId() {
    return fundingVersionId;
  }

  public Long figuresSnapshotId() {
    return figuresSnapshotId;
  }
}
