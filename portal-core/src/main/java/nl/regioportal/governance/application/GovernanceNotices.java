package nl.regioportal.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.regioportal.governance.domain.BodyAction;
import nl.regioportal.governance.domain.GoverningBody;
import nl.regioportal.governance.domain.Meeting;
import nl.regioportal.governance.domain.SeatTerm;
import nl.regioportal.region.Region;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.system.ClaimedJob;
import nl.regioportal.system.MailOutbox;
import nl.regioportal.system.SystemJobHandler;
import nl.regioportal.system.SystemJobs;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The governance e-mail notices (issue 11, point 7), through the mail outbox of the integration
 * module (queued in the transaction of the change, so a notice exists exactly when its change was
 * committed):
 *
 * <ul>
 *   <li>an agenda is published: a notice to every person holding a seat of the body today who has
 *       an e-mail address, with the meeting's title, day and page, never the items or documents;
 *   <li>an action is overdue: a reminder to its owner's e-mail address the day after its deadline
 *       and then weekly while it stays open (a periodic job per region, {@value #KIND}), with the
 *       body, the deadline and the meeting's page, not the action's text.
 * </ul>
 */
@ApplicationScoped
public class GovernanceNotices implements SystemJobHandler {

  public static final String KIND = "governance-reminders";

  /** An overdue action's owner is reminded again after this many days. */
  static final int AGAIN_AFTER_DAYS = 7;

  static final int MAX = 1000;

  private static final Logger LOG = Logger.getLogger(GovernanceNotices.class.getName());
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject RegionDirectory regions;
  @Inject SystemJobs jobs;
  @Inject MailOutbox mail;

  @Inject
  @ConfigProperty(name = "portal.public-url")
  Optional<String> publicUrl;

  Clock clock = Clock.systemUTC();

  @Override
  public String kind() {
    return KIND;
  }

  /** A minute: a run is short and records every reminder on its action. */
  @Override
  public java.time.Duration lease() {
    return java.time.Duration.ofMinutes(1);
  }

  /** Queues a run for every region that has none waiting; the number queued. */
  @Transactional(rollbackOn = Exception.class)
  public int scheduleAll() {
    return jobs.enqueueUnlessWaiting(KIND, regions.all().stream().map(Region::code).toList());
  }

  @Override
  @Transactional(rollbackOn = Exception.class)
  public void handle(ClaimedJob job) {
    remindOverdue();
  }

  /**
   * Reminds the owners of the active region's overdue actions that are due a reminder; the number
   * of mails queued. Each reminder is recorded on its action (whose version rises), so two runs at
   * once cannot both mail.
   */
  @Transactional(rollbackOn = Exception.class)
  public int remindOverdue() {
    RegionCode region =
        access.requireManager("Only the system and the region's coordinators send reminders.");
    LocalDate today = LocalDate.now(clock.withZone(MeetingRegister.DUTCH));
    var em = tenantEm.em();
    List<BodyAction> overdue =
        em.createQuery(
                "select a from BodyAction a where a.doneAt is null and a.deadline < :today"
                    + " and (a.lastRemindedOn is null or a.lastRemindedOn <= :again)"
                    + " order by a.deadline, a.id",
                BodyAction.class)
            .setParameter("today", today)
            .setParameter("again", today.minusDays(AGAIN_AFTER_DAYS))
            .setMaxResults(MAX)
            .getResultList();
    int queued = 0;
    for (BodyAction a : overdue) {
      a.reminded(today);
      if (a.ownerEmail() == null) {
        LOG.info(() -> "Overdue action " + a.id() + " has no owner e-mail address: not mailed");
        continue;
      }
      GoverningBody body = em.find(GoverningBody.class, a.bodyId());
      mail.queue(
          region,
          a.ownerEmail(),
          "Actie over de datum / Action overdue",
          "Een actie op uw naam uit "
              + name(body)
              + " had klaar moeten zijn op "
              + DAY.format(a.deadline())
              + ". Zie de vergadering: "
              + link(region, a.meetingId())
              + "\n\nAn action in your name from "
              + name(body)
              + " was due on "
              + DAY.format(a.deadline())
              + ". See the meeting: "
              + link(region, a.meetingId())
              + "\n");
      queued++;
    }
    return queued;
  }

  /**
   * Queues the notice that a meeting's agenda was published, in the caller's transaction, to the
   * body's seat holders of today that have an e-mail address; the number queued.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int agendaPublished(RegionCode region, Meeting m) {
    var em = tenantEm.em();
    LocalDate day = m.startsAt().toLocalDate();
    Set<String> to = new LinkedHashSet<>();
    for (SeatTerm t :
        em.createQuery(
                "select t from SeatTerm t where t.seatId in"
                    + " (select s.id from BodySeat s where s.bodyId = :b)",
                SeatTerm.class)
            .setParameter("b", m.bodyId())
            .getResultList()) {
      if (t.email() != null
          && t.period().includes(LocalDate.now(clock.withZone(MeetingRegister.DUTCH)))) {
        to.add(t.email());
      }
    }
    GoverningBody body = em.find(GoverningBody.class, m.bodyId());
    for (String address : to) {
      mail.queue(
          region,
          address,
          "Agenda gepubliceerd / Agenda published: " + name(body),
          "De agenda van "
              + m.title()
              + " ("
              + name(body)
              + ") op "
              + DAY.format(day)
              + " is gepubliceerd: "
              + link(region, m.id())
              + "\n\nThe agenda of "
              + m.title()
              + " ("
              + name(body)
              + ") on "
              + DAY.format(day)
              + " has been published: "
              + link(region, m.id())
              + "\n");
    }
    return to.size();
  }

  private String link(RegionCode region, long meetingId) {
    String base =
        publicUrl.map(String::strip).filter(u -> !u.isEmpty()).orElse("http://localhost:8080");
    return base.replaceAll("/+$", "") + "/r/" + region.value() + "/meetings/" + meetingId;
  }

  private static String name(GoverningBody b) {
    return b == null ? "het overleg" : b.name();
  }
}
