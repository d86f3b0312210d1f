package nl.regioportal.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import nl.regioportal.tenant.RegionCode;

/**
 * One unit of work on the system-scope path: a row of {@code system_job}, deliberately not
 * tenant-owned, so that a dispatcher can claim work of every region (ADR 0010). It names the region
 * it belongs to; its handler runs inside {@code runAs(region)} and sees only that region.
 *
 * <p>Invariants: {@code kind} and {@code payload} never change; the status moves {@code PENDING ->
 * IN_FLIGHT -> DONE}, or back to {@code PENDING} after a failure (with a later {@code
 * available_at}), or to {@code DEAD} after the last attempt. An {@code IN_FLIGHT} row whose lease
 * ran out (its instance died) may be claimed again: handlers de-duplicate on the job's id.
 */
@Entity
@Table(name = "system_job")
public class SystemJob {

  /** Where a job is in its life. */
  public enum Status {
    PENDING,
    IN_FLIGHT,
    DONE,
    DEAD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 60, updatable = false)
  private String kind;

  @Column(name = "region_code", length = 2, updatable = false)
  private String regionCode;

  @Column(nullable = false, length = 4000, updatable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "available_at", nullable = false)
  private LocalDateTime availableAt;

  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "claimed_until")
  private LocalDateTime claimedUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected SystemJob() {}

  SystemJob(String kind, RegionCode region, String payload, LocalDateTime now) {
    this.kind = Objects.requireNonNull(kind, "kind is required");
    this.regionCode = region == null ? null : region.value();
    this.payload = Objects.requireNonNull(payload, "payload is required");
    if (kind.isBlank() || kind.length() > 60) {
      throw new IllegalArgumentException("A job kind has 1 to 60 characters: " + kind);
    }
    if (payload.length() > 4000) {
      throw new IllegalArgumentException("A job's payload has at most 4000 characters");
    }
    this.status = Status.PENDING;
    this.attempts = 0;
    this.availableAt = Objects.requireNonNull(now, "now is required");
    this.createdAt = now;
  }

  void claim(String by, LocalDateTime until) {
    status = Status.IN_FLIGHT;
    attempts++;
    claimedBy = by;
    claimedUntil = until;
  }

  /** Handed back unstarted (its instance is stopping): pending again, the attempt not counted. */
  void released(LocalDateTime now) {
    status = Status.PENDING;
    attempts = Math.max(0, attempts - 1);
    claimedUntil = null;
    availableAt = now;
  }

  /**
   * A pending job held back by its back-off becomes due at {@code now}; whether it was held back. A
   * job in flight, or one due already, is left as it is.
   */
  boolean dueAgain(LocalDateTime now) {
    if (status != Status.PENDING || !availableAt.isAfter(now)) {
      return false;
    }
    availableAt = now;
    return true;
  }

  void finish(LocalDateTime now) {
    status = Status.DONE;
    finishedAt = now;
    claimedUntil = null;
    lastError = null;
  }

  void failed(String error, LocalDateTime retryAt, boolean lastAttempt, LocalDateTime now) {
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    claimedUntil = null;
    if (lastAttempt) {
      status = Status.DEAD;
      finishedAt = now;
    } else {
      status = Status.PENDING;
      availableAt = retryAt;
    }
  }

  public Long id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public Optional<RegionCode> region() {
    return Optional.ofNullable(regionCode).map(RegionCode::new);
  }

  public String payload() {
    return payload;
  }

  public Status status() {
    return status;
  }

  /** When the job is (next) due. */
  public LocalDateTime availableAt() {
    return availableAt;
  }

  public int attempts() {
    return attempts;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }
}
