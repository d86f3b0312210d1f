package nl.regioportal.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.organisation.domain.OrganisationDraft;
import nl.regioportal.organisation.domain.OrganisationRules;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.DuplicateException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Manages the member organisations of the active region. Every member of the region may read them;
 * only the region's coordinators and platform admins may change them. Each method is one
 * transaction: a rejected change leaves nothing behind.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class OrganisationService {

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;
  @Inject RegionAccess access;
  @Inject RegionDirectory regions;
  @Inject jakarta.enterprise.event.Event<OrganisationStatusChanged> statusChanged;

  public OrganisationPage search(OrganisationQuery q) {
    requireMember();
    EntityManager em = tenantEm.em();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!q.includeInactive()) {
      where.append(" and o.active = true");
    }
    if (q.type() != null) {
      where.append(" and o.type = :type");
      params.put("type", q.type());
    }
    if (q.text() != null && !q.text().isBlank()) {
      String text = OrganisationRules.nameKey(q.text());
      where.append(
          " and (o.nameKey like :text escape '!' or lower(o.brin) = :exact or lower(o.cbsCode) = :exact"
              + " or o.kvkNumber = :exact)");
      params.put("text", "%" + escapeLike(text) + "%");
      params.put("exact", text);
    }
    String order =
        switch (q.sort()) {
          case NAME -> "o.nameKey";
          case TYPE -> "o.type";
          case IDENTIFIER -> "coalesce(o.brin, o.cbsCode, o.kvkNumber)";
          case UPDATED -> "o.updatedAt";
        };
    String direction = q.ascending() ? " asc" : " desc";
    TypedQuery<Long> count =
        em.createQuery("select count(o) from Organisation o" + where, Long.class);
    TypedQuery<Organisation> list =
        em.createQuery(
            "select o from Organisation o" + where + " order by " + order + direction + ", o.id",
            Organisation.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          list.setParameter(k, v);
        });
    long total = count.getSingleResult();
    List<OrganisationSummary> items =
        list.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList().stream()
            .map(
                o ->
                    new OrganisationSummary(
                        o.id(),
                        o.type(),
                        o.name(),
                        o.identifier(),
                        o.locations().isEmpty() ? null : o.locations().get(0).city(),
                        o.isActive()))
            .toList();
    return new OrganisationPage(items, total, q.offset(), q.limit());
  }

  /** One organisation of the active region; another region's id answers as not found. */
  public OrganisationDetails get(long id) {
    requireMember();
    return OrganisationDetails.of(load(id));
  }

  public Optional<OrganisationDetails> find(long id) {
    requireMember();
    return Optional.ofNullable(tenantEm.em().find(Organisation.class, id))
        .map(OrganisationDetails::of);
  }

  /**
   * The active organisation of the region with a typed identifier: {@code KVK:90000001}, {@code
   * BRIN:25PZ} or {@code CBS:GM0599}; empty when there is none (or the identifier is not of that
   * form).
   */
  public Optional<Long> idByIdentifier(String typed) {
    requireMember();
    if (typed == null || typed.indexOf(':') < 1) {
      return Optional.empty();
    }
    String kind = typed.substring(0, typed.indexOf(':')).trim().toUpperCase(Locale.ROOT);
    String value = typed.substring(typed.indexOf(':') + 1).trim().toUpperCase(Locale.ROOT);
    String field =
        switch (kind) {
          case "KVK" -> "kvkNumber";
          case "BRIN" -> "brin";
          case "CBS" -> "cbsCode";
          default -> null;
        };
    if (field == null || value.isEmpty()) {
      return Optional.empty();
    }
    return tenantEm
        .em()
        .createQuery(
            "select o.id from Organisation o where o.active = true and o." + field + " = :v",
            Long.class)
        .setParameter("v", value)
        .getResultStream()
        .findFirst();
  }

  /** Every active organisation of the region (no page limit; for imports that match by name). */
  public List<OrganisationSummary> allActive() {
    requireMember();
    return tenantEm
        .em()
        .createQuery(
            "select o from Organisation o where o.active = true order by o.id", Organisation.class)
        .getResultList()
        .stream()
        .map(o -> new OrganisationSummary(o.id(), o.type(), o.name(), o.identifier(), null, true))
        .toList();
  }

  /** Active organisations of the region, by name (for choosers). */
  public List<OrganisationSummary> activeByName() {
    return search(
            new OrganisationQuery(
                null,
                null,
                false,
                OrganisationQuery.SortField.NAME,
                true,
                0,
                OrganisationQuery.MAX_LIMIT))
        .items();
  }

  public long create(OrganisationDraft draft) {
    requireManager();
    OrganisationRules.Valid valid = check(draft);
    EntityManager em = tenantEm.em();
    requireUnique(em, valid, null);
    Organisation organisation = new Organisation(valid);
    em.persist(organisation);
    flush(em, valid);
    return organisation.id();
  }

  /**
   * Replaces an organisation's values.
   *
   * @param expectedVersion the version the editor started from; an edit of a stale copy is refused
   */
  public OrganisationDetails update(long id, long expectedVersion, OrganisationDraft draft) {
    requireManager();
    Organisation organisation = load(id);
    if (organisation.version() != expectedVersion) {
      throw new ConflictException(Violation.of(null, "organisation.stale"));
    }
    OrganisationRules.Valid valid = check(draft);
    EntityManager em = tenantEm.em();
    requireUnique(em, valid, organisation.id());
    organisation.revise(valid);
    flush(em, valid);
    return OrganisationDetails.of(organisation);
  }

  public void deactivate(long id) {
    requireManager();
    load(id).deactivate();
    statusChanged.fire(new OrganisationStatusChanged(tenant.require().value(), id, false));
  }

  public void reactivate(long id) {
    requireManager();
    load(id).reactivate();
    statusChanged.fire(new OrganisationStatusChanged(tenant.require().value(), id, true));
  }

  /** How many active organisations of each type the region has. */
  public Map<OrganisationType, Long> countsByType() {
    requireMember();
    Map<OrganisationType, Long> counts = new EnumMap<>(OrganisationType.class);
    for (OrganisationType t : OrganisationType.values()) {
      counts.put(t, 0L);
    }
    tenantEm
        .em()
        .createQuery(
            "select o.type, count(o) from Organisation o where o.active = true group by o.type",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((OrganisationType) row[0], (Long) row[1]));
    return counts;
  }

  private OrganisationRules.Valid check(OrganisationDraft draft) {
    OrganisationRules.Result result =
        new OrganisationRules(c -> regions.municipality(c).isPresent(), regions::exists)
            .check(draft, tenant.require());
    if (!result.isValid()) {
      throw new InvalidInputException(result.violations());
    }
    return result.valid();
  }

  private Organisation load(long id) {
    Organisation organisation = tenantEm.em().find(Organisation.class, id);
    if (organisation == null) {
      throw new NotFoundException("organisation", id);
    }
    return organisation;
  }

  private static void requireUnique(EntityManager em, OrganisationRules.Valid v, Long self) {
    String identifierField =
        v.brin() != null
            ? "brin"
            : v.cbsCode() != null ? "cbsCode" : v.kvkNumber() != null ? "kvkNumber" : null;
    if (identifierField != null) {
      String value =
          v.brin() != null ? v.brin() : v.cbsCode() != null ? v.cbsCode() : v.kvkNumber();
      List<Organisation> same =
          em.createQuery(
                  "select o from Organisation o where o." + identifierField + " = :v",
                  Organisation.class)
              .setParameter("v", value)
              .getResultList();
      for (Organisation o : same) {
        if (!o.id().equals(self)) {
          throw new DuplicateException(
              Violation.of(identifierField, "organisation.duplicateIdentifier", value, o.name()));
        }
      }
    }
    List<Organisation> sameName =
        em.createQuery(
                "select o from Organisation o where o.type = :t and o.nameKey = :k",
                Organisation.class)
            .setParameter("t", v.type())
            .setParameter("k", OrganisationRules.nameKey(v.name()))
            .getResultList();
    for (Organisation o : sameName) {
      if (!o.id().equals(self)) {
        throw new DuplicateException(Violation.of("name", "organisation.duplicateName", o.name()));
      }
    }
  }

  /**
   * Writes now, so that of two saves of the same organisation at the same moment (both passed
   * {@link #requireUnique} before either was stored) the second meets the database's unique key
   * here and is refused as a duplicate, not as a failed commit.
   */
  private static void flush(EntityManager em, OrganisationRules.Valid v) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      String constraint = violatedConstraint(e);
      if (constraint == null && lostARace(e)) {
        throw new ConflictException(Violation.of(null, "problem.concurrentChange"));
      }
      if (constraint == null) {
        throw e;
      }
      throw new DuplicateException(
          switch (constraint) {
            case "uq_org_brin" ->
                Violation.of("brin", "organisation.duplicateIdentifier.concurrent", v.brin());
            case "uq_org_cbs" ->
                Violation.of("cbsCode", "organisation.duplicateIdentifier.concurrent", v.cbsCode());
            case "uq_org_kvk" ->
                Violation.of(
                    "kvkNumber", "organisation.duplicateIdentifier.concurrent", v.kvkNumber());
            default -> Violation.of("name", "organisation.duplicateName", v.name());
          });
    }
  }

  /**
   * One of the organisation's unique keys as the database names it in a refusal: MySQL and MariaDB
   * {@code for key 'organisation.uq_org_name'} (or without the table), H2 its index {@code
   * "PUBLIC.UQ_ORG_NAME_INDEX_8 ON ...}.
   */
  private static final Pattern UNIQUE_KEY =
      Pattern.compile("[.'\"`](uq_org_(?:brin|cbs|kvk|name))['_\"`]");

  /**
   * Which of the organisation's unique keys a failed write broke; {@code null} when it was none of
   * them (that failure is not a duplicate and is not answered as one).
   */
  static String violatedConstraint(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null) {
        Matcher m = UNIQUE_KEY.matcher(t.getMessage().toLowerCase(Locale.ROOT));
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /**
   * The database gave up a write that waited for another's (a deadlock, SQL state 40001, or MySQL's
   * lock wait timeout 1205): nothing of it was kept, and trying again is safe.
   */
  static boolean lostARace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1205)) {
        return true;
      }
    }
    return false;
  }

  private void requireMember() {
    access.requireMember();
  }

  private void requireManager() {
    access.requireManager("Only the region's coordinators may change its organisations.");
  }

  private static String escapeLike(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
