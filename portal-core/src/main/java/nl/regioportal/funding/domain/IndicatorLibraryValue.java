package nl.regioportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * One municipality's value of an indicator on a reference date, in the region's library. A set
 * (indicator and reference date) is replaced whole by a later import of the same set.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorLibraryValue extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "indicator", nullable = false, length = 40)
  private String indicator;

  @Column(name = "reference_date", nullable = false)
  private LocalDate referenceDate;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "suppressed_as_four", nullable = false)
  private boolean suppressedAsFour;

  @Column(name = "source", nullable = false, length = 200)
  private String source;

  @Column(name = "imported_at", nullable = false)
  private LocalDateTime importedAt;

  @Column(name = "imported_by", nullable = false, length = 100)
  private String importedBy;

  protected IndicatorLibraryValue() {}

  public IndicatorLibraryValue(
      String indicator,
      LocalDate referenceDate,
      String municipalityCode,
      BigDecimal amount,
      boolean suppressedAsFour,
      String source,
      LocalDateTime importedAt,
      String importedBy) {
    this.indicator = indicator;
    this.referenceDate = referenceDate;
    this.municipalityCode = municipalityCode;
    this.amount = amount;
    this.suppressedAsFour = suppressedAsFour;
    this.source = source;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  public String indicator() {
    return indicator;
  }

  public LocalDate referenceDate() {
    return referenceDate;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public BigDecimal amount() {
    return amount.stripTrailingZeros();
  }

  public boolean suppressedAsFour() {
    return suppressedAsFour;
  }

  public String source() {
    return source;
  }

  public LocalDateTime importedAt() {
    return importedAt;
  }

  public String importedBy() {
    return importedBy;
  }
}
