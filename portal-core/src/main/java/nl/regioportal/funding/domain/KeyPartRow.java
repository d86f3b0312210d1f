package nl.regioportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One part of a stored key: a basis ({@code EQUAL} or an indicator) and its percentage. */
@Embeddable
public class KeyPartRow {

  @Column(name = "basis", nullable = false, length = 40)
  private String basis;

  @Column(name = "percent", nullable = false, precision = 9, scale = 4)
  private BigDecimal percent;

  protected KeyPartRow() {}

  public KeyPartRow(String basis, BigDecimal percent) {
    this.basis = basis;
    this.percent = percent;
  }

  public String basis() {
    return basis;
  }

  public BigDecimal percent() {
    return percent.stripTrailingZeros();
  }
}
