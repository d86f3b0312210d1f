package nl.regioportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * A document of an agenda item: its name, real type (from its bytes), kind, size and hash, and
 * whether it is confidential (for the body's members only). The bytes are an {@link
 * AgendaDocumentContent}.
 *
 * <p>Invariants: never changed once stored (a new version is a new document); type and size were
 * checked before it was stored.
 */
@Entity
@Table(name = "agenda_document")
public class AgendaDocument extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private long meetingId;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(name = "doc_type", nullable = false, length = 20)
  private DocumentType type;

  @Column(name = "confidential", nullable = false)
  private boolean confidential;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  protected AgendaDocument() {}

  public AgendaDocument(
      AgendaItem item,
      String fileName,
      String mediaType,
      DocumentType type,
      boolean confidential,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      LocalDateTime at) {
    this.meetingId = item.meetingId();
    this.itemId = item.id();
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.type = type;
    this.confidential = confidential;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = at;
  }

  public Long id() {
    return id;
  }

  public long meetingId() {
    return meetingId;
  }

  public long itemId() {
    return itemId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public DocumentType type() {
    return type;
  }

  public boolean isConfidential() {
    return confidential;
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
