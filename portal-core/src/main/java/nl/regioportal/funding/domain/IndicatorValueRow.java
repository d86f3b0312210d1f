package nl.regioportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One municipality's value of one indicator in a stored key, with where it came from. DUO publishes
 * counts under 5 as 4 and flags them; the flag is kept so every reader sees it.
 */
@Embeddable
public class IndicatorValueRow {

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "indicator", nullable = false, length = 40)
  private String indicator;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "suppressed_as_four", nullable = false)
  private boolean suppressedAsFour;

  @Column(name = "source", length = 200)
  private String source;

  @Column(name = "reference_date")
  private LocalDate referenceDate;

  protected IndicatorValueRow() {}

  public IndicatorValueRow(
      String municipalityCode,
      String indicator,
      BigDecimal amount,
      boolean suppressedAsFour,
      String source,
      LocalDate referenceDate) {
    this.municipalityCode = municipalityCode;
    this.indicator = indicator;
    this.amount = amount;
    this.suppressedAsFour = suppressedAsFour;
    this.source = source;
    this.referenceDate = referenceDate;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public String indicator() {
    return indicator;
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

  public LocalDate referenceDate() {
    return referenceDate;
  }
}
