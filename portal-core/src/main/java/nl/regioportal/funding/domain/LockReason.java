package nl.regioportal.funding.domain;

/** Why a version was locked. */
public enum LockReason {
  /** Every participating municipality approved. */
  ALL_APPROVED,
  /** A governance body decided (recorded with the decision's reference). */
  GOVERNANCE_DECISION
}
