package nl.regioportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.regioportal.organisation.domain.OrganisationRules;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * A body of the region's governance: the administrative table (bestuurlijk overleg), its
 * preparation group (ambtelijk voorportaal), a working group.
 *
 * <p>Invariants: built only from {@link GovernanceRules.ValidBody} values; no two bodies of a
 * region share a name (compared case-insensitively, the database holds it unique too); the parent
 * is a body of the same region and the parents never form a cycle (checked by the service, which
 * sees the region's bodies). Bodies are deactivated, not deleted.
 */
@Entity
@Table(name = "governing_body")
public class GoverningBody extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "name_key", nullable = false, length = 200)
  private String nameKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private BodyKind kind;

  @Column(name = "description", length = 2000)
  private String description;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected GoverningBody() {}

  public GoverningBody(GovernanceRules.ValidBody values) {
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    apply(values);
  }

  /** Replaces every editable value. */
  public void revise(GovernanceRules.ValidBody values) {
    apply(values);
  }

  private void apply(GovernanceRules.ValidBody v) {
    Objects.requireNonNull(v, "values are required");
    this.name = v.name();
    this.nameKey = OrganisationRules.nameKey(v.name());
    this.kind = v.kind();
    this.description = v.description();
    this.parentId = v.parentId();
    this.active = v.active();
    this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public String nameKey() {
    return nameKey;
  }

  public BodyKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public Long parentId() {
    return parentId;
  }

  public boolean isActive() {
    return active;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }
}
