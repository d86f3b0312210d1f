package nl.regioportal.shared;

/**
 * The thing does not exist for this caller (HTTP 404). Another region's record answers exactly like
 * a record that does not exist.
 */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String kind;

  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " was not found");
    this.kind = kind;
  }

  public String kind() {
    return kind;
  }
}
