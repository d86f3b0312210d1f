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
 * A person holding a seat for a period ({@link TermPeriod}: the end is the last day, none is
 * open-ended).
 *
 * <p>Invariants: built only from {@link GovernanceRules.ValidTerm} values (a name, a start, an end
 * not before the start); the terms of one seat never overlap (checked under a lock of the seat's
 * row).
 */
@Entity
@Table(name = "seat_term")
public class SeatTerm extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "seat_id", nullable = false)
  private long seatId;

  @Column(name = "person_name", nullable = false, length = 200)
  private String personName;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "username", length = 100)
  private String username;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected SeatTerm() {}

  public SeatTerm(long seatId, GovernanceRules.ValidTerm values) {
    this.seatId = seatId;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    revise(values);
  }

  /** Replaces every value but the seat: a correction, or the term's end. */
  public void revise(GovernanceRules.ValidTerm v) {
    this.personName = v.personName();
    this.email = v.email();
    this.username = v.username();
    this.startDate = v.period().start();
    this.endDate = v.period().end();
    this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long seatId() {
    return seatId;
  }

  public String personName() {
    return personName;
  }

  public String email() {
    return email;
  }

  public String username() {
    return username;
  }

  public TermPeriod period() {
    return new TermPeriod(startDate, endDate);
  }
}
