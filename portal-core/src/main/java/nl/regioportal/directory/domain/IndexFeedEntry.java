package nl.regioportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * That a service changed, written in the transaction of the change: the feed every portal instance
 * follows to keep its search index equal to the database (ADR 0017). Global (it names the region)
 * because an instance's index spans regions; it carries no content, only the pointer.
 */
@Entity
@Table(name = "directory_index_feed")
public class IndexFeedEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "seq")
  private Long seq;

  @Column(name = "tenant_id", nullable = false, length = 2)
  private String region;

  @Column(name = "service_id", nullable = false)
  private long serviceId;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  protected IndexFeedEntry() {}

  public IndexFeedEntry(String region, long serviceId) {
    this.region = Objects.requireNonNull(region);
    this.serviceId = serviceId;
    this.changedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public Long seq() {
    return seq;
  }

  public String region() {
    return region;
  }

  public long serviceId() {
    return serviceId;
  }
}
