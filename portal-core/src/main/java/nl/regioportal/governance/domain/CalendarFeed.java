package nl.regioportal.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * A person's calendar feed of the region's meetings (all bodies, or one): reached by an address
 * with a random token, of which only the SHA-256 is kept.
 *
 * <p>Invariants: the token hash never changes; once revoked, a feed stays revoked (a new one is
 * made instead).
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  @Column(name = "body_id")
  private Long bodyId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "last_read_at")
  private LocalDateTime lastReadAt;

  protected CalendarFeed() {}

  public CalendarFeed(String username, Long bodyId, String tokenHash, LocalDateTime at) {
    this.username = username;
    this.bodyId = bodyId;
    this.tokenHash = tokenHash;
    this.createdAt = at;
  }

  public void revoke(LocalDateTime at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  public void read(LocalDateTime at) {
    lastReadAt = at;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public Long bodyId() {
    return bodyId;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime revokedAt() {
    return revokedAt;
  }

  public LocalDateTime lastReadAt() {
    return lastReadAt;
  }
}
