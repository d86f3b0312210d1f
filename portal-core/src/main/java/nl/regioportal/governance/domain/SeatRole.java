package nl.regioportal.governance.domain;

/** The role a seat has in its body. */
public enum SeatRole {
  CHAIR,
  SECRETARY,
  MEMBER,
  ADVISER;

  /** A body has at most one seat of this role. */
  public boolean isSole() {
    return this == CHAIR || this == SECRETARY;
  }

  /** A seat of this role is held for a member organisation of the region. */
  public boolean requiresOrganisation() {
    return this == MEMBER || this == ADVISER;
  }
}
