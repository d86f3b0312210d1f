package nl.regioportal.funding.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One municipality's value of an indicator, as read from a line of an indicator file.
 *
 * @param line the line of the file it came from (line 1 is the header)
 * @param municipalityCode the CBS code, always {@code GM} and four digits (e.g. {@code GM0599}),
 *     also when the file gave only the number
 * @param value the value, never negative; as written in the file (scale kept, e.g. {@code 12.5})
 * @param suppressedAsFour true when the source flagged the value as suppressed (DUO's {@code
 *     INDICATIEAVG=J}): the real count is below 5 and published as 4
 * @param referenceDate the date the value describes (peildatum)
 */
public record IndicatorRow(
    int line,
    String municipalityCode,
    BigDecimal value,
    boolean suppressedAsFour,
    LocalDate referenceDate) {

  private static final Pattern CODE = Pattern.compile("GM[0-9]{4}");

  /** Checks the invariants; a parser never produces a row that breaks them. */
  public IndicatorRow {
    Objects.requireNonNull(municipalityCode, "municipalityCode is required");
    Objects.requireNonNull(value, "value is required");
    Objects.requireNonNull(referenceDate, "referenceDate is required");
    if (!CODE.matcher(municipalityCode).matches()) {
      throw new IllegalArgumentException(
          "A municipality code is GM and four digits, e.g. GM0599: " + municipalityCode);
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("An indicator value is never negative: " + value);
    }
    if (suppressedAsFour && value.compareTo(BigDecimal.valueOf(4)) != 0) {
      throw new IllegalArgumentException("A suppressed value is published as 4: " + value);
    }
  }
}
