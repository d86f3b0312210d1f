package nl.regioportal.governance.domain;

/**
 * A governing body as a person or a partner system submitted it, before any check; {@link
 * GovernanceRules#check(BodyDraft)} says what is wrong.
 *
 * @param parentId the body this one prepares for or reports to (a preparation group's table)
 * @param active {@code null}: active
 */
public record BodyDraft(
    String name, BodyKind kind, String description, Long parentId, Boolean active) {}
