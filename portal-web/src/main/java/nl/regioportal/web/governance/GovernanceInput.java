package nl.regioportal.web.governance;

import java.util.List;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/** What the governance resources share in reading a request body. */
final class GovernanceInput {

  private GovernanceInput() {}

  /** The body, or a 400 saying an object was expected (no body, or JSON {@code null}). */
  static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException(List.of(Violation.of(null, "governance.json.object")));
    }
    return body;
  }

  /** A 400 with the violations found, if any. */
  static void refuse(List<Violation> v) {
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
  }

  /** A 400 at {@code version} unless the client said which version it changes. */
  static void requireVersion(Long version) {
    if (version == null) {
      throw new InvalidInputException(List.of(Violation.of("version", "api.version.required")));
    }
  }
}
