package nl.regioportal.funding.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.regioportal.funding.application.ShareView;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.application.VersionSummary;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.shared.Decimals;
import org.apache.commons.numbers.fraction.BigFraction;

/** What the exports share: the input check, the title lines, numbers and dates for people. */
final class Exports {

  private Exports() {}

  /**
   * Refuses a version whose amounts do not add up to its total: an export must never show a key
   * that does not.
   *
   * @throws IllegalArgumentException if the shares' amounts do not add up to the summary's total
   */
  static void checkTotal(VersionDetails d) {
    Objects.requireNonNull(d, "version");
    long sum = 0;
    for (ShareView s : d.shares()) {
      sum = Math.addExact(sum, s.share().amountCents());
    }
    if (sum != d.summary().totalCents()) {
      throw new IllegalArgumentException(
          "The amounts add up to "
              + Cents.format(sum)
              + ", not to the version's total "
              + Cents.format(d.summary().totalCents()));
    }
  }

  /** Arrangement title; budget year; version number and label; status (and why it was locked). */
  static List<String> titleLines(VersionDetails d, Labels l) {
    VersionSummary v = d.summary();
    List<String> lines = new ArrayList<>();
    lines.add(d.arrangementTitle());
    lines.add(l.get("title.year") + " " + d.budgetYear());
    String version = l.get("title.version") + " " + v.number();
    if (v.label() != null && !v.label().isBlank()) {
      version += " – " + v.label();
    }
    lines.add(version);
    String status = l.get("title.status") + ": " + l.status(v.status());
    if (v.status() == VersionStatus.LOCKED && d.lockReason() != null) {
      status += " (" + l.lockReason(d.lockReason());
      if (d.governanceDecision() != null && !d.governanceDecision().isBlank()) {
        status += " " + d.governanceDecision();
      }
      status += ")";
    }
    lines.add(status);
    return lines;
  }

  /**
   * A decimal for people with the language's separators and the value's own decimals: {@code
   * 1234.5} → {@code 1.234,5}, {@code 0.500000} → {@code 0,500000}.
   */
  static String number(BigDecimal value, Locale locale) {
    DecimalFormat f = new DecimalFormat("#,##0", MoneyFormat.symbols(locale));
    int scale = Math.max(0, value.scale());
    f.setMinimumFractionDigits(scale);
    f.setMaximumFractionDigits(scale);
    f.setRoundingMode(RoundingMode.UNNECESSARY);
    return f.format(value);
  }

  /** A percentage for people: {@code 33,5%}. */
  static String percent(BigDecimal percent, Locale locale) {
    return number(percent.stripTrailingZeros(), locale) + "%";
  }

  /**
   * A value as shown to the reader ({@code "1234"}, {@code "12.75"} or {@code "<5"}), with the
   * language's separators where it is a number; anything else as it is.
   */
  static String shown(String shownValue, Locale locale) {
    BigDecimal n = decimalOrNull(shownValue);
    return n == null ? shownValue : number(n, locale);
  }

  /** The text as a plain decimal ({@code "1234"}, {@code "0.25"}), or {@code null} if it is not. */
  static BigDecimal decimalOrNull(String text) {
    if (text == null || text.length() > Decimals.MAX_LENGTH || !text.matches("-?\\d+(\\.\\d+)?")) {
      return null;
    }
    return Decimals.plain(text).orElse(null);
  }

  /** Cents as euros with 4 decimals, HALF_UP, e.g. a part's amount {@code total × percent}. */
  static BigDecimal euros4(BigFraction cents) {
    return new BigDecimal(cents.getNumerator())
        .divide(new BigDecimal(cents.getDenominator()).movePointRight(2), 4, RoundingMode.HALF_UP);
  }

  /** A date for people: {@code 1 januari 2026}, {@code 1 January 2026}. */
  static String date(LocalDate date, Locale locale) {
    return date == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMMM yyyy", Labels.of(locale).locale()).format(date);
  }
}
