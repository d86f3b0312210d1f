package nl.regioportal.audit;

import java.util.Objects;
import java.util.Optional;
import nl.regioportal.tenant.PortalRole;

/**
 * What an application service reports to {@link AuditTrail#record}: the action, what was touched
 * and whose data it was. Who, when, where and in which region are added by the trail.
 *
 * <p>The subject names the thing, never its content: {@code "referral 123: student data"}, not the
 * student's name. A student is named only by the pseudonymous key ({@code
 * nl.regioportal.persistence.StudentPseudonym}).
 *
 * @param action what was done
 * @param subject what was touched, 1 to {@value AuditRecord#SUBJECT_MAX} characters, no control
 *     characters
 * @param referralId the referral it belongs to, or {@code null}
 * @param studentKey the student's pseudonymous key, or {@code null} when no student's data was
 *     touched
 * @param role the role the caller acted in, when the service knows it (a caller with several roles
 *     in the region); {@code null}: every role the caller holds there
 */
public record AuditEvent(
    AuditAction action, String subject, Long referralId, String studentKey, PortalRole role) {

  public AuditEvent {
    Objects.requireNonNull(action, "action is required");
    Objects.requireNonNull(subject, "subject is required");
  }

  /** An event of {@code action} on {@code subject}, of no referral or student (yet). */
  public static AuditEvent of(AuditAction action, String subject) {
    return new AuditEvent(action, subject, null, null, null);
  }

  /** The same event, belonging to referral {@code id}. */
  public AuditEvent referral(long id) {
    return new AuditEvent(action, subject, id, studentKey, role);
  }

  /** The same event, touching the data of the student with this pseudonymous key. */
  public AuditEvent student(String key) {
    return new AuditEvent(action, subject, referralId, Objects.requireNonNull(key), role);
  }

  /** The same event, done in {@code role} (which the caller must hold in the region). */
  public AuditEvent as(PortalRole actingRole) {
    return new AuditEvent(
        action, subject, referralId, studentKey, Objects.requireNonNull(actingRole));
  }

  public Optional<PortalRole> actingRole() {
    return Optional.ofNullable(role);
  }
}
