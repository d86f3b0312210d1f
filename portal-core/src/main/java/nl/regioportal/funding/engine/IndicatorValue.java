package nl.regioportal.funding.engine;

import java.math.BigDecimal;

/**
 * One municipality's value of an indicator: a non-negative count or score.
 *
 * @param value the value (counts are whole numbers, risk scores may have decimals)
 * @param suppressedAsFour the source published a count under 5 as 4 (DUO's {@code INDICATIEAVG=J});
 *     shown in the derivation, it does not change the arithmetic
 */
public record IndicatorValue(BigDecimal value, boolean suppressedAsFour) {

  /** A plain (not suppressed) value. */
  public static IndicatorValue of(long value) {
    return new IndicatorValue(BigDecimal.valueOf(value), false);
  }

  /** A plain (not suppressed) value from decimal text, e.g. {@code "12.75"}. */
  public static IndicatorValue of(String value) {
    return new IndicatorValue(new BigDecimal(value), false);
  }

  /** A count the source published as 4 because the real count is under 5. */
  public static IndicatorValue suppressed() {
    return new IndicatorValue(BigDecimal.valueOf(4), true);
  }
}
