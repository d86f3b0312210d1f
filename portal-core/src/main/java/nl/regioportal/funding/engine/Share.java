package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One participant's share and how it came about: {@code keyCents} is the sum of the lines' exact
 * amounts; {@code exactCents = keyCents + boundAdjustment} (its exact share within the bounds); and
 * {@code amountCents = exactCents + roundingAdjustment}.
 *
 * @param code the municipality
 * @param amountCents what it pays, in whole cents
 * @param keyCents its exact share by the key alone, before bounds
 * @param exactCents its exact share after bounds, before rounding
 * @param lines the derivation per key part, in key order (empty for a transition step)
 * @param bound which of its own bounds fixed its share, if any
 * @param boundAdjustment {@code exactCents − keyCents}: its own bound, or its part in
 *     redistributing the others' excess or deficit (zero when no bound applies anywhere)
 * @param roundingAdjustment {@code amountCents − exactCents}, in cents, {@code -1 < x < 1}
 */
public record Share(
    String code,
    long amountCents,
    BigFraction keyCents,
    BigFraction exactCents,
    List<DerivationLine> lines,
    Bound bound,
    BigFraction boundAdjustment,
    BigFraction roundingAdjustment) {

  /** Which bound fixed a share. */
  public enum Bound {
    NONE,
    MINIMUM,
    MAXIMUM
  }

  public Share {
    lines = List.copyOf(lines);
  }

  /** The amount in euros, scale 2. */
  public BigDecimal amount() {
    return Cents.toEuros(amountCents);
  }

  /** {@link #exactCents} as euros with 4 decimals, for display. */
  public BigDecimal exactEuros() {
    return Fractions.euros(exactCents);
  }

  /** {@link #boundAdjustment} as euros with 4 decimals, for display. */
  public BigDecimal boundAdjustmentEuros() {
    return Fractions.euros(boundAdjustment);
  }

  /** {@link #roundingAdjustment} in cents with 4 decimals, for display. */
  public BigDecimal roundingAdjustmentCents() {
    return Fractions.decimal(roundingAdjustment, 4);
  }
}
