package nl.regioportal.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.provisioning.Invitation;
import nl.regioportal.tenant.provisioning.Invitations;

/** Coordinators invite people of member organisations into the region in the path. */
@Path("regions/{region}/invitations")
@RequestScoped
public class InvitationResource {

  /** Who to invite: an e-mail address, a regional role, and optionally their organisation. */
  public record InvitationDto(String email, String role, Long organisationId) {}

  @Inject Invitations invitations;
  @Inject OrganisationService organisations;
  @Inject TenantContext tenant;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Invitation invite(InvitationDto input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    if (input.organisationId() != null
        && !organisations.get(input.organisationId()).active()) { // another region's: 404
      throw new InvalidInputException(
          List.of(Violation.of("organisationId", "invitation.organisation.inactive")));
    }
    return invitations.invite(
        tenant.require(), input.email(), input.role(), input.organisationId());
  }
}
