package nl.regioportal.funding.engine;

import java.util.Map;

/**
 * A municipality that shares in the cost.
 *
 * @param code the CBS code, {@code GM} and four digits
 * @param indicators its value per indicator name (every indicator a key part uses must be present)
 * @param minimumCents the least it pays, or {@code null} for no minimum
 * @param maximumCents the most it pays, or {@code null} for no maximum
 */
public record Participant(
    String code, Map<String, IndicatorValue> indicators, Long minimumCents, Long maximumCents) {

  public Participant {
    indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
  }

  /** A participant without bounds. */
  public static Participant of(String code, Map<String, IndicatorValue> indicators) {
    return new Participant(code, indicators, null, null);
  }

  /** The same participant with other bounds. */
  public Participant withBounds(Long minimumCents, Long maximumCents) {
    return new Participant(code, indicators, minimumCents, maximumCents);
  }
}
