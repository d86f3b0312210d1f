package nl.regioportal.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import nl.regioportal.referral.delivery.ReferralMessage;

/**
 * A delivery to make to a referral's receiver (ADR 0023): written in the transaction of its cause,
 * delivered in lane order (one lane per receiving organisation), then kept as delivered. After the
 * last attempt it is a dead letter, and the lane waits behind it until a coordinator retries it.
 * Not tenant-owned (like {@code system_job}): it names its region, and only that region's handler
 * reads it.
 */
@Entity
@Table(name = "referral_outbox")
public class OutboxEntry {

  /** Where it stands. */
  public enum Status {
    PENDING,
    DELIVERED,
    DEAD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "region_code", nullable = false, length = 2)
  private String regionCode;

  @Column(name = "lane", nullable = false, length = 30)
  private String lane;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Column(name = "delivery_version", nullable = false)
  private int deliveryVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "event", nullable = false, length = 20)
  private ReferralMessage.Event event;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 10)
  private DeliveryChannel channel;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "delivered_at")
  private LocalDateTime deliveredAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected OutboxEntry() {}

  public OutboxEntry(
      String region,
      long receiverOrganisationId,
      long referralId,
      int deliveryVersion,
      ReferralMessage.Event event,
      LocalDateTime now) {
    this.regionCode = region;
    this.lane = lane(region, receiverOrganisationId);
    this.referralId = referralId;
    this.deliveryVersion = deliveryVersion;
    this.event = event;
    this.status = Status.PENDING;
    this.createdAt = now;
  }

  /** The lane of a receiver: {@code region:organisation id}. */
  public static String lane(String region, long organisationId) {
    return region + ":" + organisationId;
  }

  public void delivered(DeliveryChannel channel, LocalDateTime now) {
    this.attempts++;
    this.channel = channel;
    this.status = Status.DELIVERED;
    this.deliveredAt = now;
  }

  public void failed(DeliveryChannel channel, String error, boolean dead) {
    this.attempts++;
    this.channel = channel;
    this.lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    if (dead) {
      this.status = Status.DEAD;
    }
  }

  /** A coordinator retries a dead letter: pending again, with a fresh count of attempts. */
  public void retry() {
    this.status = Status.PENDING;
    this.attempts = 0;
  }

  public long id() {
    return id;
  }

  public String regionCode() {
    return regionCode;
  }

  public String lane() {
    return lane;
  }

  public long referralId() {
    return referralId;
  }

  public int deliveryVersion() {
    return deliveryVersion;
  }

  public ReferralMessage.Event event() {
    return event;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public DeliveryChannel channel() {
    return channel;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime deliveredAt() {
    return deliveredAt;
  }

  public String lastError() {
    return lastError;
  }
}
