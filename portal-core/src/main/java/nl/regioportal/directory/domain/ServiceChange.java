package nl.regioportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import nl.regioportal.tenant.persistence.TenantOwned;

/** One changed field of a service: old value, new value, who and when. Never changed itself. */
@Entity
@Table(name = "directory_change")
public class ServiceChange extends TenantOwned {

  static final int VALUE_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "service_id", nullable = false)
  private long serviceId;

  @Column(name = "field", nullable = false, length = 60)
  private String field;

  @Column(name = "old_value", length = VALUE_MAX)
  private String oldValue;

  @Column(name = "new_value", length = VALUE_MAX)
  private String newValue;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  protected ServiceChange() {}

  public ServiceChange(
      long serviceId,
      String field,
      String oldValue,
      String newValue,
      String changedBy,
      LocalDateTime changedAt) {
    this.serviceId = serviceId;
    this.field = Objects.requireNonNull(field);
    this.oldValue = cut(oldValue);
    this.newValue = cut(newValue);
    this.changedBy = Objects.requireNonNull(changedBy);
    this.changedAt = Objects.requireNonNull(changedAt);
  }

  private static String cut(String s) {
    return s == null || s.length() <= VALUE_MAX ? s : s.substring(0, VALUE_MAX - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public long serviceId() {
    return serviceId;
  }

  public String field() {
    return field;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public String changedBy() {
    return changedBy;
  }

  public LocalDateTime changedAt() {
    return changedAt;
  }
}
