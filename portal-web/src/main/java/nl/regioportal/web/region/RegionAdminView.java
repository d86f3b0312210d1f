package nl.regioportal.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.regioportal.region.Region;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.provisioning.ProvisioningException;
import nl.regioportal.tenant.provisioning.ProvisioningResult;
import nl.regioportal.tenant.provisioning.RegionProvisioning;
import nl.regioportal.web.faces.PageMessages;

/** The platform admin's list of regions, with provisioning. */
@Named
@RequestScoped
public class RegionAdminView {

  @Inject RegionDirectory regions;
  @Inject RegionProvisioning provisioning;
  @Inject PageMessages messages;

  private List<Region> all;

  public List<Region> getRegions() {
    if (all == null) {
      all = regions.all();
    }
    return all;
  }

  public void provision(String code) {
    try {
      ProvisioningResult result = provisioning.provision(new RegionCode(code));
      messages.info(
          result.identityProvider()
              ? "regionsAdmin.provisioned"
              : "regionsAdmin.provisionedLocally",
          code,
          result.createdGroups().size());
      all = null;
    } catch (ProvisioningException e) {
      messages.error(null, "problem.identityProvider.detail");
    }
  }
}
