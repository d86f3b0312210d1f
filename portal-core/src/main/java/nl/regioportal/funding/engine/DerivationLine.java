package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * How one key part adds to one participant's share: {@code partCents × value / basisTotal}. The
 * share of the basis and the exact amount are derived ({@link #basisShare()}, {@link
 * #exactCents()}), so building the lines costs nothing when nobody reads them.
 *
 * @param basis {@link KeyPart#EQUAL} or the indicator name
 * @param percent the part's percentage of the total
 * @param partCents the part's amount, {@code total × percent / 100}, in cents (exact)
 * @param value the participant's value of the indicator ({@code 1} for {@code EQUAL})
 * @param suppressedAsFour the value is a count under 5 published as 4
 * @param basisTotal the sum of the values over all participants (the number of participants for
 *     {@code EQUAL})
 */
public record DerivationLine(
    String basis,
    BigDecimal percent,
    BigFraction partCents,
    BigDecimal value,
    boolean suppressedAsFour,
    BigDecimal basisTotal) {

  /** {@code value / basisTotal}, exact. */
  public BigFraction basisShare() {
    return Fractions.of(value).divide(Fractions.of(basisTotal));
  }

  /**
   * The participant's amount for this part before rounding, in cents: {@code partCents × share}.
   */
  public BigFraction exactCents() {
    return partCents.multiply(basisShare());
  }

  /** {@link #basisShare()} as a decimal with 6 places, for display. */
  public BigDecimal basisShareDecimal() {
    return Fractions.decimal(basisShare(), 6);
  }

  /** {@link #exactCents()} as euros with 4 decimals, for display. */
  public BigDecimal exactEuros() {
    return Fractions.euros(exactCents());
  }
}
