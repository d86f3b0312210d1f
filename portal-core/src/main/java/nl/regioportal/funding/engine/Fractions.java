package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;

/** Exact conversions between {@link BigDecimal} and {@link BigFraction}. */
final class Fractions {

  private Fractions() {}

  static BigFraction of(BigDecimal d) {
    if (d.scale() <= 0) {
      return BigFraction.of(d.toBigIntegerExact());
    }
    return BigFraction.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  /** The largest integer not above a non-negative or negative fraction. */
  static BigInteger floor(BigFraction f) {
    BigInteger n = f.getNumerator();
    BigInteger d = f.getDenominator();
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger[] qr = n.divideAndRemainder(d);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  static BigDecimal decimal(BigFraction f, int scale) {
    return new BigDecimal(f.getNumerator())
        .divide(new BigDecimal(f.getDenominator()), scale, RoundingMode.HALF_UP);
  }

  /** Cents as euros with 4 decimals (HALF_UP), for display. */
  static BigDecimal euros(BigFraction cents) {
    return decimal(cents.divide(100), 4);
  }
}
