package nl.regioportal.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.provisioning.ProvisioningResult;
import nl.regioportal.tenant.provisioning.RegionProvisioning;
import nl.regioportal.web.api.Timestamps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Provisions the region in the path as a tenant (platform admins; repeatable). */
@Path("regions/{region}/provisioning")
@RequestScoped
public class ProvisioningResource {

  /** What provisioning the region did. */
  @Schema(name = "ProvisioningResult")
  public record ProvisioningDto(
      String region,
      OffsetDateTime provisionedAt,
      @Schema(description = "Whether the identity provider was provisioned too.")
          boolean identityProvider,
      @Schema(description = "The group paths created now; empty when all existed.")
          List<String> createdGroups) {}

  @Inject RegionProvisioning provisioning;
  @Inject TenantContext tenant;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public ProvisioningDto provision() {
    ProvisioningResult r = provisioning.provision(tenant.require());
    return new ProvisioningDto(
        r.region(), Timestamps.utc(r.provisionedAt()), r.identityProvider(), r.createdGroups());
  }
}
