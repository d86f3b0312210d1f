package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Parameter;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportal.directory.application.DirectoryTerms;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.referral.domain.ReferralEvent;
import nl.regioportal.referral.domain.ReferralState;
import nl.regioportal.referral.figures.CaseloadByResidence;
import nl.regioportal.referral.figures.Figures;
import nl.regioportal.referral.figures.ReferralFact;
import nl.regioportal.referral.figures.ReportingPeriod;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The figures of the active region's referrals (issue 10, point 9), read from the columns that
 * survive anonymisation (residence, terms, dates, the answers on the timeline): no student data is
 * read. The figures, with small counts suppressed, are for the region's coordinators and its
 * municipalities' policy officers; the exact caseload by residence, which feeds funding keys, is
 * for the coordinators only (like the indicator library it lands in).
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class ReferralFigures {

  /** The referrals submitted in the period (a where clause over {@code r}). */
  private static final String SUBMITTED_IN = "r.submittedAt >= :start and r.submittedAt < :end";

  /**
   * The referrals taken on before the period's end and not closed before its start (a where clause
   * over {@code r}).
   */
  private static final String ACTIVE_IN =
      "r.id in (select a.referralId from ReferralEvent a where a.kind = :answered"
          + " and a.toState in :takingOn and a.at < :end)"
          + " and (r.closedAt is null or r.closedAt >= :start)";

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject RegionDirectory regions;
  @Inject DirectoryTerms terms;

  /**
   * The figures of the referrals submitted in {@code period}, small counts suppressed.
   *
   * @throws AccessDeniedException unless the caller is a coordinator or a policy officer of the
   *     region (or a platform admin, or the system)
   */
  public Figures figures(ReportingPeriod period) {
    RegionCode region = access.requireMember();
    if (!access.managesActiveRegion() && !access.hasRoleInActiveRegion(PortalRole.POLICY_OFFICER)) {
      throw new AccessDeniedException(
          "De cijfers zijn voor de coördinatoren en de beleidsmedewerkers van de gemeenten / The"
              + " figures are for the region's coordinators and its municipalities' policy"
              + " officers.");
    }
    var vocabulary = terms.of(region.value());
    List<Figures.Group> domains = new ArrayList<>();
    for (DirectoryTerm t : vocabulary.of(Taxonomy.LIFE_DOMAIN)) {
      domains.add(new Figures.Group(t.code(), t.nameNl(), t.nameEn()));
    }
    List<ReferralFact> facts = facts(region, SUBMITTED_IN, period, null, true);
    List<Figures.Group> places = new ArrayList<>();
    for (Municipality m : regions.municipalitiesOf(region, period.to())) {
      places.add(new Figures.Group(m.code().value(), m.name(), m.name()));
    }
    for (ReferralFact f : facts) {
      if (places.stream().noneMatch(g -> g.code().equals(f.municipality()))) {
        String name = nameOf(f.municipality());
        places.add(new Figures.Group(f.municipality(), name, name));
      }
    }
    return Figures.of(period, facts, domains, places);
  }

  /**
   * The exact caseload of {@code period} by municipality of residence ({@link
   * CaseloadByResidence}), with 0 for each municipality of the region on the period's last day.
   *
   * @param receiverOrganisationId only the referrals this organisation received; {@code null}: all
   * @throws AccessDeniedException unless the caller manages the region
   */
  public Map<String, Long> caseload(ReportingPeriod period, Long receiverOrganisationId) {
    RegionCode region =
        access.requireManager(
            "Alleen de coördinatoren tellen de caseload / Only the region's coordinators count the"
                + " caseload.");
    List<String> always =
        regions.municipalitiesOf(region, period.to()).stream().map(m -> m.code().value()).toList();
    return CaseloadByResidence.count(
        period, facts(region, ACTIVE_IN, period, receiverOrganisationId, false), always);
  }

  /** A municipality's name, or its code when the portal does not know it. */
  private String nameOf(String code) {
    return MunicipalityCode.parseLenient(code)
        .flatMap(regions::municipality)
        .map(Municipality::name)
        .orElse(code);
  }

  /**
   * The facts of the referrals {@code where} (over {@code r}) selects, in three statements (the
   * referrals, their answers on the timeline, their terms).
   */
  private List<ReferralFact> facts(
      RegionCode region, String where, ReportingPeriod period, Long receiver, boolean withDomains) {
    var em = tenantEm.em();
    String clause = receiver == null ? where : where + " and r.receiverOrganisationId = :receiver";
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("start", period.start());
    parameters.put("end", period.end());
    parameters.put("answered", ReferralEvent.Kind.ANSWERED);
    parameters.put("takingOn", List.copyOf(ReferralFact.TAKING_ON));
    parameters.put("receiver", receiver);
    List<Object[]> rows =
        bound(
                em.createQuery(
                    "select r.id, r.municipality, r.submittedAt, r.respondedAt, r.closedAt,"
                        + " r.receiverOrganisationId from Referral r where "
                        + clause,
                    Object[].class),
                parameters)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<ReferralState, LocalDateTime>> answers = new HashMap<>();
    for (Object[] a :
        bound(
                em.createQuery(
                    "select e.referralId, e.toState, min(e.at) from ReferralEvent e where e.kind ="
                        + " :answered and e.toState is not null and e.referralId in (select r.id"
                        + " from Referral r where "
                        + clause
                        + ") group by e.referralId, e.toState",
                    Object[].class),
                parameters)
            .getResultList()) {
      answers
          .computeIfAbsent((Long) a[0], k -> new EnumMap<>(ReferralState.class))
          .put((ReferralState) a[1], (LocalDateTime) a[2]);
    }
    Map<Long, Set<String>> domains = new HashMap<>();
    if (withDomains) {
      var vocabulary = terms.of(region.value());
      for (Object[] t :
          bound(
                  em.createQuery(
                      "select r.id, t from Referral r join r.terms t where " + clause,
                      Object[].class),
                  parameters)
              .getResultList()) {
        vocabulary
            .term((String) t[1])
            .map(vocabulary::domainOf)
            .ifPresent(
                d -> domains.computeIfAbsent((Long) t[0], k -> new LinkedHashSet<>()).add(d));
      }
    }
    List<ReferralFact> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long id = (Long) r[0];
      out.add(
          new ReferralFact(
              id,
              (String) r[1],
              domains.getOrDefault(id, Set.of()),
              (LocalDateTime) r[2],
              (LocalDateTime) r[3],
              answers.getOrDefault(id, Map.of()),
              (LocalDateTime) r[4],
              (Long) r[5]));
    }
    return out;
  }

  /** The query with those of {@code parameters} it names. */
  private static <T> TypedQuery<T> bound(TypedQuery<T> query, Map<String, Object> parameters) {
    for (Parameter<?> p : query.getParameters()) {
      query.setParameter(p.getName(), parameters.get(p.getName()));
    }
    return query;
  }
}
