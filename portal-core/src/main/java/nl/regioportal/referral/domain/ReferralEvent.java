package nl.regioportal.referral.domain;

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

/** One step of a referral's timeline, as both sides see it. Append-only. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent extends TenantOwned {

  /** What happened. */
  public enum Kind {
    CREATED,
    SUBMITTED,
    DELIVERED,
    DELIVERY_FAILED,
    DEAD_LETTER,
    DELIVERY_RETRIED,
    ANSWERED,
    WITHDRAWN,
    CONSENT_WITHDRAWN,
    INBOUND_DUPLICATE,
    REMINDED,
    ESCALATED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Column(name = "at", nullable = false)
  private LocalDateTime at;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 20)
  private ReferralState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", length = 20)
  private ReferralState toState;

  @Column(name = "detail", length = 2000)
  private String detail;

  protected ReferralEvent() {}

  public ReferralEvent(
      long referralId,
      LocalDateTime at,
      String actor,
      Kind kind,
      ReferralState from,
      ReferralState to,
      String detail) {
    this.referralId = referralId;
    this.at = at;
    this.actor = actor;
    this.kind = kind;
    this.fromState = from;
    this.toState = to;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public long id() {
    return id;
  }

  public long referralId() {
    return referralId;
  }

  public LocalDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public Kind kind() {
    return kind;
  }

  public ReferralState fromState() {
    return fromState;
  }

  public ReferralState toState() {
    return toState;
  }

  /** Removes the free text (retention: a note or reason may name the student). */
  public void eraseDetail() {
    this.detail = null;
  }

  public String detail() {
    return detail;
  }
}
