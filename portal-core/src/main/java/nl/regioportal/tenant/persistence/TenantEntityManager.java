package nl.regioportal.tenant.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantContext;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The one door to tenant-owned data: the transaction's EntityManager with the active region set as
 * EclipseLink's tenant id. Repositories of tenant-owned entities use only this. It needs an active
 * transaction (so the property lives exactly as long as the unit of work and is gone after it) and
 * an active region; without either it refuses.
 */
@ApplicationScoped
public class TenantEntityManager {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject TenantContext tenantContext;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The EntityManager bound to the active region; binds it on first use in a transaction. */
  public EntityManager em() {
    RegionCode region = tenantContext.require();
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new TransactionRequiredException("Tenant-owned data is only touched in a transaction");
    }
    Object bound = em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
    if (!Objects.equals(bound, region.value())) {
      em.setProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, region.value());
    }
    return em;
  }
}
