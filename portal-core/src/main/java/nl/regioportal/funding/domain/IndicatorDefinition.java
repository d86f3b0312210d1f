package nl.regioportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * An indicator a region registered itself (beside the built-in ones of {@link BasisCatalogue}): its
 * code, which keys, imports and the API use, and its labels. The code never changes once
 * registered; the labels may.
 *
 * <p>Invariants: the code is 2-40 lower-case letters, digits or underscores and no built-in code;
 * the Dutch label is present; both labels are at most 200 characters (checked by the application
 * service before construction).
 */
@Entity
@Table(name = "indicator_definition")
public class IndicatorDefinition extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "code", nullable = false, length = 40, updatable = false)
  private String code;

  @Column(name = "label_nl", nullable = false, length = 200)
  private String dutchLabel;

  @Column(name = "label_en", length = 200)
  private String englishLabel;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected IndicatorDefinition() {}

  public IndicatorDefinition(
      String code,
      String dutchLabel,
      String englishLabel,
      String createdBy,
      LocalDateTime createdAt) {
    this.code = code;
    this.dutchLabel = dutchLabel;
    this.englishLabel = englishLabel;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** New labels; the code stays. */
  public void relabel(String dutchLabel, String englishLabel) {
    this.dutchLabel = dutchLabel;
    this.englishLabel = englishLabel;
  }

  /** The indicator as a basis of the region's catalogue. */
  public Basis basis() {
    return new Basis(code, dutchLabel, englishLabel, Basis.Kind.REGION);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String code() {
    return code;
  }

  public String dutchLabel() {
    return dutchLabel;
  }

  public String englishLabel() {
    return englishLabel;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
