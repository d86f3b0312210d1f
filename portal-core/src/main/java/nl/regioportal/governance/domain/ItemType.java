package nl.regioportal.governance.domain;

/** What an agenda item asks of the body. */
public enum ItemType {
  /** Ter informatie. */
  INFORMATION,
  /** Ter bespreking. */
  DISCUSSION,
  /** Ter besluitvorming: the item has a proposed decision and gets a decision. */
  DECISION
}
