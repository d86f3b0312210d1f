package nl.regioportal.referral.domain;

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

/**
 * How one organisation of the region receives referrals: in the portal (no row, or {@code PORTAL}),
 * by webhook (address and shared secret) or by an e-mail notice (address). Set by the region's
 * coordinators.
 */
@Entity
@Table(name = "organisation_delivery")
public class OrganisationDelivery extends nl.regioportal.tenant.persistence.TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 10)
  private DeliveryChannel channel;

  @Column(name = "url", length = 500)
  private String url;

  @jakarta.persistence.Convert(converter = nl.regioportal.persistence.EncryptedText.class)
  @Column(name = "secret", length = 500)
  private String secret;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected OrganisationDelivery() {}

  public OrganisationDelivery(long organisationId) {
    this.organisationId = organisationId;
    this.channel = DeliveryChannel.PORTAL;
  }

  public void set(
      DeliveryChannel channel,
      String url,
      String secret,
      String email,
      String by,
      LocalDateTime now) {
    this.channel = channel;
    this.url = url;
    this.secret = secret;
    this.email = email;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public long organisationId() {
    return organisationId;
  }

  public DeliveryChannel channel() {
    return channel;
  }

  public String url() {
    return url;
  }

  public String secret() {
    return secret;
  }

  public String email() {
    return email;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
