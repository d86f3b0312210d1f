package nl.regioportal.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import nl.regioportal.tenant.RegionCode;

/**
 * A Doorstroompunt (RMC) region: one tenant of the portal. Global reference data.
 *
 * <p>Invariant: the code is two digits and never changes; the name is not blank.
 */
@Entity
@Cacheable
@Table(name = "region")
public class Region {

  @Id
  @Column(name = "code", length = 2)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "contact_municipality", length = 120)
  private String contactMunicipality;

  @Column(name = "provisioned_at")
  private java.time.LocalDateTime provisionedAt;

  @Column(name = "provisioned_by", length = 100)
  private String provisionedBy;

  protected Region() {}

  public Region(RegionCode code, String name, String contactMunicipality) {
    this.code = Objects.requireNonNull(code, "code is required").value();
    this.name = requireText(name);
    this.contactMunicipality = contactMunicipality;
  }

  public RegionCode code() {
    return new RegionCode(code);
  }

  public String name() {
    return name;
  }

  public String contactMunicipality() {
    return contactMunicipality;
  }

  /** "29 Rijnmond": how people name a region. */
  public String label() {
    return code + " " + name;
  }

  /** When the region was (last) provisioned as a tenant; empty if never. */
  public java.util.Optional<java.time.LocalDateTime> provisionedAt() {
    return java.util.Optional.ofNullable(provisionedAt);
  }

  public String provisionedBy() {
    return provisionedBy;
  }

  /** Records a (repeated) provisioning; the first time is kept. */
  public void markProvisioned(String by, java.time.LocalDateTime when) {
    if (provisionedAt == null) {
      provisionedAt = when;
      provisionedBy = by;
    }
  }

  void rename(String newName) {
    this.name = requireText(newName);
  }

  private static String requireText(String s) {
    Objects.requireNonNull(s, "name is required");
    if (s.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return s.trim();
  }
}
