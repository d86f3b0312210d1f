package nl.regioportal.governance.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days of a term: from {@code start} up to and including {@code end}; without an end it runs on
 * (and overlaps every term that starts on or after its start). A successor starts the day after the
 * last day at the earliest.
 */
public record TermPeriod(LocalDate start, LocalDate end) {

  public TermPeriod {
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " before start " + start);
    }
  }

  /** Do the two share a day? */
  public boolean overlaps(TermPeriod other) {
    return !startsAfterEndOf(this, other) && !startsAfterEndOf(other, this);
  }

  /** Does the period include {@code day}? */
  public boolean includes(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  private static boolean startsAfterEndOf(TermPeriod a, TermPeriod b) {
    return b.end != null && a.start.isAfter(b.end);
  }
}
