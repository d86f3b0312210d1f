package nl.regioportal.governance.domain;

/**
 * An agenda item as entered; nothing checked yet. {@code fundingVersionId}: the funding-key version
 * it is about; {@code figuresSnapshotId}: the figures it puts on the table (frozen with it).
 */
public record ItemDraft(
    String title,
    ItemType type,
    String ownerName,
    String proposedDecision,
    Long fundingVersionId,
    Long figuresSnapshotId) {

  /** An item about no figures snapshot. */
  public ItemDraft(
      String title,
      ItemType type,
      String ownerName,
      String proposedDecision,
      Long fundingVersionId) {
    this(title, type, ownerName, proposedDecision, fundingVersionId, null);
  }
}
