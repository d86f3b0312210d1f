package nl.regioportal.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.regioportal.persistence.EncryptedText;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * The description of a file sent along with a referral: its name (encrypted: a name may name the
 * student), the media type found in its first bytes, its size and SHA-256. The bytes are in {@link
 * ReferralAttachmentContent}, read only when the file is downloaded or delivered.
 */
@Entity
@Table(name = "referral_attachment")
public class ReferralAttachment extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Convert(converter = EncryptedText.class)
  @Column(name = "file_name", nullable = false, length = 1200)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  protected ReferralAttachment() {}

  public ReferralAttachment(
      long referralId,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      LocalDateTime uploadedAt,
      String uploadedBy) {
    this.referralId = referralId;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public long id() {
    return id;
  }

  public long referralId() {
    return referralId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public LocalDateTime uploadedAt() {
    return uploadedAt;
  }

  public String uploadedBy() {
    return uploadedBy;
  }
}
