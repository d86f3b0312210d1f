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
 * A seat in a governing body: a role, the member organisation it is held for (members and advisers
 * always have one) and a label. People hold it for terms ({@link SeatTerm}); the seat's row is the
 * lock under which its terms are checked for overlap.
 *
 * <p>Invariants: a body has at most one chair and one secretary seat (checked under a lock of the
 * body's row).
 */
@Entity
@Table(name = "body_seat")
public class BodySeat extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "body_id", nullable = false)
  private long bodyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private SeatRole role;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "label", length = 200)
  private String label;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected BodySeat() {}

  public BodySeat(long bodyId, GovernanceRules.ValidSeat values) {
    this.bodyId = bodyId;
    this.role = values.role();
    this.organisationId = values.organisationId();
    this.label = values.label();
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
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

  public SeatRole role() {
    return role;
  }

  public Long organisationId() {
    return organisationId;
  }

  public String label() {
    return label;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
