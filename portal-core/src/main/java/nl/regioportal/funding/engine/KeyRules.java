package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * The rules a {@link KeyInput} must meet. All problems are collected, then thrown at once. Message
 * arguments are strings (amounts as {@code 1234.56}) so a MessageFormat does not regroup them.
 */
final class KeyRules {

  static final Pattern CODE = Pattern.compile("GM\\d{4}");
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The largest total accepted: 10 trillion euro, far below what a {@code long} of cents holds. */
  static final long MAX_TOTAL_CENTS = 1_000_000_000_000_000L;

  private KeyRules() {}

  static void check(KeyInput in) {
    List<Violation> v = new ArrayList<>();
    Long total = checkTotal(in.total(), "total", v);

    List<KeyPart> parts = in.parts();
    if (parts.isEmpty()) {
      v.add(Violation.of("parts", "funding.parts.empty"));
    }
    Set<String> bases = new HashSet<>();
    Set<String> indicators = new LinkedHashSet<>();
    BigDecimal percentSum = BigDecimal.ZERO;
    for (int i = 0; i < parts.size(); i++) {
      KeyPart p = parts.get(i);
      String field = "parts[" + i + "]";
      if (p.basis() == null || p.basis().isBlank()) {
        v.add(Violation.of(field + ".basis", "funding.part.basis.required", str(i + 1)));
      } else if (!bases.add(p.basis())) {
        v.add(Violation.of(field + ".basis", "funding.part.basis.duplicate", p.basis()));
      } else if (!p.isEqual()) {
        if (!nl.regioportal.funding.indicators.IndicatorTable.isValidIndicator(p.basis())) {
          v.add(Violation.of(field + ".basis", "funding.part.basis.invalid", p.basis()));
        }
        indicators.add(p.basis());
      }
      if (p.percent() == null) {
        v.add(Violation.of(field + ".percent", "funding.part.percent.required", str(i + 1)));
      } else if (!fits(p.percent(), 3, PERCENT_DECIMALS)) {
        // checked first: an exponent like 1e-999999999 must never reach the arithmetic
        v.add(
            Violation.of(field + ".percent", "funding.part.percent.scale", p.percent().toString()));
      } else {
        percentSum = percentSum.add(p.percent());
        if (p.percent().signum() <= 0 || p.percent().compareTo(HUNDRED) > 0) {
          v.add(
              Violation.of(
                  field + ".percent", "funding.part.percent.range", p.percent().toPlainString()));
        }
      }
    }
    if (!parts.isEmpty() && percentSum.compareTo(HUNDRED) != 0) {
      v.add(
          Violation.of(
              "parts", "funding.percent.sum", percentSum.stripTrailingZeros().toPlainString()));
    }

    List<Participant> ps = in.participants();
    if (ps.isEmpty()) {
      v.add(Violation.of("municipalities", "funding.municipalities.empty"));
    }
    Set<String> codes = new HashSet<>();
    Set<String> incomplete = new HashSet<>();
    BigInteger minimums = BigInteger.ZERO;
    BigInteger maximums = BigInteger.ZERO;
    boolean allHaveMaximum = true;
    for (int j = 0; j < ps.size(); j++) {
      Participant p = ps.get(j);
      String field = "municipalities[" + j + "]";
      String code = p.code();
      if (code == null || !CODE.matcher(code).matches()) {
        v.add(
            Violation.of(
                field + ".code", "funding.municipality.code.invalid", String.valueOf(code)));
      } else if (!codes.add(code)) {
        v.add(Violation.of(field + ".code", "funding.municipality.code.duplicate", code));
      }
      String label = code == null ? "#" + (j + 1) : code;
      for (String name : indicators) {
        IndicatorValue iv = p.indicators().get(name);
        if (iv == null || iv.value() == null) {
          v.add(
              Violation.of(
                  field + ".indicators." + name, "funding.indicator.missing", label, name));
          incomplete.add(name);
        }
      }
      for (String name : new TreeSet<>(p.indicators().keySet())) {
        IndicatorValue iv = p.indicators().get(name);
        if (iv.value() != null && !fits(iv.value(), VALUE_DIGITS, VALUE_DECIMALS)) {
          v.add(
              Violation.of(
                  field + ".indicators." + name,
                  "funding.indicator.size",
                  label,
                  name,
                  iv.value().toString()));
          incomplete.add(name);
        } else if (iv.value() != null && iv.value().signum() < 0) {
          v.add(
              Violation.of(
                  field + ".indicators." + name,
                  "funding.indicator.negative",
                  label,
                  name,
                  iv.value().toPlainString()));
          incomplete.add(name);
        }
      }
      Long min = p.minimumCents();
      Long max = p.maximumCents();
      if (min != null && min < 0) {
        v.add(
            Violation.of(
                field + ".minimumCents", "funding.bound.negative", label, Cents.format(min)));
      }
      if (max != null && max < 0) {
        v.add(
            Violation.of(
                field + ".maximumCents", "funding.bound.negative", label, Cents.format(max)));
      }
      if (min != null && max != null && min > max) {
        v.add(
            Violation.of(
                field + ".minimumCents",
                "funding.bound.minAboveMax",
                label,
                Cents.format(min),
                Cents.format(max)));
      }
      minimums = minimums.add(BigInteger.valueOf(min == null ? 0 : Math.max(min, 0)));
      if (max == null) {
        allHaveMaximum = false;
      } else {
        maximums = maximums.add(BigInteger.valueOf(Math.max(max, 0)));
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      String name = parts.get(i).basis();
      if (!indicators.contains(name) || incomplete.contains(name) || ps.isEmpty()) {
        continue;
      }
      if (ps.stream().allMatch(p -> p.indicators().get(name).value().signum() == 0)) {
        v.add(Violation.of("parts[" + i + "].basis", "funding.indicator.sumZero", name));
      }
    }
    if (total != null && !ps.isEmpty()) {
      BigInteger t = BigInteger.valueOf(total);
      if (minimums.compareTo(t) > 0) {
        v.add(
            Violation.of(
                "municipalities",
                "funding.bounds.minimumsAboveTotal",
                Cents.format(minimums.longValue()),
                Cents.format(total)));
      }
      if (allHaveMaximum && maximums.compareTo(t) < 0) {
        v.add(
            Violation.of(
                "municipalities",
                "funding.bounds.maximumsBelowTotal",
                Cents.format(maximums.longValue()),
                Cents.format(total)));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
  }

  /** The total in cents, or {@code null} with a violation added. */
  /** Percentages are stored with 4 decimals; a finer one would be rounded away unnoticed. */
  static final int PERCENT_DECIMALS = 4;

  /** Indicator values: at most 15 digits before and 4 after the decimal point (as stored). */
  static final int VALUE_DIGITS = 15;

  static final int VALUE_DECIMALS = 4;

  /**
   * Whether a number has at most {@code digits} digits before and {@code decimals} after the point,
   * judged from precision and scale alone (cheap for any exponent, unlike arithmetic on it).
   */
  static boolean fits(BigDecimal value, int digits, int decimals) {
    BigDecimal d = value.stripTrailingZeros();
    int scale = d.scale();
    int integerDigits = d.precision() - scale;
    return scale <= decimals && integerDigits <= digits;
  }

  static Long checkTotal(BigDecimal total, String field, List<Violation> v) {
    if (total == null) {
      v.add(Violation.of(field, "funding.total.required"));
      return null;
    }
    if (!fits(total, 16, 16)) {
      // decided on precision and scale only: 1e999999999 must not be expanded into digits
      v.add(Violation.of(field, "funding.total.tooLarge", Cents.format(MAX_TOTAL_CENTS)));
      return null;
    }
    boolean ok = true;
    if (total.signum() < 0) {
      v.add(Violation.of(field, "funding.total.negative", total.toPlainString()));
      ok = false;
    }
    if (!Cents.hasAtMostTwoDecimals(total)) {
      v.add(Violation.of(field, "funding.total.scale", total.toPlainString()));
      ok = false;
    }
    if (ok && total.movePointRight(2).compareTo(BigDecimal.valueOf(MAX_TOTAL_CENTS)) > 0) {
      v.add(Violation.of(field, "funding.total.tooLarge", Cents.format(MAX_TOTAL_CENTS)));
      ok = false;
    }
    return ok ? Cents.fromEuros(total) : null;
  }

  private static String str(int i) {
    return Integer.toString(i);
  }
}
