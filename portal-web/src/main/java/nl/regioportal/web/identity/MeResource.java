package nl.regioportal.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regioportal.tenant.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who the caller is to the portal: the name, and each region and role it acts in, with the
 * organisation where it is bound to one (a partner system's token, an invited person). Lets a
 * partner check its set-up before it sends anything.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** The caller. */
  @Schema(name = "Me")
  @JsonbPropertyOrder({"name", "platformAdmin", "memberships"})
  public record MeDto(String name, boolean platformAdmin, List<MembershipDto> memberships) {}

  /** A region and role the caller acts in; the organisation where it is bound to one. */
  @Schema(name = "Membership")
  @JsonbPropertyOrder({"region", "role", "organisationId"})
  public record MembershipDto(
      @Schema(example = "29") String region,
      @Schema(example = "rmc-coordinator") String role,
      Long organisationId) {}

  @Inject CurrentCaller caller;

  @GET
  public MeDto me() {
    return new MeDto(
        caller.username(),
        caller.isPlatformAdmin(),
        caller.memberships().stream()
            .map(
                m ->
                    new MembershipDto(
                        m.region().value(), m.role().externalName(), m.organisationId()))
            .toList());
  }
}
