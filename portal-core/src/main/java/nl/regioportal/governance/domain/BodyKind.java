package nl.regioportal.governance.domain;

/** What a governing body is in the region's governance. */
public enum BodyKind {
  /** Bestuurlijk overleg: aldermen, school board members, care directors. */
  ADMINISTRATIVE_TABLE,
  /** Ambtelijk voorportaal: the civil servants who prepare the table's meetings. */
  PREPARATION_GROUP,
  /** Werkgroep. */
  WORKING_GROUP,
  OTHER
}
