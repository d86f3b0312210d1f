package nl.regioportal.governance.domain;

import java.time.LocalDate;

/** An action as entered; nothing checked yet. */
public record ActionDraft(
    String description,
    String ownerName,
    String ownerEmail,
    String ownerUsername,
    LocalDate deadline,
    Long itemId) {}
