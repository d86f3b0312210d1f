package nl.regioportal.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.application.OrganisationSummary;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.provisioning.Invitation;
import nl.regioportal.tenant.provisioning.Invitations;
import nl.regioportal.tenant.provisioning.ProvisioningException;
import nl.regioportal.web.faces.PageMessages;

/** A coordinator invites a person of a member organisation ({@code /r/{region}/invitations}). */
@Named
@ViewScoped
public class InvitationView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(InvitationView.class.getName());

  /** The roles a person can be invited into, in the order the form offers them. */
  private static final List<String> ROLES =
      List.of(
          PortalRole.SCHOOL_STAFF.externalName(),
          PortalRole.CARE_WORKER.externalName(),
          PortalRole.POLICY_OFFICER.externalName(),
          PortalRole.RMC_COORDINATOR.externalName());

  @Inject Invitations invitations;
  @Inject OrganisationService organisations;
  @Inject TenantContext tenant;
  @Inject PageMessages messages;

  private String email;
  private String role = ROLES.get(0);
  private Long organisationId;
  private transient List<OrganisationSummary> organisationChoices;
  private Invitation result;
  private Boolean available;

  public void invite() {
    result = null;
    try {
      if (organisationId != null && !organisations.get(organisationId).active()) {
        messages.error("invite:organisation", "invitation.organisation.inactive");
        return;
      }
      result = invitations.invite(tenant.require(), email, role, organisationId);
      messages.info(
          result.created() ? "invitation.done.created" : "invitation.done.existing",
          result.email());
      email = null;
      organisationId = null;
    } catch (NotFoundException e) {
      messages.error("invite:organisation", "error.notFound");
    } catch (ProvisioningException e) {
      if (e.isNotConfigured()) {
        messages.error(null, "invitation.noIdentityProvider");
      } else {
        LOG.warning(() -> "Invitation failed at the identity provider: " + e.getMessage());
        messages.error(null, "problem.identityProvider.detail");
      }
    }
  }

  /**
   * Whether invitations can work here (an identity provider is configured); without one the page
   * says so before anything is typed and its form is switched off.
   */
  public boolean isAvailable() {
    if (available == null) {
      available = invitations.available();
    }
    return available;
  }

  public List<String> getRoles() {
    return ROLES;
  }

  public List<OrganisationSummary> getOrganisationChoices() {
    if (organisationChoices == null) {
      organisationChoices = organisations.activeByName();
    }
    return organisationChoices;
  }

  public Invitation getResult() {
    return result;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }
}
