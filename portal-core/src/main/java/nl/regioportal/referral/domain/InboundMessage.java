package nl.regioportal.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * A status message received from a receiver (a FHIR Task or an inbox click), kept by its
 * de-duplication key: the same key again is dropped as a repeat (unique per region).
 */
@Entity
@Table(name = "referral_inbound")
public class InboundMessage extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Column(name = "dedup_key", nullable = false, length = 200)
  private String dedupKey;

  @Column(name = "received_at", nullable = false)
  private LocalDateTime receivedAt;

  @Column(name = "result", nullable = false, length = 200)
  private String result;

  protected InboundMessage() {}

  public InboundMessage(long referralId, String dedupKey, LocalDateTime at, String result) {
    this.referralId = referralId;
    this.dedupKey = dedupKey;
    this.receivedAt = at;
    this.result = result;
  }

  public String result() {
    return result;
  }
}
