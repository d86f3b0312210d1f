package nl.regioportal.governance.domain;

/**
 * A seat in a body as submitted: its role, the member organisation it is held for (required for
 * members and advisers) and a label such as "Wethouder onderwijs Rotterdam".
 */
public record SeatDraft(SeatRole role, Long organisationId, String label) {}
