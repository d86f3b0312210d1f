package nl.regioportal.tenant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import nl.regioportal.tenant.RegionCode;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of every tenant-owned entity. EclipseLink writes the active region into {@code tenant_id} on
 * insert and adds {@code tenant_id = ?} to every query, update and delete, so no repository writes
 * a tenant condition itself and no query can see another region's rows.
 *
 * <p>Invariant: a row is created only while a region is active ({@link TenantGuard}), and its
 * region never changes.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
    length = 2)
@EntityListeners(TenantGuard.class)
public abstract class TenantOwned {

  /** Read-only view of the discriminator, filled by EclipseLink when the row is read. */
  @Column(name = "tenant_id", insertable = false, updatable = false, length = 2)
  private String tenantId;

  /** The region that owns this row; empty for an entity not yet read back from the database. */
  public java.util.Optional<RegionCode> region() {
    return java.util.Optional.ofNullable(tenantId).map(RegionCode::new);
  }
}
