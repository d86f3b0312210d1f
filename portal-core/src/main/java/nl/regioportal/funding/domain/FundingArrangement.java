package nl.regioportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Locale;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * What the region pays for together (e.g. "Buurtteam MBO 2027") and in which budget year. Its
 * funding keys are {@link FundingVersion}s. Invariant: within a region, title (ignoring case and
 * surrounding spaces) and year are unique.
 */
@Entity
@Table(name = "funding_arrangement")
public class FundingArrangement extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version")
  private long revision;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "title_key", nullable = false, length = 200)
  private String titleKey;

  @Column(name = "budget_year", nullable = false)
  private int budgetYear;

  @Column(name = "description", length = 2000)
  private String description;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected FundingArrangement() {}

  public FundingArrangement(
      String title, int budgetYear, String description, String createdBy, LocalDateTime now) {
    this.title = title.trim();
    this.titleKey = keyOf(title);
    this.budgetYear = budgetYear;
    this.description = description;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** The comparison form of a title: trimmed, single spaces, lower case. */
  public static String keyOf(String title) {
    return title.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public int budgetYear() {
    return budgetYear;
  }

  public String description() {
    return description;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
