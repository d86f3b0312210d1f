package nl.regioportal.persistence;

/**
 * A stored encrypted value that cannot be read: not in the stored format, written with a key that
 * is not configured, or changed since it was written. Never carries the value or a key.
 */
public class UndecryptableValueException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public UndecryptableValueException(String message) {
    super(message);
  }

  public UndecryptableValueException(String message, Throwable cause) {
    super(message, cause);
  }
}
