package nl.regioportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * The referral figures of a period as the table saw them: the figures as shown (small counts
 * suppressed, the counts that would give them away withheld), kept as JSON, never the exact counts.
 * Frozen once it is on an agenda item: from then on it is not removed.
 *
 * <p>Invariants: its content never changes; frozen stays frozen.
 */
@Entity
@Table(name = "figures_snapshot")
public class FiguresSnapshot extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Lob
  @Column(name = "content", nullable = false)
  private String content;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "frozen_at")
  private LocalDateTime frozenAt;

  protected FiguresSnapshot() {}

  public FiguresSnapshot(
      String label,
      LocalDate from,
      LocalDate to,
      String content,
      String createdBy,
      LocalDateTime at) {
    this.label = label;
    this.periodFrom = from;
    this.periodTo = to;
    this.content = content;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  public void freeze(LocalDateTime at) {
    if (frozenAt == null) {
      frozenAt = at;
    }
  }

  public boolean isFrozen() {
    return frozenAt != null;
  }

  public Long id() {
    return id;
  }

  public String label() {
    return label;
  }

  public LocalDate periodFrom() {
    return periodFrom;
  }

  public LocalDate periodTo() {
    return periodTo;
  }

  public String content() {
    return content;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime frozenAt() {
    return frozenAt;
  }
}
