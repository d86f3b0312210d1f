package nl.regioportal.governance.domain;

import java.time.LocalDate;

/**
 * An action's traffic light on a day: green while its deadline is more than {@value #AMBER_DAYS}
 * days away, amber from then until the deadline itself, red once the deadline has passed; done once
 * done, whatever the date.
 */
public enum TrafficLight {
  GREEN,
  AMBER,
  RED,
  DONE;

  /** Days before the deadline from which an open action turns amber. */
  public static final int AMBER_DAYS = 7;

  public static TrafficLight of(LocalDate deadline, boolean done, LocalDate today) {
    if (done) {
      return DONE;
    }
    if (today.isAfter(deadline)) {
      return RED;
    }
    return today.plusDays(AMBER_DAYS).isBefore(deadline) ? GREEN : AMBER;
  }
}
