package nl.regioportal.funding.application;

import java.util.List;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * Values were offered for an indicator the region does not know (neither built in nor registered):
 * refused, so that a typo never creates a new indicator. A violation at {@code indicator} naming
 * the allowed codes; the drop folder turns it into a problem of the file.
 */
public class UnknownIndicatorException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String indicator;
  private final String allowed;

  public UnknownIndicatorException(String indicator, String allowed) {
    super(
        List.of(Violation.of("indicator", "funding.import.indicator.unknown", indicator, allowed)));
    this.indicator = indicator;
    this.allowed = allowed;
  }

  /** The code as given. */
  public String indicator() {
    return indicator;
  }

  /** The codes the region knows, comma separated. */
  public String allowed() {
    return allowed;
  }
}
