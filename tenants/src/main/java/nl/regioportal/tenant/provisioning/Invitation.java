package nl.regioportal.tenant.provisioning;

/**
 * What inviting a person did.
 *
 * @param emailSent the identity provider e-mailed the account set-up link
 * @param temporaryPassword development only, when no mail could be sent: a one-time password the
 *     person must change at first sign-in; {@code null} otherwise
 */
public record Invitation(
    String email,
    String region,
    String role,
    boolean created,
    boolean emailSent,
    String temporaryPassword)
    implements java.io.Serializable {}
