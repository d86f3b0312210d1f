package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import nl.regioportal.shared.Decimals;

/**
 * Euro amounts as whole cents ({@code long}) and their decimal text {@code "1234.56"}, for the REST
 * layer and exports. Never floating point.
 */
public final class Cents {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Cents() {}

  /** {@code 123456} → {@code "1234.56"}, {@code -5} → {@code "-0.05"}. */
  public static String format(long cents) {
    return toEuros(cents).toPlainString();
  }

  /** Cents as euros with scale 2: {@code 123456} → {@code 1234.56}. */
  public static BigDecimal toEuros(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  /**
   * Parses a decimal euro amount ({@code "1234.5"}, {@code "-3"}, {@code "0.05"}) to cents, with
   * the limits of {@link Decimals} (its length is checked before any number is built). Trailing
   * zeros beyond two decimals are accepted ({@code "1.230"}); a non-zero third decimal is not.
   *
   * @throws IllegalArgumentException if the text is not a plain decimal number within those limits,
   *     has more than two decimals, or has more than {@value Decimals#MAX_EURO_DIGITS} digits of
   *     whole euros
   */
  public static long parse(String text) {
    return Decimals.plainCents(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Not a decimal amount of at most two decimals within the limits of Decimals"));
  }

  /**
   * Euros to cents, exactly.
   *
   * @throws IllegalArgumentException if the amount has more than two decimals or does not fit
   */
  public static long fromEuros(BigDecimal euros) {
    if (!hasAtMostTwoDecimals(euros)) {
      throw new IllegalArgumentException("More than two decimals: " + euros.toPlainString());
    }
    BigInteger cents = euros.multiply(HUNDRED).toBigIntegerExact();
    if (cents.bitLength() > 63) {
      throw new IllegalArgumentException("Amount too large: " + euros.toPlainString());
    }
    return cents.longValue();
  }

  /** Whether the amount is a whole number of cents ({@code 1.230} is, {@code 1.235} is not). */
  public static boolean hasAtMostTwoDecimals(BigDecimal euros) {
    return euros.signum() == 0 || euros.stripTrailingZeros().scale() <= 2;
  }
}
