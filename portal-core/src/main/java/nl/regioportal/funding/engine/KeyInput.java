package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * What to split and how.
 *
 * @param total the amount in euros, at most two decimals, not negative
 * @param parts the key; percentages add up to exactly 100, each basis at most once
 * @param participants the municipalities, in the order the result is returned
 */
public record KeyInput(BigDecimal total, List<KeyPart> parts, List<Participant> participants) {

  public KeyInput {
    parts = parts == null ? List.of() : List.copyOf(parts);
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
