package nl.regioportal.tenant.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.MembershipDirectory;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A coordinator invites a person of a member organisation into the region in a role: the identity
 * provider gets (or already has) the person and puts them in the region's role group; the portal
 * records the membership with the organisation. Repeating an invitation is safe.
 */
@ApplicationScoped
public class Invitations {

  private static final Logger LOG = Logger.getLogger(Invitations.class.getName());
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * A person's user name is their e-mail address; memberships keep at most this many characters.
   */
  static final int MAX_EMAIL = 100;

  @Inject CurrentCaller caller;
  @Inject IdentityDirectory identity;
  @Inject MembershipDirectory memberships;

  @Inject
  @ConfigProperty(name = "portal.mode", defaultValue = "production")
  String mode;

  @Transactional(rollbackOn = Exception.class)
  public Invitation invite(
      RegionCode region, String rawEmail, String rawRole, Long organisationId) {
    if (!caller.hasRole(region, PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN)) {
      throw new AccessDeniedException("Only the region's coordinators may invite people.");
    }
    List<Violation> problems = new ArrayList<>();
    String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(email).matches() || email.length() > MAX_EMAIL) {
      problems.add(Violation.of("email", "organisation.email.invalid", email));
    }
    PortalRole role =
        PortalRole.fromExternalName(rawRole == null ? "" : rawRole.trim()).orElse(null);
    if (role == null || role == PortalRole.PLATFORM_ADMIN) {
      problems.add(Violation.of("role", "invitation.role.invalid", String.valueOf(rawRole)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (!identity.isConfigured()) {
      throw ProvisioningException.notConfigured(
          "No identity provider is configured to invite people into.");
    }
    boolean created = identity.ensureMember(email, region, role);
    memberships.grant(email, new Membership(region, role, organisationId));
    boolean sent = identity.sendSetupEmail(email);
    String temporary = null;
    if (!sent
        && "development".equalsIgnoreCase(mode)
        && (created || identity.setupPending(email))) {
      temporary = identity.setTemporaryPassword(email);
    }
    LOG.info(() -> caller.username() + " invited " + email + " into " + region + " as " + rawRole);
    return new Invitation(email, region.value(), role.externalName(), created, sent, temporary);
  }
}
