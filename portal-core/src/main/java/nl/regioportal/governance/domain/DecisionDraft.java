package nl.regioportal.governance.domain;

/** A decision as entered: its outcome and its wording; nothing checked yet. */
public record DecisionDraft(DecisionOutcome outcome, String text) {}
