package nl.regioportal.tenant.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ContactFormats;
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
 *
 * <p>The invitation binds to one account, by its id: a new one (which gets the set-up e-mail, or in
 * development a one-time password), or an existing one only when its e-mail address is verified
 * (refused otherwise). An existing account is never sent a password action. The membership is
 * recorded under the account's own user name, which is what the person signs in as.
 */
@ApplicationScoped
public class Invitations {

  private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

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

  /**
   * Whether people can be invited here at all: only with an identity provider (Keycloak) to create
   * their accounts in. The embedded default (the run command) has none, and its development login
   * knows only the demo users, so pages say so before anything is typed.
   */
  public boolean available() {
    return identity.isConfigured();
  }

  /**
   * Invites a person; without an identity provider it refuses at once ({@link
   * ProvisioningException#isNotConfigured()}), whatever was typed, and changes nothing.
   */
  @Transactional(rollbackOn = Exception.class)
  public Invitation invite(
      RegionCode region, String rawEmail, String rawRole, Long organisationId) {
    if (!caller.hasRole(region, PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN)) {
      throw new AccessDeniedException("Only the region's coordinators may invite people.");
    }
    if (!identity.isConfigured()) {
      throw ProvisioningException.notConfigured(
          "No identity provider is configured to invite people into.");
    }
    List<Violation> problems = new ArrayList<>();
    String email = rawEmail == null ? "" : rawEmail.trim().toLowerCase(Locale.ROOT);
    if (!ContactFormats.isEmail(email) || email.length() > MAX_EMAIL) {
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
    Optional<IdentityDirectory.Account> existing = identity.findByEmail(email);
    if (existing.isPresent() && !existing.get().emailVerified()) {
      // Anyone can put an address they do not own on an account (self-service, another identity
      // provider, a typo): binding it would hand this region to whoever holds that account.
      LOG.warning(
          () ->
              caller.username()
                  + " invited "
                  + email
                  + " into "
                  + region
                  + ": refused, the existing account's e-mail address is not verified");
      throw new InvalidInputException(
          List.of(Violation.of("email", "invitation.email.unverified", email)));
    }
    boolean created = existing.isEmpty();
    IdentityDirectory.Account account = existing.orElseGet(() -> identity.create(email));
    identity.addToRegionGroup(account.id(), region, role);
    memberships.grant(account.username(), new Membership(region, role, organisationId));
    boolean sent = false;
    String temporary = null;
    if (created) { // an existing account is never sent a password (re)set
      sent = identity.sendSetupEmail(account.id());
      if (!sent && "development".equalsIgnoreCase(mode)) {
        temporary = identity.setTemporaryPassword(account.id());
      }
    }
    LOG.info(() -> caller.username() + " invited " + email + " into " + region + " as " + rawRole);
    return new Invitation(email, region.value(), role.externalName(), created, sent, temporary);
  }
}
