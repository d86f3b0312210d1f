package nl.regioportal.directory.domain;

/** HSDS 3.0 service status. Only active services are found by a search. */
public enum ServiceStatus {
  ACTIVE,
  INACTIVE,
  DEFUNCT,
  TEMPORARILY_CLOSED;

  /** The HSDS spelling ({@code temporarily closed}). */
  public String hsds() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
