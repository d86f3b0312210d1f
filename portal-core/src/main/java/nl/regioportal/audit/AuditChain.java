package nl.regioportal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Checks a region's audit chain (ADR 0021): recomputes every entry's hash in seq order and compares
 * the end of the chain with the region's head, so that a changed field, a removed entry (a gap in
 * seq, a prev_hash that no longer fits, entries missing at the end), a replaced or reordered entry
 * is reported at the first entry where it shows. It reads {@value #PAGE} entries per query and
 * keeps none of them, so a large region is checked in constant memory.
 *
 * <p>What it cannot find: someone with write access to the database who rewrites the chain from
 * some entry on <em>and</em> its head (the hash has no secret). Against that the head's hash is to
 * be kept outside the database now and then (the check's result names it); see the ADR.
 */
@ApplicationScoped
public class AuditChain {

  /** Entries read per query. */
  static final int PAGE = 1000;

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenantContext;
  @Inject CurrentCaller caller;

  /**
   * Checks the chain of {@code region}, which must be the active region (a coordinator's page, or
   * the system job of that region).
   *
   * @throws AccessDeniedException unless the caller manages the region (coordinator, platform
   *     admin, the system)
   */
  @Transactional
  public ChainCheck verify(RegionCode region) {
    RegionCode active = tenantContext.require();
    if (!active.equals(region)) {
      throw new IllegalArgumentException(
          "The audit chain of region " + region + " is checked from within that region");
    }
    if (!caller.managesRegion(region)) {
      throw new AccessDeniedException(
          "Alleen de coördinator controleert de auditketen / Only the coordinator checks the audit"
              + " chain.");
    }
    return AuditLedger.verify(tenantEm.em(), region.value(), PAGE);
  }
}
