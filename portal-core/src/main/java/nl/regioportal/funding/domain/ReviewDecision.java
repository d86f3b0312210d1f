package nl.regioportal.funding.domain;

/** A municipality's answer to a published version. */
public enum ReviewDecision {
  APPROVED,
  OBJECTED
}
