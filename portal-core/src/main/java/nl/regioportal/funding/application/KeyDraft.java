package nl.regioportal.funding.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.Participant;

/**
 * A whole funding key as the coordinator enters it: the total in euros, the parts, the
 * participating municipalities with their indicator values and bounds, and where each indicator's
 * values come from.
 */
public record KeyDraft(
    String label,
    BigDecimal total,
    List<KeyPart> parts,
    List<Participant> municipalities,
    Map<String, IndicatorSource> sources) {

  public KeyDraft {
    parts = parts == null ? List.of() : List.copyOf(parts);
    municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    sources = sources == null ? Map.of() : Map.copyOf(sources);
  }
}
