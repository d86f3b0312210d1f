package nl.regioportal.tenant.provisioning;

import java.util.List;
import nl.regioportal.tenant.RegionCode;

/** The identity provider's side of provisioning (Keycloak's admin API in production). */
public interface IdentityDirectory {

  /** Whether an identity provider is configured at all (not in the embedded default). */
  boolean isConfigured();

  /**
   * Makes sure the groups {@code /regions/{code}/{role}} exist with their realm roles; creates what
   * is missing and nothing twice.
   *
   * @return the group paths that were created now (empty when all existed)
   */
  List<String> ensureRegionGroups(RegionCode region);
}
