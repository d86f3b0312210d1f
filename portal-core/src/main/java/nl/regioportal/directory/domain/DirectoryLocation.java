package nl.regioportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import nl.regioportal.tenant.persistence.TenantOwned;

/** A place where an organisation gives services (HSDS location), with its municipality. */
@Entity
@Table(name = "directory_location")
public class DirectoryLocation extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "public_id", nullable = false, length = 36)
  private String publicId;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "street", length = 200)
  private String street;

  @Column(name = "postal_code", length = 7)
  private String postalCode;

  @Column(name = "city", nullable = false, length = 120)
  private String city;

  @Column(name = "municipality_code", length = 6)
  private String municipalityCode;

  @Column(name = "latitude", precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(name = "longitude", precision = 9, scale = 6)
  private BigDecimal longitude;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected DirectoryLocation() {}

  public DirectoryLocation(
      long organisationId,
      String name,
      String street,
      String postalCode,
      String city,
      String municipalityCode) {
    this.publicId = UUID.randomUUID().toString();
    this.organisationId = organisationId;
    this.name = Objects.requireNonNull(name);
    this.street = street;
    this.postalCode = postalCode;
    this.city = Objects.requireNonNull(city);
    this.municipalityCode = municipalityCode;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  public long organisationId() {
    return organisationId;
  }

  public String name() {
    return name;
  }

  public String street() {
    return street;
  }

  public String postalCode() {
    return postalCode;
  }

  public String city() {
    return city;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public BigDecimal latitude() {
    return latitude;
  }

  public BigDecimal longitude() {
    return longitude;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }
}
