package nl.regioportal.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * How long a region keeps the personal data of its closed referrals (issue 10, point 8), set by its
 * coordinators: {@value #MIN_MONTHS} to {@value #MAX_MONTHS} months; a region without one keeps
 * them {@value #DEFAULT_MONTHS} months. At most one per region.
 */
@Entity
@Table(name = "referral_retention")
public class RetentionPeriod extends TenantOwned {

  public static final int DEFAULT_MONTHS = 24;
  public static final int MIN_MONTHS = 6;
  public static final int MAX_MONTHS = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "months", nullable = false)
  private int months;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected RetentionPeriod() {}

  public RetentionPeriod(int months, String by, LocalDateTime now) {
    set(months, by, now);
  }

  /** Whether {@code months} is a period a region may set. */
  public static boolean allowed(int months) {
    return months >= MIN_MONTHS && months <= MAX_MONTHS;
  }

  public void set(int months, String by, LocalDateTime now) {
    if (!allowed(months)) {
      throw new IllegalArgumentException("A retention period is 6 to 120 months, not " + months);
    }
    this.months = months;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public int months() {
    return months;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
