package nl.regioportal.funding.indicators;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An indicator file that passed every check: which indicator it gives, where it came from, and one
 * row per municipality (no municipality twice), in the order of the file.
 *
 * @param indicator the indicator's name, e.g. {@code youth_12_27}, {@code mbo_students}, {@code
 *     early_leavers} or {@code caseload} (see {@link #isValidIndicator(String)})
 * @param source where the numbers came from, e.g. {@code CBS StatLine 03759ned} (see {@link
 *     #isValidSource(String)})
 * @param rows the municipalities' values
 */
public record IndicatorTable(String indicator, String source, List<IndicatorRow> rows) {

  /** The longest source text accepted, in characters. */
  public static final int MAX_SOURCE_LENGTH = 200;

  private static final Pattern INDICATOR = Pattern.compile("[a-z0-9_]{2,40}");

  /** Checks the indicator name and source; copies the rows. */
  public IndicatorTable {
    if (!isValidIndicator(indicator)) {
      throw new IllegalArgumentException(
          "An indicator name is 2-40 lower-case letters, digits or underscores, and not"
              + " \"equal\": "
              + indicator);
    }
    if (!isValidSource(source)) {
      throw new IllegalArgumentException(
          "A source is 1-" + MAX_SOURCE_LENGTH + " characters of text without control characters");
    }
    source = source.strip();
    rows = List.copyOf(Objects.requireNonNull(rows, "rows is required"));
  }

  /**
   * True when {@code name} can name an indicator: 2 to 40 lower-case letters ({@code a-z}), digits
   * or underscores, and not {@code equal} (the name of the equal-shares part of a key).
   */
  public static boolean isValidIndicator(String name) {
    return name != null && INDICATOR.matcher(name).matches() && !"equal".equals(name);
  }

  /**
   * True when {@code source} can describe where an indicator came from: not blank, at most {@value
   * #MAX_SOURCE_LENGTH} characters once surrounding spaces are removed, no control characters.
   */
  public static boolean isValidSource(String source) {
    if (source == null || source.isBlank()) {
      return false;
    }
    String s = source.strip();
    return s.codePointCount(0, s.length()) <= MAX_SOURCE_LENGTH
        && s.codePoints().noneMatch(Character::isISOControl);
  }
}
