package nl.regioportal.funding.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A basis a key part can be split by, as people and machines name it: its code (what the API, the
 * database and drop-folder file names use, e.g. {@code youth_12_27}) and its label in Dutch and
 * English (what pages and exports show).
 *
 * @param code the code; {@link nl.regioportal.funding.engine.KeyPart#EQUAL} or an indicator code
 * @param dutchLabel the Dutch label, never blank
 * @param englishLabel the English label, or {@code null} when the Dutch one serves both
 * @param kind equal shares, a built-in indicator or one the region registered itself
 */
public record Basis(String code, String dutchLabel, String englishLabel, Kind kind) {

  /** Where a basis comes from. */
  public enum Kind {
    /** Equal shares: {@link nl.regioportal.funding.engine.KeyPart#EQUAL}, no values needed. */
    EQUAL,
    /** An indicator every region knows (CBS, DUO, caseload). */
    BUILT_IN,
    /** An indicator a region's coordinator registered for the region. */
    REGION
  }

  /** Checks that code, Dutch label and kind are there; a blank English label becomes none. */
  public Basis {
    Objects.requireNonNull(code, "code is required");
    Objects.requireNonNull(kind, "kind is required");
    if (dutchLabel == null || dutchLabel.isBlank()) {
      throw new IllegalArgumentException("A basis has a Dutch label: " + code);
    }
    englishLabel = englishLabel == null || englishLabel.isBlank() ? null : englishLabel;
  }

  /** The label in {@code locale}: English for language {@code en} (Dutch when it has none). */
  public String label(Locale locale) {
    return english(locale) && englishLabel != null ? englishLabel : dutchLabel;
  }

  /** Whether the basis is an indicator (values per municipality), not equal shares. */
  public boolean isIndicator() {
    return kind != Kind.EQUAL;
  }

  static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
