package nl.regioportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.regioportal.persistence.EncryptedBytes;
import nl.regioportal.tenant.persistence.TenantOwned;

/** The bytes of an {@link AgendaDocument}, encrypted at rest as referral attachments are. */
@Entity
@Table(name = "agenda_document_content")
public class AgendaDocumentContent extends TenantOwned {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @Convert(converter = EncryptedBytes.class)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected AgendaDocumentContent() {}

  public AgendaDocumentContent(long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
