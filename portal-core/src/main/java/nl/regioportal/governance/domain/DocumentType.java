package nl.regioportal.governance.domain;

/** What a document on an agenda item is. */
public enum DocumentType {
  /** Voorstel / raadsvoorstel: the proposal the item asks a decision on. */
  PROPOSAL,
  /** Notitie or memo. */
  MEMO,
  /** Rapportage: figures, an evaluation. */
  REPORT,
  PRESENTATION,
  OTHER
}
