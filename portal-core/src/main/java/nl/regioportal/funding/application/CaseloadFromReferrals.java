package nl.regioportal.funding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.organisation.application.OrganisationDetails;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.referral.application.ReferralFigures;
import nl.regioportal.referral.figures.ReportingPeriod;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.RegionAccess;

/**
 * The indicator {@code caseload} counted by the portal itself: the referrals active in a period
 * ({@code CaseloadByResidence}), per municipality of residence, of all receivers or of one (the
 * team the arrangement pays for), stored in the region's indicator library as the set of that
 * period's last day, so that the key editor takes it like any imported set. Exact counts (ADR
 * 0024): the library and the editor are the coordinators'; readers of a published key see counts
 * under 5 as {@code <5}, as for every caseload.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class CaseloadFromReferrals {

  /** The longest receiver name the source text repeats. */
  static final int MAX_NAME = 100;

  @Inject ReferralFigures figures;
  @Inject IndicatorLibrary library;
  @Inject OrganisationService organisations;
  @Inject RegionAccess access;

  /**
   * A counted and stored caseload.
   *
   * @param set the library's set it is now
   * @param receiverName the receiver it was counted for, or {@code null} for all
   * @param values the count per municipality (CBS code, sorted); 0 for the region's without any
   */
  public record Counted(
      IndicatorSet set,
      ReportingPeriod period,
      Long receiverOrganisationId,
      String receiverName,
      Map<String, Long> values) {

    /** The referrals counted, over every municipality. */
    public long total() {
      return values.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Counts the caseload of {@code period} and stores it in the library (replacing a set of {@code
   * caseload} on the period's last day).
   *
   * @param receiverOrganisationId only what this organisation of the region received; {@code null}:
   *     all receivers
   * @throws nl.regioportal.shared.AccessDeniedException unless the caller manages the region
   * @throws InvalidInputException at {@code organisationId} for an organisation the region does not
   *     have; at {@code to} when the region had no municipalities on that day and no referral was
   *     active
   */
  public Counted count(ReportingPeriod period, Long receiverOrganisationId) {
    access.requireManager("Only the region's coordinators count the caseload for funding keys.");
    String receiverName = null;
    if (receiverOrganisationId != null) {
      receiverName =
          organisations
              .find(receiverOrganisationId)
              .map(OrganisationDetails::name)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          List.of(
                              Violation.of(
                                  "organisationId",
                                  "figures.caseload.organisation",
                                  receiverOrganisationId))));
    }
    Map<String, Long> counts = figures.caseload(period, receiverOrganisationId);
    if (counts.isEmpty()) {
      // a set is its municipalities' rows: without any there is nothing a key could take
      throw new InvalidInputException(
          List.of(Violation.of("to", "figures.caseload.nothing", period.to().toString())));
    }
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    counts.forEach((code, n) -> values.put(code, IndicatorValue.of(n)));
    IndicatorSet set =
        library.replaceSet(
            BasisCatalogue.CASELOAD, period.to(), source(period, receiverName), values);
    return new Counted(
        set,
        period,
        receiverOrganisationId,
        receiverName,
        java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counts)));
  }

  /**
   * The source text of the set, in Dutch like the sources of imported sets, e.g. {@code
   * Regioportaal: geaccepteerde verwijzingen, actief 2026-01-01 t/m 2026-06-30, ontvanger Buurtteam
   * MBO}.
   */
  static String source(ReportingPeriod period, String receiverName) {
    String text =
        "Regioportaal: geaccepteerde verwijzingen, actief " + period.from() + " t/m " + period.to();
    if (receiverName == null) {
      return text;
    }
    String name = receiverName.strip().replaceAll("\\p{Cntrl}", " ");
    return text + ", ontvanger " + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
  }
}
