package nl.regioportal.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.tenant.RegionCode;

/**
 * The mail outbox (ADR 0018): a mail is queued in the transaction of its cause (a row of {@code
 * mail_outbox} and a system job of kind {@value #KIND} naming it, both or neither), and delivered
 * by that job's handler through {@link #deliver}: the row is locked while it is sent, and marked
 * sent in the same transaction, so one row is never sent twice, however often its job is handed
 * out. A failed send leaves the row unsent and fails the job, which the system-scope path tries
 * again later.
 */
@ApplicationScoped
public class MailOutbox {

  /** The kind of the system jobs that deliver the outbox's mails. */
  public static final String KIND = "mail";

  private static final Pattern PAYLOAD = Pattern.compile("\\{\"mail\":(\\d+)}");

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject SystemJobs jobs;

  Clock clock = Clock.systemUTC();

  /** A mail as it is sent. */
  public record Mail(long id, String to, String subject, String body) {}

  /** Sends one mail (an SMTP route, or a log in development); throws when it could not. */
  @FunctionalInterface
  public interface Sender {
    void send(Mail mail) throws Exception;
  }

  /**
   * Queues a mail in the caller's transaction (required): the mail and the job that will send it
   * exist exactly when the caller's change was committed.
   *
   * @return the mail's id
   */
  @Transactional(TxType.MANDATORY)
  public long queue(RegionCode region, String to, String subject, String body) {
    OutboxMail mail = new OutboxMail(region, to, subject, body, LocalDateTime.now(clock));
    em.persist(mail);
    em.flush();
    jobs.enqueue(KIND, region, payload(mail.id()));
    return mail.id();
  }

  /**
   * Sends the mail of a job of region {@code region} unless it was sent before: the row is locked
   * (another handler of the same mail waits, then finds it sent), {@code sender} sends it, and it
   * is marked sent when the transaction commits.
   *
   * @return whether it was sent now (false: it had been sent before)
   * @throws IllegalStateException when no such mail exists or it belongs to another region
   */
  @Transactional(rollbackOn = Exception.class)
  public boolean deliver(long id, RegionCode region, Sender sender) throws Exception {
    OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null || !mail.region().equals(Optional.ofNullable(region))) {
      throw new IllegalStateException("No mail " + id + " in the outbox of region " + region);
    }
    if (mail.sentAt().isPresent()) {
      return false;
    }
    sender.send(new Mail(mail.id(), mail.recipient(), mail.subject(), mail.body()));
    mail.sent(LocalDateTime.now(clock));
    return true;
  }

  /** The mail as stored, for tests and a later view of the outbox. */
  @Transactional
  public Optional<OutboxMail> find(long id) {
    return Optional.ofNullable(em.find(OutboxMail.class, id));
  }

  /** The payload of the job that sends mail {@code id}. */
  static String payload(long id) {
    return "{\"mail\":" + id + "}";
  }

  /** The id of the mail a job of kind {@value #KIND} sends. */
  public static long mailOf(String payload) {
    Matcher m = PAYLOAD.matcher(Objects.requireNonNull(payload, "payload is required"));
    if (!m.matches()) {
      throw new IllegalArgumentException("Not the payload of a mail job: " + payload);
    }
    return Long.parseLong(m.group(1));
  }
}
