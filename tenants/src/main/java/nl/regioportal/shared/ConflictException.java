package nl.regioportal.shared;

/** The change clashes with what is stored (a duplicate, or an edit of a stale copy): HTTP 409. */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Violation violation;

  public ConflictException(Violation violation) {
    super("Conflict: " + violation);
    this.violation = violation;
  }

  public Violation violation() {
    return violation;
  }
}
