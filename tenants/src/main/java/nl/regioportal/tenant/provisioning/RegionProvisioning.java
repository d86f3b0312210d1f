package nl.regioportal.tenant.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import nl.regioportal.region.Region;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionCode;

/**
 * Provisions a region as a working tenant: the identity provider's groups first (idempotent there),
 * then the portal's record in one transaction. Repeating it is safe: nothing is created twice, and
 * a step that failed is completed by the next attempt. Platform admins only.
 */
@ApplicationScoped
public class RegionProvisioning {

  private static final Logger LOG = Logger.getLogger(RegionProvisioning.class.getName());

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject IdentityDirectory identity;

  @Transactional(rollbackOn = Exception.class)
  public ProvisioningResult provision(RegionCode code) {
    if (!caller.isPlatformAdmin()) {
      throw new AccessDeniedException("Only a platform administrator may provision a region.");
    }
    Region region = em.find(Region.class, code.value());
    if (region == null) {
      throw new NotFoundException("region", code);
    }
    List<String> created = identity.isConfigured() ? identity.ensureRegionGroups(code) : List.of();
    region.markProvisioned(caller.username(), LocalDateTime.now(ZoneOffset.UTC));
    LOG.info(
        () -> "Region " + code + " provisioned by " + caller.username() + "; created " + created);
    return new ProvisioningResult(
        code.value(), region.provisionedAt().orElseThrow(), identity.isConfigured(), created);
  }
}
