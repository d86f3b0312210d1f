package nl.regioportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/** A participating municipality's approval of or objection to a published version. */
@Embeddable
public class ReviewRow {

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, length = 10)
  private ReviewDecision decision;

  @Column(name = "comment_text", length = 2000)
  private String comment;

  @Column(name = "decided_by", nullable = false, length = 100)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private LocalDateTime decidedAt;

  protected ReviewRow() {}

  public ReviewRow(
      String municipalityCode,
      ReviewDecision decision,
      String comment,
      String decidedBy,
      LocalDateTime decidedAt) {
    this.municipalityCode = municipalityCode;
    this.decision = decision;
    this.comment = comment;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public ReviewDecision decision() {
    return decision;
  }

  public String comment() {
    return comment;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public LocalDateTime decidedAt() {
    return decidedAt;
  }
}
