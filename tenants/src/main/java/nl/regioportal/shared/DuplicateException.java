package nl.regioportal.shared;

/**
 * The region already has a record like this one (the same identifier, or the same type and name):
 * HTTP 409 with its own problem type, so a client can tell it from an edit of a stale copy. The
 * violation names the field to change.
 */
public class DuplicateException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public DuplicateException(Violation violation) {
    super(violation);
  }
}
