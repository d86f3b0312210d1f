package nl.regioportal.governance.domain;

/** An agenda item as entered; nothing checked yet. */
public record ItemDraft(
    String title,
    ItemType type,
    String ownerName,
    String proposedDecision,
    Long fundingVersionId) {}
