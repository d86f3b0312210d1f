package nl.regioportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of a region's audit chain: the last entry's {@code seq} and {@code hash} (0 and {@link
 * AuditRecord#GENESIS} before the first). One row per region, made by migration V14 for every
 * region (and by {@link AuditTrail} for a region added later). Every append locks it ({@code SELECT
 * ... FOR UPDATE}) and moves it on in the same transaction, so appends of one region happen one
 * after the other and the chain never forks; {@link AuditChain} compares the chain's end with it,
 * so entries removed from the end are found too.
 *
 * <p>Not tenant-owned (its key is the region itself, which the multitenant mapping cannot express):
 * it names its region, and only the audit trail of that region, the active one, reads it. It holds
 * no personal data.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

  @Id
  @Column(name = "tenant_id", length = 2)
  private String region;

  @Column(nullable = false)
  private long seq;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditHead() {}

  AuditHead(String region) {
    this.region = region;
    this.seq = 0;
    this.hash = AuditRecord.GENESIS;
  }

  void advance(AuditRecord appended) {
    if (appended.seq() != seq + 1 || !appended.prevHash().equals(hash)) {
      throw new IllegalStateException("An audit entry must follow the head of its region");
    }
    this.seq = appended.seq();
    this.hash = appended.hash();
  }

  public String region() {
    return region;
  }

  public long seq() {
    return seq;
  }

  public String hash() {
    return hash;
  }
}
