package nl.regioportal.tenant.persistence;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import nl.regioportal.tenant.NoTenantException;
import nl.regioportal.tenant.TenantContext;

/**
 * Refuses to persist a tenant-owned entity while no region is active. Without it a row could be
 * written with whatever tenant the EntityManager last had, or none.
 */
public class TenantGuard {

  @PrePersist
  void requireTenant(Object entity) {
    TenantContext context = CDI.current().select(TenantContext.class).get();
    boolean active;
    try {
      active = context.current().isPresent();
    } catch (jakarta.enterprise.context.ContextNotActiveException e) {
      active = false;
    }
    if (!active) {
      throw new NoTenantException();
    }
  }
}
