package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.referral.domain.ReferralEvent;
import nl.regioportal.referral.domain.ReferralState;
import nl.regioportal.region.Region;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.system.ClaimedJob;
import nl.regioportal.system.MailOutbox;
import nl.regioportal.system.SystemJobHandler;
import nl.regioportal.system.SystemJobs;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Reminders and escalation of unanswered referrals (issue 10, point 6), a periodic job per region
 * on the system-scope path (queued by the route {@code referral-reminders-schedule}, run by one
 * instance: a region's job is queued only while none waits, and claimed with SKIP LOCKED):
 *
 * <ul>
 *   <li>no answer {@link #AFTER 24 h, 48 h and one week} after submission: the receiving
 *       organisation gets a reminder by e-mail (no personal data: how long it waits and the link);
 *       the sender sees the referral flagged overdue from the first;
 *   <li>an urgent referral without an answer at its deadline is escalated: a mail to the receiving
 *       and the sending organisation's own addresses (their coordinating desks), and the escalation
 *       on the timeline both sides see.
 * </ul>
 *
 * Each mail is queued in the transaction that records it on the referral (whose version rises), so
 * a run that overlaps another fails at its commit instead of mailing twice.
 */
@ApplicationScoped
public class ReferralReminders implements SystemJobHandler {

  public static final String KIND = "referral-reminders";

  /** When the receiver is reminded: this long after submission without an answer. */
  public static final List<Duration> AFTER =
      List.of(Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7));

  private static final Logger LOG = Logger.getLogger(ReferralReminders.class.getName());

  /** Referrals looked at per run. */
  static final int MAX = 1000;

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject RegionDirectory regions;
  @Inject SystemJobs jobs;
  @Inject MailOutbox mail;
  @Inject ReferralMessages messages;

  Clock clock = Clock.systemUTC();

  /**
   * A minute: one run is short, and a run taken over while its instance still works is harmless
   * (each step is locked or recorded), while a crashed instance's claim delays the region little.
   */
  @Override
  public java.time.Duration lease() {
    return java.time.Duration.ofMinutes(1);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** Queues a run for every region that has none waiting; the number queued. */
  @Transactional(rollbackOn = Exception.class)
  public int scheduleAll() {
    return jobs.enqueueUnlessWaiting(KIND, regions.all().stream().map(Region::code).toList());
  }

  @Override
  @Transactional(rollbackOn = Exception.class)
  public void handle(ClaimedJob job) {
    remind();
  }

  /** The active region's reminders and escalations that are due now; the number of mails queued. */
  @Transactional(rollbackOn = Exception.class)
  public int remind() {
    RegionCode region =
        access.requireManager("Only the system and the region's coordinators send reminders.");
    LocalDateTime now = LocalDateTime.now(clock);
    List<Referral> open =
        tenantEm
            .em()
            .createQuery(
                "select r from Referral r where r.state in :open and r.submittedAt < :first"
                    + " order by r.submittedAt, r.id",
                Referral.class)
            .setParameter("open", List.of(ReferralState.SUBMITTED, ReferralState.DELIVERED))
            .setParameter("first", now.minus(AFTER.get(0)))
            .setMaxResults(MAX)
            .getResultList();
    int queued = 0;
    for (Referral r : open) {
      int due = r.remindersDue(now, AFTER);
      if (due > r.remindersSent()) {
        Organisation receiver = tenantEm.em().find(Organisation.class, r.receiverOrganisationId());
        long hours = Duration.between(r.submittedAt(), now).toHours();
        if (send(region, receiver, reminderSubject(), reminderBody(region, r, hours))) {
          queued++;
        }
        r.reminded(due);
        event(r, now, ReferralEvent.Kind.REMINDED, "reminder " + due + " after " + hours + " h");
      }
    }
    List<Referral> urgent =
        tenantEm
            .em()
            .createQuery(
                "select r from Referral r where r.state in :open and r.respondBy <= :now"
                    + " and r.escalatedAt is null order by r.respondBy, r.id",
                Referral.class)
            .setParameter("open", List.of(ReferralState.SUBMITTED, ReferralState.DELIVERED))
            .setParameter("now", now)
            .setMaxResults(MAX)
            .getResultList();
    for (Referral r : urgent) {
      if (!r.dueForEscalation(now)) {
        continue;
      }
      for (long org : List.of(r.receiverOrganisationId(), r.senderOrganisationId())) {
        if (send(
            region,
            tenantEm.em().find(Organisation.class, org),
            "Urgente verwijzing zonder antwoord / Urgent referral unanswered",
            escalationBody(region, r))) {
          queued++;
        }
      }
      r.escalated(now);
      event(r, now, ReferralEvent.Kind.ESCALATED, "no answer at the deadline " + r.respondBy());
    }
    return queued;
  }

  private boolean send(RegionCode region, Organisation o, String subject, String body) {
    if (o == null || o.email() == null || o.email().isBlank()) {
      LOG.info(
          () ->
              "Referral reminder: organisation has no e-mail address: "
                  + (o == null ? null : o.id()));
      return false;
    }
    mail.queue(region, o.email(), subject, body);
    return true;
  }

  private static String reminderSubject() {
    return "Verwijzing wacht op antwoord / Referral awaiting an answer";
  }

  private String reminderBody(RegionCode region, Referral r, long hours) {
    String link = messages.link(region.value(), r.id());
    return "Een verwijzing wacht sinds "
        + hours
        + " uur op uw antwoord (aannemen, afwijzen of op de wachtlijst): "
        + link
        + "\n\nA referral has been waiting "
        + hours
        + " hours for your answer (accept, decline or waitlist): "
        + link
        + "\n\nDit bericht bevat bewust geen gegevens van de student."
        + "\nThis message deliberately holds no data of the student.\n";
  }

  private String escalationBody(RegionCode region, Referral r) {
    String link = messages.link(region.value(), r.id());
    return "Een urgente verwijzing heeft op de termijn ("
        + r.respondBy()
        + " UTC) nog geen antwoord: "
        + link
        + "\n\nAn urgent referral has no answer at its deadline ("
        + r.respondBy()
        + " UTC): "
        + link
        + "\n";
  }

  private void event(Referral r, LocalDateTime now, ReferralEvent.Kind kind, String detail) {
    tenantEm
        .em()
        .persist(
            new ReferralEvent(
                r.id(), now, CurrentCaller.SYSTEM, kind, r.state(), r.state(), detail));
    tenantEm.em().lock(r, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }
}
