package nl.regioportal.funding.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioportal.tenant.persistence.TenantOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One version (or scenario) of an arrangement's funding key: the total, the parts, the
 * participating municipalities and their indicator values, and the municipalities' reviews.
 *
 * <p>Life: {@code DRAFT} (the coordinator changes it freely) -> {@code PUBLISHED} (frozen; each
 * participant approves or objects for itself) -> {@code LOCKED} (all approved, or a governance
 * decision recorded) -> {@code SUPERSEDED} (a later version took its place). Only a draft's key
 * ever changes; a locked version is never changed, only superseded.
 */
@Entity
@Table(name = "funding_version")
public class FundingVersion extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version")
  private long revision;

  @Column(name = "arrangement_id", nullable = false)
  private long arrangementId;

  @Column(name = "number", nullable = false)
  private int number;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private VersionStatus status;

  @Column(name = "total_cents", nullable = false)
  private long totalCents;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Column(name = "published_by", length = 100)
  private String publishedBy;

  @Column(name = "locked_at")
  private LocalDateTime lockedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "lock_reason", length = 20)
  private LockReason lockReason;

  @Column(name = "governance_decision", length = 500)
  private String governanceDecision;

  /** The governance decision (issue 11) that locked this version, if one did. */
  @Column(name = "decision_id")
  private Long decisionId;

  @Column(name = "superseded_at")
  private LocalDateTime supersededAt;

  // Batch fetching (IN): reading an arrangement's versions loads each collection of all of them in
  // one statement instead of one per version (the arrangement and version pages list them all)
  @ElementCollection
  @CollectionTable(name = "funding_key_part", joinColumns = @JoinColumn(name = "version_id"))
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("seq")
  private List<KeyPartRow> parts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "funding_participant", joinColumns = @JoinColumn(name = "version_id"))
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("seq")
  private List<ParticipantRow> participants = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "funding_indicator_value", joinColumns = @JoinColumn(name = "version_id"))
  @BatchFetch(BatchFetchType.IN)
  private List<IndicatorValueRow> indicatorValues = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "funding_review", joinColumns = @JoinColumn(name = "version_id"))
  @BatchFetch(BatchFetchType.IN)
  private List<ReviewRow> reviews = new ArrayList<>();

  protected FundingVersion() {}

  public FundingVersion(
      long arrangementId, int number, String label, String createdBy, LocalDateTime now) {
    this.arrangementId = arrangementId;
    this.number = number;
    this.label = label;
    this.status = VersionStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Replaces the whole key of a draft. The values must have passed the engine's validation. */
  public void replaceKey(
      String label,
      long totalCents,
      List<KeyPartRow> parts,
      List<ParticipantRow> participants,
      List<IndicatorValueRow> indicatorValues) {
    requireStatus(VersionStatus.DRAFT);
    this.label = label;
    this.totalCents = totalCents;
    // The position is a value of each row (not an @OrderColumn): EclipseLink then deletes and
    // inserts changed rows instead of shifting positions with UPDATEs, which can collide with the
    // primary key (version_id, seq) on MariaDB when rows are reordered.
    this.parts.clear();
    for (int i = 0; i < parts.size(); i++) {
      this.parts.add(parts.get(i).at(i));
    }
    this.participants.clear();
    for (int i = 0; i < participants.size(); i++) {
      this.participants.add(participants.get(i).at(i));
    }
    this.indicatorValues.clear();
    this.indicatorValues.addAll(indicatorValues);
  }

  public void publish(String by, LocalDateTime now) {
    requireStatus(VersionStatus.DRAFT);
    if (participants.isEmpty() || parts.isEmpty()) {
      throw new IllegalStateException("An empty key cannot be published");
    }
    status = VersionStatus.PUBLISHED;
    publishedBy = by;
    publishedAt = now;
  }

  /** Records (or replaces) a participant's answer to this published version. */
  public void review(
      String municipalityCode,
      ReviewDecision decision,
      String comment,
      String by,
      LocalDateTime now) {
    requireStatus(VersionStatus.PUBLISHED);
    if (!isParticipant(municipalityCode)) {
      throw new IllegalArgumentException(municipalityCode + " does not take part in this key");
    }
    reviews.removeIf(r -> r.municipalityCode().equals(municipalityCode));
    reviews.add(new ReviewRow(municipalityCode, decision, comment, by, now));
  }

  public boolean allApproved() {
    return participants.stream()
        .allMatch(
            p ->
                review(p.municipalityCode())
                    .map(r -> r.decision() == ReviewDecision.APPROVED)
                    .orElse(false));
  }

  public void lock(LockReason reason, String decision, LocalDateTime now) {
    lock(reason, decision, null, now);
  }

  /** Locks the version; {@code decisionId}: the governance decision that did it, if one did. */
  public void lock(LockReason reason, String decision, Long decisionId, LocalDateTime now) {
    requireStatus(VersionStatus.PUBLISHED);
    status = VersionStatus.LOCKED;
    lockReason = reason;
    governanceDecision = decision;
    this.decisionId = decisionId;
    lockedAt = now;
  }

  /**
   * A governance decision adopts a version that is locked already (every municipality approved it):
   * the lock stays as it is and names the decision, if none did before.
   */
  public void confirmByDecision(String decision, long decisionId) {
    requireStatus(VersionStatus.LOCKED);
    if (this.decisionId == null) {
      this.governanceDecision = decision;
      this.decisionId = decisionId;
    }
  }

  public Long decisionId() {
    return decisionId;
  }

  /** A later version takes this one's place: a draft never, anything published or locked may. */
  public void supersede(LocalDateTime now) {
    if (status != VersionStatus.PUBLISHED && status != VersionStatus.LOCKED) {
      throw new IllegalStateException("Only a published or locked version is superseded");
    }
    status = VersionStatus.SUPERSEDED;
    supersededAt = now;
  }

  public boolean isParticipant(String municipalityCode) {
    return participants.stream().anyMatch(p -> p.municipalityCode().equals(municipalityCode));
  }

  public Optional<ReviewRow> review(String municipalityCode) {
    return reviews.stream().filter(r -> r.municipalityCode().equals(municipalityCode)).findFirst();
  }

  private void requireStatus(VersionStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("Version " + number + " is " + status + ", not " + expected);
    }
  }

  public Long id() {
    return id;
  }

  public long revision() {
    return revision;
  }

  public long arrangementId() {
    return arrangementId;
  }

  public int number() {
    return number;
  }

  public String label() {
    return label;
  }

  public VersionStatus status() {
    return status;
  }

  public long totalCents() {
    return totalCents;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public LocalDateTime lockedAt() {
    return lockedAt;
  }

  public LockReason lockReason() {
    return lockReason;
  }

  public String governanceDecision() {
    return governanceDecision;
  }

  public LocalDateTime supersededAt() {
    return supersededAt;
  }

  public List<KeyPartRow> parts() {
    return List.copyOf(parts);
  }

  public List<ParticipantRow> participants() {
    return List.copyOf(participants);
  }

  public List<IndicatorValueRow> indicatorValues() {
    return List.copyOf(indicatorValues);
  }

  public List<ReviewRow> reviews() {
    return List.copyOf(reviews);
  }
}
