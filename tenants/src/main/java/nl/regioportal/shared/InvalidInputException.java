package nl.regioportal.shared;

import java.util.List;

/** The caller's input breaks one or more rules (HTTP 400); nothing was changed. */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super("Invalid input: " + violations);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
