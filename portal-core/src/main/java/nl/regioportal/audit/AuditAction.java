package nl.regioportal.audit;

/**
 * What was done with the data an audit entry names. Stored by name (the names are part of the
 * entry's hash, so they are never renamed); the Dutch label is what the disclosure overview shows.
 */
public enum AuditAction {
  /** Data was shown (a page, an API answer). */
  VIEW("inzien"),
  /** Data was recorded for the first time. */
  CREATE("vastleggen"),
  /** Data was changed. */
  CHANGE("wijzigen"),
  /** Data left the portal as a file (CSV, PDF, the disclosure overview itself). */
  EXPORT("exporteren"),
  /** Data was delivered to another organisation (a referral sent). */
  DELIVER("verstrekken"),
  /** Data was received from another system. */
  RECEIVE("ontvangen"),
  /** A delivery or consent was withdrawn. */
  WITHDRAW("intrekken"),
  /** Data was deleted. */
  DELETE("verwijderen");

  private final String dutch;

  AuditAction(String dutch) {
    this.dutch = dutch;
  }

  /** The Dutch label: {@code inzien}, {@code verstrekken}, ... */
  public String dutch() {
    return dutch;
  }
}
