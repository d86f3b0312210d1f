package nl.regioportal.audit;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * One line of the disclosure overview of a student (the answer to an access request): who, for
 * which organisation, in which role, when, did what with which data, from where.
 *
 * @param at when, in UTC
 * @param action the {@link AuditAction}'s name as stored
 */
public record Disclosure(
    long seq,
    LocalDateTime at,
    String actor,
    Long actorOrganisationId,
    String actorRole,
    String action,
    Long referralId,
    String subject,
    String origin) {

  /** The action's Dutch label ({@code inzien}), or the stored name when it is no known action. */
  public String actionDutch() {
    return Arrays.stream(AuditAction.values())
        .filter(a -> a.name().equals(action))
        .findFirst()
        .map(AuditAction::dutch)
        .orElse(action);
  }
}
