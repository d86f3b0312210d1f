package nl.regioportal.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reader of decimal amounts and percentages the portal accepts from outside (JSON strings,
 * form fields, files), with one set of limits. The length of the text is checked before any pattern
 * or {@link BigDecimal} sees it: a {@code BigDecimal} of 200,000 digits costs seconds of CPU, and
 * that cost grows quadratically, so a member could otherwise stall the server with one field.
 *
 * <p>Limits: at most {@value #MAX_LENGTH} characters, at most {@value #MAX_DIGITS} significant
 * digits and at most {@value #MAX_DECIMALS} decimals. Amounts in cents fit in {@value
 * #MAX_EURO_DIGITS} digits of whole euros. No exponents ({@code 1e9}), no JSON numbers.
 */
public final class Decimals {

  /** Characters of a decimal text, signs and separators included. */
  public static final int MAX_LENGTH = 40;

  /** Significant digits of a value. */
  public static final int MAX_DIGITS = 30;

  /** Digits after the decimal separator. */
  public static final int MAX_DECIMALS = 12;

  /** Digits of whole euros in an amount (below a hundred trillion). */
  public static final int MAX_EURO_DIGITS = 14;

  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern AMBIGUOUS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+");

  private Decimals() {}

  /** Why a text was not read as a number. */
  public enum Refusal {
    /** Not a number in an accepted form, or beyond the limits. */
    NOT_A_NUMBER,
    /** {@code 250.000}: a Dutch thousands separator or a decimal point; refused, never guessed. */
    AMBIGUOUS
  }

  /** A text read as a number: a value, or why not. */
  public record Reading(BigDecimal value, Refusal refusal) {
    public boolean ok() {
      return value != null;
    }

    static Reading of(BigDecimal value) {
      return new Reading(value, null);
    }

    static Reading refused(Refusal refusal) {
      return new Reading(null, refusal);
    }
  }

  /**
   * A plain decimal with a point, as machines write it ({@code "250000.50"}, {@code "-3"}, {@code
   * "20"}); surrounding blanks are ignored.
   */
  public static Optional<BigDecimal> plain(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String s = text.trim();
    if (!PLAIN.matcher(s).matches()) {
      return Optional.empty();
    }
    return withinLimits(new BigDecimal(s));
  }

  /**
   * A number typed by a person, the Dutch way ({@code "250.000,50"}, {@code "12,5"}) or plainly
   * ({@code "250000.50"}); blanks, non-breaking spaces and a euro sign are ignored. {@code
   * "250.000"} alone is ambiguous and refused rather than guessed.
   */
  public static Reading typed(String raw) {
    if (raw == null || raw.length() > MAX_LENGTH) {
      return Reading.refused(Refusal.NOT_A_NUMBER);
    }
    String s = raw.trim().replace(" ", "").replace("\u00a0", "").replace("€", "");
    if (s.contains(",") && s.contains(".")) {
      if (s.lastIndexOf(',') < s.lastIndexOf('.')) {
        return Reading.refused(Refusal.NOT_A_NUMBER);
      }
      if (!s.matches("[+-]?\\d{1,3}(\\.\\d{3})*,\\d*")) {
        return Reading.refused(Refusal.NOT_A_NUMBER);
      }
      s = s.replace(".", "").replace(',', '.');
    } else if (s.contains(",")) {
      s = s.replace(',', '.');
    } else if (AMBIGUOUS.matcher(s).matches()) {
      return Reading.refused(Refusal.AMBIGUOUS);
    }
    return plain(s).map(Reading::of).orElseGet(() -> Reading.refused(Refusal.NOT_A_NUMBER));
  }

  /**
   * Euros as whole cents: empty when the amount has more than two decimals (a non-zero third one)
   * or more than {@value #MAX_EURO_DIGITS} digits of whole euros.
   */
  public static Optional<Long> cents(BigDecimal euros) {
    BigDecimal stripped = euros.stripTrailingZeros();
    if (stripped.scale() > 2 || stripped.precision() - stripped.scale() > MAX_EURO_DIGITS) {
      return Optional.empty();
    }
    return Optional.of(euros.movePointRight(2).longValueExact());
  }

  /** A plain decimal euro amount ({@code "1234.56"}) as cents, within every limit. */
  public static Optional<Long> plainCents(String text) {
    return plain(text).flatMap(Decimals::cents);
  }

  private static Optional<BigDecimal> withinLimits(BigDecimal d) {
    BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    if (stripped.precision() > MAX_DIGITS || stripped.scale() > MAX_DECIMALS) {
      return Optional.empty();
    }
    return Optional.of(d);
  }
}
