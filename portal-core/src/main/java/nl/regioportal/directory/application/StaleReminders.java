package nl.regioportal.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.regioportal.directory.domain.ServiceEntry;
import nl.regioportal.directory.domain.ServiceStatus;
import nl.regioportal.directory.domain.StaleReminderMail;
import nl.regioportal.organisation.domain.Organisation;
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
 * The staleness reminder (issue 9, ADR 0018): every organisation whose active entries went stale
 * gets one mail listing them, once per stale period. A timer ({@code directory-reminders-schedule})
 * queues a job of kind {@value #KIND} per region ({@link #scheduleAll}); the system-scope path runs
 * each inside its region as the system ({@link #handle}), where {@link #remind} finds the entries
 * due, queues one mail per organisation in the outbox and records the reminder on each entry, all
 * in one transaction. Organisations without an e-mail address are logged and skipped, their entries
 * left unreminded until they have one.
 */
@ApplicationScoped
public class StaleReminders implements SystemJobHandler {

  private static final Logger LOG = Logger.getLogger(StaleReminders.class.getName());

  /** The kind of the per-region reminder jobs. */
  public static final String KIND = "directory-reminders";

  /** Entries handled in one run of a region; any more are due again on the next run. */
  static final int MAX_ENTRIES = 5000;

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject RegionDirectory regions;
  @Inject SystemJobs jobs;
  @Inject MailOutbox outbox;

  @Inject
  @ConfigProperty(name = "portal.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "portal.mode", defaultValue = "production")
  String mode;

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

  /** Queues a reminder run for every region that has none waiting; the number queued. */
  @Transactional(rollbackOn = Exception.class)
  public int scheduleAll() {
    return jobs.enqueueUnlessWaiting(KIND, regions.all().stream().map(Region::code).toList());
  }

  /**
   * A region's run, on the system-scope path: {@link #remind} (idempotent), in a transaction of its
   * own (a call on {@code this} passes no interceptor, so this method carries it).
   */
  @Override
  @Transactional(rollbackOn = Exception.class)
  public void handle(ClaimedJob job) {
    remind();
  }

  /**
   * Reminds the active region's organisations of their entries that are due ({@link
   * ServiceEntry#dueForReminder}): one mail each in the outbox, and the reminder recorded on each
   * entry it lists, in this one transaction. Two runs at once cannot both remind: recording raises
   * each entry's version, so the later commit fails and leaves nothing behind. The system and the
   * region's coordinators only.
   *
   * @return the number of mails queued
   */
  @Transactional(rollbackOn = Exception.class)
  public int remind() {
    RegionCode region =
        access.requireManager("Only the system and the region's coordinators send reminders.");
    LocalDateTime now = LocalDateTime.now(clock);
    // the query narrows to the entries the rule (ServiceEntry.dueForReminder) then decides on
    List<ServiceEntry> due =
        tenantEm
            .em()
            .createQuery(
                "select s from ServiceEntry s where s.status = :active"
                    + " and (s.verifiedAt is null or s.verifiedAt < :before)"
                    + " and (s.remindedAt is null or s.remindedAt < s.verifiedAt)"
                    + " order by s.organisationId, s.verifiedAt, s.id",
                ServiceEntry.class)
            .setParameter("active", ServiceStatus.ACTIVE)
            .setParameter("before", now.minus(ServiceEntry.STALE_AFTER))
            .setMaxResults(MAX_ENTRIES)
            .getResultList()
            .stream()
            .filter(s -> s.dueForReminderAt(now))
            .toList();
    if (due.isEmpty()) {
      return 0;
    }
    String base = publicUrl();
    Map<Long, List<ServiceEntry>> byOrganisation =
        due.stream()
            .collect(
                Collectors.groupingBy(
                    ServiceEntry::organisationId, LinkedHashMap::new, Collectors.toList()));
    int queued = 0;
    for (Map.Entry<Long, List<ServiceEntry>> e : byOrganisation.entrySet()) {
      Organisation o = tenantEm.em().find(Organisation.class, e.getKey());
      if (o == null || !o.isActive() || o.email() == null || o.email().isBlank()) {
        LOG.info(
            () ->
                "Directory reminder: organisation "
                    + e.getKey()
                    + " of region "
                    + region
                    + (o == null || !o.isActive() ? " is not active" : " has no e-mail address")
                    + "; "
                    + e.getValue().size()
                    + " stale entr(y/ies) not reminded");
        continue;
      }
      StaleReminderMail mail =
          StaleReminderMail.of(
              region.value(),
              o.name(),
              e.getValue().stream()
                  .map(
                      s ->
                          new StaleReminderMail.Entry(
                              s.id(), s.name(), s.verifiedAt(), s.verifiedBy()))
                  .toList(),
              base);
      outbox.queue(region, o.email().strip(), mail.subject(), mail.body());
      e.getValue().forEach(s -> s.reminded(now));
      queued++;
    }
    return queued;
  }

  /**
   * The portal's root as browsers reach it: {@code portal.public-url}; in development without it,
   * the run command's {@code http://localhost:8080}. Production without it fails the run (logged
   * and tried again), as a reminder with a wrong link helps no one.
   */
  String publicUrl() {
    Optional<String> configured = publicUrl.map(String::strip).filter(u -> !u.isEmpty());
    if (configured.isPresent()) {
      return configured.get();
    }
    if ("development".equalsIgnoreCase(mode)) {
      return "http://localhost:8080";
    }
    throw new IllegalStateException(
        "portal.public-url (PORTAL_PUBLIC_URL) is not configured: reminders need it for their links.");
  }
}
