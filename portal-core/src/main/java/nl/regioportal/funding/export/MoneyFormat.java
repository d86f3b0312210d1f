package nl.regioportal.funding.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.regioportal.funding.engine.Cents;

/**
 * Euro amounts for people: Dutch {@code € 204.511,22}, English {@code €204,511.22}; negative
 * amounts {@code € -3,50} and {@code -€3.50}. Formatted from {@link BigDecimal} with a {@link
 * DecimalFormat} and the language's symbols, never through floating point. Plain spaces, so the
 * text can be searched for as written.
 */
public final class MoneyFormat {

  private MoneyFormat() {}

  /** Whole cents as euros with two decimals: {@code 20451122} → {@code € 204.511,22}. */
  public static String format(long cents, Locale locale) {
    return format(Cents.toEuros(cents), locale);
  }

  /**
   * Euros with as many decimals as the amount's scale, at least 2 and at most 6 (HALF_UP beyond):
   * {@code 1234.5678} → {@code € 1.234,5678}, {@code 3.5} → {@code € 3,50}.
   */
  public static String format(BigDecimal euros, Locale locale) {
    boolean english = Labels.of(locale) == Labels.of(Locale.ENGLISH);
    DecimalFormat f =
        new DecimalFormat(
            english ? "€#,##0.00;-€#,##0.00" : "€ #,##0.00;€ -#,##0.00", symbols(locale));
    int decimals = Math.min(6, Math.max(2, euros.scale()));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(euros);
  }

  /** The grouping and decimal separators of the export language, with a plain minus sign. */
  static DecimalFormatSymbols symbols(Locale locale) {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Labels.of(locale).locale());
    s.setMinusSign('-');
    return s;
  }
}
