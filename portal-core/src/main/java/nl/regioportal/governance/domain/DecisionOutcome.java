package nl.regioportal.governance.domain;

/** What the body did with a proposed decision. */
public enum DecisionOutcome {
  ADOPTED,
  REJECTED,
  DEFERRED,
  WITHDRAWN
}
