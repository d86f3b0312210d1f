package nl.regioportal.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.regioportal.persistence.EncryptedBytes;
import nl.regioportal.tenant.persistence.TenantOwned;

/** The bytes of a {@link ReferralAttachment}, encrypted at rest (ADR 0022). */
@Entity
@Table(name = "referral_attachment_content")
public class ReferralAttachmentContent extends TenantOwned {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Convert(converter = EncryptedBytes.class)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected ReferralAttachmentContent() {}

  public ReferralAttachmentContent(long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
  }

  public long attachmentId() {
    return attachmentId;
  }

  public byte[] content() {
    return content.clone();
  }
}
