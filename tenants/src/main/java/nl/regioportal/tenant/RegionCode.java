package nl.regioportal.tenant;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Doorstroompunt (RMC) region as DUO numbers it: two digits, {@code 01} to {@code 40}. This is
 * the tenant key: it appears in URLs ({@code /r/29/}) and in every tenant-owned row.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

  private static final Pattern FORMAT = Pattern.compile("\\d{2}");

  public RegionCode {
    Objects.requireNonNull(value, "value is required");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("A region code is two digits, e.g. 29: " + value);
    }
  }

  /** Parses a code such as {@code 29}, {@code MC29} or {@code RM29}; empty when it is none. */
  public static Optional<RegionCode> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.trim().toUpperCase();
    if (s.startsWith("MC") || s.startsWith("RM")) {
      s = s.substring(2);
    }
    if (s.length() == 1 && Character.isDigit(s.charAt(0))) {
      s = "0" + s;
    }
    return FORMAT.matcher(s).matches() ? Optional.of(new RegionCode(s)) : Optional.empty();
  }

  @Override
  public int compareTo(RegionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
