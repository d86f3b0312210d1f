package nl.regioportal.shared;

/** The caller may not do this (HTTP 403). The message is for the person and names no data. */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
