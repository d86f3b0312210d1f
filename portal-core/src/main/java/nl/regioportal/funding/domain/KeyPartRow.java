package nl.regioportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One part of a stored key: a basis ({@code EQUAL} or an indicator) and its percentage. */
@Embeddable
public class KeyPartRow {

  @Column(name = "seq", nullable = false)
  private int seq;

  @Column(name = "basis", nullable = false, length = 40)
  private String basis;

  @Column(name = "percent", nullable = false, precision = 9, scale = 4)
  private BigDecimal percent;

  protected KeyPartRow() {}

  public KeyPartRow(String basis, BigDecimal percent) {
    this(0, basis, percent);
  }

  KeyPartRow(int seq, String basis, BigDecimal percent) {
    this.seq = seq;
    this.basis = basis;
    this.percent = percent;
  }

  KeyPartRow at(int position) {
    return new KeyPartRow(position, basis, percent);
  }

  public int seq() {
    return seq;
  }

  public String basis() {
    return basis;
  }

  public BigDecimal percent() {
    return percent.stripTrailingZeros();
  }
}
