package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import nl.regioportal.shared.Decimals;

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

  /**
   * A plain (not suppressed) value from decimal text, e.g. {@code "12.75"}, read by {@link
   * Decimals}.
   *
   * @throws IllegalArgumentException if the text is not a plain decimal within its limits
   */
  public static IndicatorValue of(String value) {
    return new IndicatorValue(
        Decimals.plain(value)
            .orElseThrow(
                () -> new IllegalArgumentException("Not a value within the limits of Decimals")),
        false);
  }

  /** A count the source published as 4 because the real count is under 5. */
  public static IndicatorValue suppressed() {
    return new IndicatorValue(BigDecimal.valueOf(4), true);
  }
}
