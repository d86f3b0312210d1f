package nl.regioportal.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioportal.directory.domain.DirectoryLocation;
import nl.regioportal.directory.domain.ServiceChange;
import nl.regioportal.directory.domain.ServiceDraft;
import nl.regioportal.directory.domain.ServiceEntry;
import nl.regioportal.directory.domain.ServiceLocationLink;
import nl.regioportal.directory.domain.ServiceRules;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The directory entries of the active region. Every member reads them; an organisation's own people
 * (members of the region for that organisation) maintain its entries; the region's coordinators
 * maintain all of them. Each change is kept field by field as the entry's history and written to
 * the index feed in the same transaction (ADR 0017). Each method is one transaction: a rejected
 * change leaves nothing behind.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Directory {

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject DirectoryTerms terms;
  @Inject IndexFeed feed;
  @Inject Event<DirectorySearch.ServiceChanged> changed;

  /** One service of the active region; another region's id answers as not found. */
  public ServiceDetails get(long id) {
    access.requireMember();
    return details(load(id));
  }

  /** Adds a service for an organisation the caller may maintain; returns its id. */
  public long create(ServiceDraft draft) {
    RegionCode region = access.requireMember();
    requireMayMaintain(draft.organisationId());
    ServiceRules.Valid valid = check(region, draft);
    ServiceEntry s = new ServiceEntry(valid, caller.username());
    tenantEm.em().persist(s);
    tenantEm.em().flush();
    history(
        s.id(),
        s.snapshot().entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey,
                    e -> new String[] {null, e.getValue()},
                    (a, b) -> a,
                    java.util.LinkedHashMap::new)));
    changed(region, s.id());
    return s.id();
  }

  /**
   * Replaces a service's values; refused when {@code expectedVersion} is not the stored one
   * (someone else changed it meanwhile). Moving a service to another organisation needs the right
   * to maintain both.
   */
  public ServiceDetails update(long id, long expectedVersion, ServiceDraft draft) {
    RegionCode region = access.requireMember();
    ServiceEntry s = load(id);
    requireMayMaintain(s.organisationId());
    if (draft.organisationId() != null && draft.organisationId() != s.organisationId()) {
      requireMayMaintain(draft.organisationId());
    }
    if (s.version() != expectedVersion) {
      throw new ConflictException(Violation.of("version", "directory.service.stale"));
    }
    ServiceRules.Valid valid = check(region, draft);
    Map<String, String[]> changes = s.revise(valid, caller.username());
    tenantEm.em().lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    history(s.id(), changes);
    changed(region, s.id());
    return details(s);
  }

  /** The entry is still right: verified now, by the caller. */
  public ServiceDetails verify(long id) {
    RegionCode region = access.requireMember();
    ServiceEntry s = load(id);
    requireMayMaintain(s.organisationId());
    s.verify(caller.username());
    tenantEm.em().lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    changed(region, s.id());
    return details(s);
  }

  /** Sets the current waiting time (weeks, or null for none known); also a verification. */
  public ServiceDetails waitingTime(long id, Integer weeks) {
    RegionCode region = access.requireMember();
    ServiceEntry s = load(id);
    requireMayMaintain(s.organisationId());
    if (weeks != null && (weeks < 0 || weeks > ServiceRules.WAITING_WEEKS_MAX)) {
      throw new InvalidInputException(
          List.of(
              Violation.of(
                  "waitingWeeks", "directory.waiting.range", ServiceRules.WAITING_WEEKS_MAX)));
    }
    Map<String, String[]> changes = s.waitingTime(weeks, caller.username());
    tenantEm.em().lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    history(s.id(), changes);
    changed(region, s.id());
    return details(s);
  }

  /** The entry's history, newest first: field, old value, new value, who and when. */
  public List<ServiceChange> history(long id) {
    access.requireMember();
    load(id);
    return tenantEm
        .em()
        .createQuery(
            "select c from ServiceChange c where c.serviceId = :s order by c.id desc",
            ServiceChange.class)
        .setParameter("s", id)
        .setMaxResults(500)
        .getResultList();
  }

  /**
   * A service whose entry is due for verification, with its organisation and who last verified it.
   */
  public record StaleEntry(
      long id,
      String name,
      long organisationId,
      String organisationName,
      LocalDateTime verifiedAt,
      String verifiedBy,
      LocalDateTime remindedAt) {}

  /**
   * The region's active services not verified for six months, the longest unverified first (the
   * coordinator's staleness view). Coordinators only.
   */
  public List<StaleEntry> stale() {
    access.requireManager("Only the region's coordinators see the staleness of every entry.");
    LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minus(ServiceEntry.STALE_AFTER);
    Map<Long, String> names = new HashMap<>();
    return tenantEm
        .em()
        .createQuery(
            "select s from ServiceEntry s where s.status = :active"
                + " and (s.verifiedAt is null or s.verifiedAt < :before) order by s.verifiedAt, s.id",
            ServiceEntry.class)
        .setParameter("active", nl.regioportal.directory.domain.ServiceStatus.ACTIVE)
        .setParameter("before", before)
        .setMaxResults(1000)
        .getResultList()
        .stream()
        .map(
            s ->
                new StaleEntry(
                    s.id(),
                    s.name(),
                    s.organisationId(),
                    names.computeIfAbsent(
                        s.organisationId(),
                        o -> {
                          Organisation org = tenantEm.em().find(Organisation.class, o);
                          return org == null ? "" : org.name();
                        }),
                    s.verifiedAt(),
                    s.verifiedBy(),
                    s.remindedAt()))
        .toList();
  }

  /** A service as its organisation's list of entries shows it. */
  public record OwnEntry(
      long id,
      String name,
      nl.regioportal.directory.domain.ServiceStatus status,
      Integer waitingWeeks,
      LocalDateTime verifiedAt,
      String verifiedBy,
      boolean stale) {}

  /** An organisation's entries, with whether the caller may maintain them. */
  public record OrganisationEntries(
      long organisationId, String organisationName, boolean mayMaintain, List<OwnEntry> entries) {}

  /**
   * The entries of one organisation of the region, by name (every status): the organisation's own
   * people keep them current from here. Another region's organisation is not found.
   */
  public OrganisationEntries ofOrganisation(long organisationId) {
    access.requireMember();
    Organisation o = tenantEm.em().find(Organisation.class, organisationId);
    if (o == null) {
      throw new NotFoundException("organisation", organisationId);
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    List<OwnEntry> entries =
        tenantEm
            .em()
            .createQuery(
                "select s from ServiceEntry s where s.organisationId = :o order by s.name, s.id",
                ServiceEntry.class)
            .setParameter("o", organisationId)
            .getResultList()
            .stream()
            .map(
                s ->
                    new OwnEntry(
                        s.id(),
                        s.name(),
                        s.status(),
                        s.waitingWeeks(),
                        s.verifiedAt(),
                        s.verifiedBy(),
                        s.staleAt(now)))
            .toList();
    return new OrganisationEntries(o.id(), o.name(), mayMaintain(o.id()), entries);
  }

  /** Adds a location of an organisation the caller may maintain; returns its id. */
  public long addLocation(
      long organisationId,
      String name,
      String street,
      String postalCode,
      String city,
      String municipality) {
    access.requireMember();
    requireMayMaintain(organisationId);
    if (name == null || name.isBlank() || city == null || city.isBlank()) {
      throw new InvalidInputException(List.of(Violation.of("name", "directory.required")));
    }
    DirectoryLocation l =
        new DirectoryLocation(
            organisationId, name.strip(), street, postalCode, city.strip(), municipality);
    tenantEm.em().persist(l);
    tenantEm.em().flush();
    return l.id();
  }

  /**
   * May the caller maintain the entries of this organisation: a coordinator (or admin, or the
   * system) of the region, or a member of the region for that organisation.
   */
  public boolean mayMaintain(long organisationId) {
    if (access.managesActiveRegion()) {
      return true;
    }
    RegionCode region = access.requireMember();
    for (Membership m : caller.memberships()) {
      if (m.region().equals(region)
          && m.organisationId() != null
          && m.organisationId() == organisationId) {
        return true;
      }
    }
    return false;
  }

  private void requireMayMaintain(Long organisationId) {
    if (organisationId == null) {
      throw new InvalidInputException(
          List.of(Violation.of("organisationId", "directory.organisation.unknown")));
    }
    if (!mayMaintain(organisationId)) {
      throw new AccessDeniedException(
          "Only the organisation's own people and the region's coordinators maintain its entries.");
    }
  }

  private ServiceRules.Valid check(RegionCode region, ServiceDraft draft) {
    DirectoryTerms.Vocabulary vocabulary = terms.of(region.value());
    Map<Long, Long> owners = new HashMap<>();
    if (!draft.locationIds().isEmpty()) {
      for (DirectoryLocation l :
          tenantEm
              .em()
              .createQuery(
                  "select l from DirectoryLocation l where l.id in :ids", DirectoryLocation.class)
              .setParameter(
                  "ids", draft.locationIds().stream().filter(java.util.Objects::nonNull).toList())
              .getResultList()) {
        owners.put(l.id(), l.organisationId());
      }
    }
    ServiceRules rules =
        new ServiceRules(
            vocabulary::info,
            code -> regions.municipality(code).isPresent(),
            orgId -> {
              Organisation o = tenantEm.em().find(Organisation.class, orgId);
              return o != null && o.isActive();
            },
            owners);
    ServiceRules.Result result = rules.check(draft);
    if (!result.isValid()) {
      throw new InvalidInputException(result.violations());
    }
    return result.valid();
  }

  private void history(long serviceId, Map<String, String[]> changes) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    for (var c : changes.entrySet()) {
      tenantEm
          .em()
          .persist(
              new ServiceChange(
                  serviceId, c.getKey(), c.getValue()[0], c.getValue()[1], caller.username(), now));
    }
  }

  /**
   * An organisation was deactivated or reactivated: its services leave or rejoin the search, on
   * every instance (each of them gets a feed row in the same transaction).
   */
  void onOrganisationStatus(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.IN_PROGRESS)
          nl.regioportal.organisation.application.OrganisationStatusChanged e) {
    RegionCode region = new RegionCode(e.region());
    for (Long serviceId :
        tenantEm
            .em()
            .createQuery("select s.id from ServiceEntry s where s.organisationId = :o", Long.class)
            .setParameter("o", e.organisationId())
            .getResultList()) {
      changed(region, serviceId);
    }
  }

  private void changed(RegionCode region, long serviceId) {
    feed.append(region.value(), serviceId);
    changed.fire(new DirectorySearch.ServiceChanged(region.value(), serviceId));
  }

  private ServiceEntry load(long id) {
    ServiceEntry s = tenantEm.em().find(ServiceEntry.class, id);
    if (s == null) {
      throw new NotFoundException("service", id);
    }
    return s;
  }

  private ServiceDetails details(ServiceEntry s) {
    Organisation o = tenantEm.em().find(Organisation.class, s.organisationId());
    boolean mayEdit = mayMaintain(s.organisationId());
    boolean internal = caller.isSignedIn();
    return new ServiceDetails(
        s.id(),
        s.publicId(),
        s.version(),
        s.organisationId(),
        o == null ? null : o.name(),
        s.name(),
        s.alternateName(),
        s.description(),
        s.url(),
        s.email(),
        s.chatUrl(),
        s.status(),
        s.ageGroup(),
        s.minAge(),
        s.maxAge(),
        s.youngest(),
        s.oldest(),
        s.eligibility(),
        s.acceptsReferrals(),
        s.waitingWeeks(),
        s.costFree(),
        s.costDescription(),
        s.terms(),
        s.municipalities(),
        s.languages(),
        s.phones().stream().filter(p -> internal || !p.internal()).toList(),
        s.contacts().stream().filter(c -> internal || !c.internal()).toList(),
        s.schedules(),
        s.locations().stream().map(ServiceLocationLink::locationId).toList(),
        s.verifiedAt(),
        s.verifiedBy(),
        s.staleAt(LocalDateTime.now(ZoneOffset.UTC)),
        s.updatedAt(),
        s.updatedBy(),
        mayEdit);
  }
}
