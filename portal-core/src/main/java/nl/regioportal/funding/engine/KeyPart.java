package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import nl.regioportal.shared.Decimals;

/**
 * One part of a key: a percentage of the total, split by a basis.
 *
 * @param basis {@link #EQUAL} (equal parts for every participant) or the name of an indicator
 *     (split in proportion to each participant's value), e.g. {@code youth_12_27}
 * @param percent the part's percentage of the total, {@code 0 < percent <= 100}, e.g. {@code 33.5}
 */
public record KeyPart(String basis, BigDecimal percent) {

  /** The basis that splits a part equally among the participants. */
  public static final String EQUAL = "EQUAL";

  /**
   * A part from a percentage in plain decimal text ({@code "33.5"}), read by {@link Decimals}.
   *
   * @throws IllegalArgumentException if the text is not a plain decimal within its limits
   */
  public static KeyPart of(String basis, String percent) {
    return new KeyPart(
        basis,
        Decimals.plain(percent)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Not a percentage within the limits of Decimals")));
  }

  /** Whether this part is split equally. */
  public boolean isEqual() {
    return EQUAL.equals(basis);
  }
}
