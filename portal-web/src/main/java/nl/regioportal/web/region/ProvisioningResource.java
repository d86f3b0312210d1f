package nl.regioportal.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.provisioning.ProvisioningResult;
import nl.regioportal.tenant.provisioning.RegionProvisioning;

/** Provisions the region in the path as a tenant (platform admins; repeatable). */
@Path("regions/{region}/provisioning")
@RequestScoped
public class ProvisioningResource {

  @Inject RegionProvisioning provisioning;
  @Inject TenantContext tenant;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public ProvisioningResult provision() {
    return provisioning.provision(tenant.require());
  }
}
