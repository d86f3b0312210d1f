package nl.regioportal.referral.application;

import java.util.List;
import nl.regioportal.referral.domain.AttachmentRules;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * A file that may not be attached: too large (HTTP 413), not an allowed type (415), or another rule
 * (400). Nothing was stored.
 */
public class AttachmentRefusedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;
  private final AttachmentRules.Refusal refusal;

  public AttachmentRefusedException(AttachmentRules.Refusal refusal, List<Violation> violations) {
    super(violations);
    this.refusal = refusal;
  }

  public AttachmentRules.Refusal refusal() {
    return refusal;
  }
}
