package nl.regioportal.referral.figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * A period of whole days, both ends included, as people in the Netherlands count them: a day runs
 * from midnight to midnight in Dutch time (Europe/Amsterdam). The portal stores moments in UTC;
 * {@link #start()} and {@link #end()} are the period's bounds in UTC.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

  /** The days people mean. */
  public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  /** The earliest day a period may start (no referral is older). */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** The last day a period may end. */
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  public ReportingPeriod {
    Objects.requireNonNull(from, "from is required");
    Objects.requireNonNull(to, "to is required");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("A period ends on or after its start: " + from + " " + to);
    }
  }

  /**
   * Reads a period from the text a caller typed ({@code YYYY-MM-DD} twice).
   *
   * @throws InvalidInputException at {@code from} or {@code to} when a date is missing, not a date
   *     or outside 2000-2100, and at {@code to} when it lies before {@code from}
   */
  public static ReportingPeriod parse(String from, String to) {
    List<Violation> wrong = new ArrayList<>();
    LocalDate f = date("from", from, wrong);
    LocalDate t = date("to", to, wrong);
    if (wrong.isEmpty() && f.isAfter(t)) {
      wrong.add(Violation.of("to", "figures.period.order", f.toString(), t.toString()));
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    return new ReportingPeriod(f, t);
  }

  private static LocalDate date(String field, String raw, List<Violation> wrong) {
    if (raw == null || raw.isBlank()) {
      wrong.add(Violation.of(field, "figures.period.required"));
      return null;
    }
    String text = raw.strip();
    LocalDate d;
    try {
      d = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      wrong.add(
          Violation.of(
              field, "api.date.invalid", text.length() > 24 ? text.substring(0, 24) : text));
      return null;
    }
    if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
      wrong.add(
          Violation.of(
              field, "figures.period.range", text, EARLIEST.toString(), LATEST.toString()));
      return null;
    }
    return d;
  }

  /** The first moment of the period, in UTC. */
  public LocalDateTime start() {
    return utc(from);
  }

  /** The first moment after the period, in UTC (exclusive). */
  public LocalDateTime end() {
    return utc(to.plusDays(1));
  }

  /** Whether a moment (UTC) lies in the period. */
  public boolean contains(LocalDateTime utc) {
    return utc != null && !utc.isBefore(start()) && utc.isBefore(end());
  }

  private static LocalDateTime utc(LocalDate day) {
    return day.atStartOfDay(DUTCH_TIME).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }
}
