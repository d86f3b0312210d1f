package nl.regioportal.funding.domain;

/** Where a version of a funding key stands. */
public enum VersionStatus {
  /** Being prepared by the coordinator; may still change; participants do not see it. */
  DRAFT,
  /** Shown to the participating municipalities for review; no longer changes. */
  PUBLISHED,
  /** Approved by every participant or by a governance decision; the key in force. */
  LOCKED,
  /** Replaced by a later version; kept as it was. */
  SUPERSEDED
}
