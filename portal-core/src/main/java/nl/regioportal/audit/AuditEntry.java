package nl.regioportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * One entry of a region's audit trail (ADR 0021): who did what with which data, when and from
 * where, chained to the entry before it by {@code prev_hash} and sealed by {@code hash} ({@link
 * AuditRecord} defines it). Tenant-owned: a region sees only its own trail.
 *
 * <p>Append-only: made once by {@link AuditTrail} from a sealed {@link AuditRecord}; every column
 * is {@code updatable = false} and there are no setters, and no service updates or deletes entries.
 * What the database could still do behind the portal's back, {@link AuditChain} finds.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private long seq;

  @Column(nullable = false, updatable = false)
  private LocalDateTime at;

  @Column(nullable = false, updatable = false, length = AuditRecord.ACTOR_MAX)
  private String actor;

  @Column(name = "actor_organisation_id", updatable = false)
  private Long actorOrganisationId;

  @Column(name = "actor_role", nullable = false, updatable = false, length = AuditRecord.ROLE_MAX)
  private String actorRole;

  /** The {@link AuditAction}'s name; a string so that a row changed to anything still reads. */
  @Column(nullable = false, updatable = false, length = 20)
  private String action;

  @Column(name = "referral_id", updatable = false)
  private Long referralId;

  @Column(name = "student_key", updatable = false, length = AuditRecord.STUDENT_KEY_MAX)
  private String studentKey;

  @Column(nullable = false, updatable = false, length = AuditRecord.SUBJECT_MAX)
  private String subject;

  @Column(nullable = false, updatable = false, length = AuditRecord.ORIGIN_MAX)
  private String origin;

  @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, updatable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  AuditEntry(AuditRecord r) {
    this.seq = r.seq();
    this.at = r.at();
    this.actor = r.actor();
    this.actorOrganisationId = r.actorOrganisationId();
    this.actorRole = r.actorRole();
    this.action = r.action();
    this.referralId = r.referralId();
    this.studentKey = r.studentKey();
    this.subject = r.subject();
    this.origin = r.origin();
    this.prevHash = r.prevHash();
    this.hash = r.hash();
  }

  public Long id() {
    return id;
  }

  public long seq() {
    return seq;
  }

  /** When, in UTC. */
  public LocalDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return AuditAction.valueOf(action);
  }

  public String hash() {
    return hash;
  }
}
