package nl.regioportal.tenant;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A CBS municipality code: {@code GM} and four digits, e.g. {@code GM0599} for Rotterdam. */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

  private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

  public MunicipalityCode {
    Objects.requireNonNull(value, "value is required");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A municipality code is GM and four digits, e.g. GM0599: " + value);
    }
  }

  /** True when {@code raw} is exactly of the form GM9999. */
  public static boolean isValid(String raw) {
    return raw != null && FORMAT.matcher(raw).matches();
  }

  /** Accepts {@code GM0599}, {@code gm0599}, {@code 0599} and {@code 599}; empty when none. */
  public static Optional<MunicipalityCode> parseLenient(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.trim().toUpperCase();
    if (s.startsWith("GM")) {
      s = s.substring(2);
    }
    if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(new MunicipalityCode("GM" + "0".repeat(4 - s.length()) + s));
  }

  @Override
  public int compareTo(MunicipalityCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
