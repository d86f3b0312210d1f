package nl.regioportal.organisation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.regioportal.tenant.persistence.TenantOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A member organisation of a region: a school, a municipality, a care partner or another party.
 *
 * <p>Invariants: built only from {@link OrganisationRules.Valid} values, so the name is present and
 * the identifier fits the type (a school has a BRIN code, a municipality a CBS code, a care partner
 * a KvK number). Within one region no two organisations share an identifier or a type and name; the
 * same organisation may be registered in several regions (an ROC or a GGZ provider often spans
 * regions), each region keeping its own record. Organisations are deactivated, never deleted,
 * because referrals and agreements keep pointing at them.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 20)
  private OrganisationType type;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "name_key", nullable = false, length = 200)
  private String nameKey;

  @Column(name = "brin", length = 4)
  private String brin;

  @Column(name = "cbs_code", length = 6)
  private String cbsCode;

  @Column(name = "kvk_number", length = 8)
  private String kvkNumber;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "phone", length = 40)
  private String phone;

  @Column(name = "website", length = 300)
  private String website;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @ElementCollection
  @CollectionTable(
      name = "organisation_location",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @OrderColumn(name = "seq")
  @BatchFetch(BatchFetchType.IN)
  private List<Location> locations = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "organisation_municipality",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "municipality_code", length = 6)
  @BatchFetch(BatchFetchType.IN)
  private Set<String> servedMunicipalities = new TreeSet<>();

  @ElementCollection
  @CollectionTable(
      name = "organisation_region",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "region_code", length = 2)
  private Set<String> alsoInRegions = new TreeSet<>();

  protected Organisation() {}

  public Organisation(OrganisationRules.Valid values) {
    apply(values);
    this.active = true;
    this.createdAt = now();
    this.updatedAt = createdAt;
  }

  /** Replaces all editable values; the type may change too (a wrongly typed entry is fixed). */
  public void revise(OrganisationRules.Valid values) {
    apply(values);
    this.updatedAt = now();
  }

  public void deactivate() {
    if (active) {
      active = false;
      updatedAt = now();
    }
  }

  public void reactivate() {
    if (!active) {
      active = true;
      updatedAt = now();
    }
  }

  private void apply(OrganisationRules.Valid v) {
    Objects.requireNonNull(v, "values are required");
    this.type = Objects.requireNonNull(v.type(), "type is required");
    this.name = Objects.requireNonNull(v.name(), "name is required");
    this.nameKey = OrganisationRules.nameKey(v.name());
    this.brin = v.brin();
    this.cbsCode = v.cbsCode();
    this.kvkNumber = v.kvkNumber();
    this.email = v.email();
    this.phone = v.phone();
    this.website = v.website();
    this.locations.clear();
    this.locations.addAll(v.locations());
    this.servedMunicipalities.clear();
    this.servedMunicipalities.addAll(v.servedMunicipalities());
    this.alsoInRegions.clear();
    this.alsoInRegions.addAll(v.alsoInRegions());
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public OrganisationType type() {
    return type;
  }

  public String name() {
    return name;
  }

  /** The registry number that identifies it for its type (BRIN, CBS code or KvK), if any. */
  public String identifier() {
    return switch (type) {
      case SCHOOL -> brin;
      case MUNICIPALITY -> cbsCode;
      case CARE_PARTNER, OTHER -> kvkNumber;
    };
  }

  public String brin() {
    return brin;
  }

  public String cbsCode() {
    return cbsCode;
  }

  public String kvkNumber() {
    return kvkNumber;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public String website() {
    return website;
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

  public List<Location> locations() {
    return List.copyOf(locations);
  }

  public Set<String> servedMunicipalities() {
    return Set.copyOf(servedMunicipalities);
  }

  public Set<String> alsoInRegions() {
    return Set.copyOf(alsoInRegions);
  }
}
