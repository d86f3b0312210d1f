package nl.regioportal.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import nl.regioportal.tenant.RegionCode;

/**
 * A mail the portal is to send: a row of {@code mail_outbox} (ADR 0018), written in the transaction
 * of the change that causes it and sent once by the handler of its system job. Not tenant-owned,
 * like {@link SystemJob}: it names its region, and {@link MailOutbox} hands it only to a job of
 * that region.
 *
 * <p>Invariants: recipient, subject and body never change; {@code sentAt} is set once, and a mail
 * with it is never sent again.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "region_code", length = 2, updatable = false)
  private String regionCode;

  @Column(nullable = false, length = 200, updatable = false)
  private String recipient;

  @Column(nullable = false, length = 300, updatable = false)
  private String subject;

  @Lob
  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  protected OutboxMail() {}

  OutboxMail(RegionCode region, String recipient, String subject, String body, LocalDateTime now) {
    this.regionCode = region == null ? null : region.value();
    this.recipient = require(recipient, "recipient", 200);
    this.subject = require(subject, "subject", 300);
    this.body = Objects.requireNonNull(body, "body is required");
    this.createdAt = Objects.requireNonNull(now, "now is required");
  }

  private static String require(String value, String what, int max) {
    Objects.requireNonNull(value, what + " is required");
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException("A mail's " + what + " has 1 to " + max + " characters");
    }
    return value;
  }

  void sent(LocalDateTime now) {
    sentAt = now;
  }

  public Long id() {
    return id;
  }

  public Optional<RegionCode> region() {
    return Optional.ofNullable(regionCode).map(RegionCode::new);
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Optional<LocalDateTime> sentAt() {
    return Optional.ofNullable(sentAt);
  }
}
