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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * A student's consent to share information with one receiver for one purpose until a date: its own
 * record, so that it can be shown, receipted and withdrawn apart from the referral. Once withdrawn
 * it stays withdrawn.
 */
@Entity
@Table(name = "referral_consent")
public class ReferralConsent extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Column(name = "receiver_organisation_id", nullable = false)
  private long receiverOrganisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "given_by", nullable = false, length = 30)
  private ConsentGiver givenBy;

  @jakarta.persistence.Convert(converter = nl.regioportal.persistence.EncryptedText.class)
  @Column(name = "guardian_name", length = 500)
  private String guardianName;

  @Column(name = "categories", nullable = false, length = 200)
  private String categories;

  @Column(name = "purpose", nullable = false, length = 1000)
  private String purpose;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "obtained", nullable = false, length = 20)
  private ConsentObtained obtained;

  @Column(name = "given_at", nullable = false)
  private LocalDateTime givenAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "withdrawn_at")
  private LocalDateTime withdrawnAt;

  @Column(name = "withdrawn_by", length = 100)
  private String withdrawnBy;

  protected ReferralConsent() {}

  public ReferralConsent(
      long referralId,
      long receiverOrganisationId,
      ReferralRules.ValidConsent c,
      String recordedBy,
      LocalDateTime now) {
    this.referralId = referralId;
    this.receiverOrganisationId = receiverOrganisationId;
    this.givenBy = c.givenBy();
    this.guardianName = c.guardianName();
    this.categories =
        c.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.purpose = c.purpose();
    this.validUntil = c.validUntil();
    this.obtained = c.obtained();
    this.givenAt = now;
    this.recordedBy = recordedBy;
  }

  /** Valid on {@code day} for {@code receiver}: not withdrawn, not expired, the same receiver. */
  public boolean validFor(long receiver, LocalDate day) {
    return withdrawnAt == null && receiverOrganisationId == receiver && !day.isAfter(validUntil);
  }

  /** Withdraws it (idempotent: a second withdrawal keeps the first's time). */
  public boolean withdraw(String by, LocalDateTime now) {
    if (withdrawnAt != null) {
      return false;
    }
    this.withdrawnAt = now;
    this.withdrawnBy = by;
    return true;
  }

  /** Removes the guardian's name (retention: the referral is anonymised). */
  public void eraseGuardianName() {
    this.guardianName = null;
  }

  public long id() {
    return id;
  }

  public long referralId() {
    return referralId;
  }

  public long receiverOrganisationId() {
    return receiverOrganisationId;
  }

  public ConsentGiver givenBy() {
    return givenBy;
  }

  public String guardianName() {
    return guardianName;
  }

  public Set<InformationCategory> categories() {
    Set<InformationCategory> out = EnumSet.noneOf(InformationCategory.class);
    if (!categories.isBlank()) {
      Arrays.stream(categories.split(",")).map(InformationCategory::valueOf).forEach(out::add);
    }
    return out;
  }

  public boolean covers(InformationCategory c) {
    return categories().contains(c);
  }

  public String purpose() {
    return purpose;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public ConsentObtained obtained() {
    return obtained;
  }

  public LocalDateTime givenAt() {
    return givenAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDateTime withdrawnAt() {
    return withdrawnAt;
  }

  public String withdrawnBy() {
    return withdrawnBy;
  }
}
