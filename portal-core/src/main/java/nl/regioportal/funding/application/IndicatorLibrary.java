package nl.regioportal.funding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.funding.domain.IndicatorLibraryValue;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.funding.indicators.IndicatorRow;
import nl.regioportal.funding.indicators.IndicatorTable;
import nl.regioportal.funding.indicators.IndicatorTableParser;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The active region's indicator library: CBS/DUO values per municipality, imported from files
 * (page, REST or the Camel drop folder) and copied from here into funding keys. The library is the
 * coordinator's (it holds unsuppressed small counts); a file is checked whole first and rejected
 * whole, with the line and column of each problem, so nothing of a bad file is applied. An accepted
 * file replaces each set (indicator and reference date) it contains, in one transaction.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class IndicatorLibrary {

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;
  @Inject CurrentCaller caller;
  @Inject RegionAccess access;
  @Inject RegionDirectory regions;
  @Inject IndicatorDefinitions definitions;

  /**
   * Imports a file.
   *
   * @param defaultReferenceDate for a file without a reference date column; may be {@code null}
   * @return the sets the file replaced
   * @throws ImportRejectedException when anything in the file is wrong
   */
  public List<IndicatorSet> importFile(
      Reader file, String indicator, String source, LocalDate defaultReferenceDate) {
    IndicatorTable table = read(file, indicator, source, defaultReferenceDate);
    EntityManager em = tenantEm.em();
    Map<LocalDate, List<IndicatorRow>> byDate = new TreeMap<>();
    table
        .rows()
        .forEach(r -> byDate.computeIfAbsent(r.referenceDate(), d -> new ArrayList<>()).add(r));
    for (Map.Entry<LocalDate, List<IndicatorRow>> set : byDate.entrySet()) {
      Map<String, IndicatorValue> values = new LinkedHashMap<>();
      for (IndicatorRow r : set.getValue()) {
        values.put(r.municipalityCode(), new IndicatorValue(r.value(), r.suppressedAsFour()));
      }
      replace(em, table.indicator(), set.getKey(), table.source(), values);
    }
    em.flush();
    return sets().stream()
        .filter(
            s -> s.indicator().equals(table.indicator()) && byDate.containsKey(s.referenceDate()))
        .toList();
  }

  /**
   * Stores one set that the portal computed itself (the caseload by residence from referrals),
   * replacing the library's set of that indicator and reference date, as an import of it would.
   *
   * @param values per CBS municipality code
   * @return the stored set
   */
  public IndicatorSet replaceSet(
      String indicator,
      LocalDate referenceDate,
      String source,
      Map<String, IndicatorValue> values) {
    requireManager();
    if (!IndicatorTable.isValidIndicator(indicator) || !IndicatorTable.isValidSource(source)) {
      throw new IllegalArgumentException(
          "Not an indicator and source: " + indicator + " " + source);
    }
    EntityManager em = tenantEm.em();
    replace(em, indicator, referenceDate, source.strip(), values);
    em.flush();
    return sets().stream()
        .filter(s -> s.indicator().equals(indicator) && s.referenceDate().equals(referenceDate))
        .findFirst()
        .orElseThrow();
  }

  /** Replaces one set (indicator and reference date) of the library with {@code values}. */
  private void replace(
      EntityManager em,
      String indicator,
      LocalDate referenceDate,
      String source,
      Map<String, IndicatorValue> values) {
    em.createQuery(
            "delete from IndicatorLibraryValue v where v.indicator = :i and v.referenceDate = :d")
        .setParameter("i", indicator)
        .setParameter("d", referenceDate)
        .executeUpdate();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    values.forEach(
        (municipality, v) ->
            em.persist(
                new IndicatorLibraryValue(
                    indicator,
                    referenceDate,
                    municipality,
                    v.value(),
                    v.suppressedAsFour(),
                    source,
                    now,
                    caller.username())));
  }

  /**
   * Reads a file the way every path does (page, editor, REST, drop folder) and stores nothing: the
   * indicator and source checked, the file parsed, every municipality known. The indicator must be
   * one of the region's (built in or registered): a typo never creates a new indicator.
   *
   * @param defaultReferenceDate for a file without a reference date column; may be {@code null}
   * @throws UnknownIndicatorException when the indicator is well formed but not the region's
   * @throws InvalidInputException when the indicator or source is not valid ({@code indicator},
   *     {@code source})
   * @throws ImportRejectedException when anything in the file is wrong
   */
  public IndicatorTable read(
      Reader file, String indicator, String source, LocalDate defaultReferenceDate) {
    requireManager();
    List<Violation> wrong = new ArrayList<>();
    boolean wellFormed = indicator != null && IndicatorTable.isValidIndicator(indicator.trim());
    if (!wellFormed) {
      wrong.add(Violation.of("indicator", "funding.import.indicator", String.valueOf(indicator)));
    }
    if (source == null || !IndicatorTable.isValidSource(source)) {
      wrong.add(Violation.of("source", "indicators.source.invalid"));
    }
    BasisCatalogue catalogue = definitions.catalogue();
    UnknownIndicatorException unknown =
        wellFormed && !catalogue.isIndicator(indicator.trim())
            ? new UnknownIndicatorException(indicator.trim(), catalogue.indicatorCodes())
            : null;
    if (!wrong.isEmpty()) {
      if (unknown != null) {
        wrong.addAll(0, unknown.violations());
      }
      throw new InvalidInputException(wrong);
    }
    if (unknown != null) {
      throw unknown;
    }
    IndicatorTable table =
        new IndicatorTableParser()
            .parse(file, indicator.trim(), source.trim(), defaultReferenceDate)
            .tableOrThrow();
    List<ImportProblem> problems = new ArrayList<>();
    for (IndicatorRow row : table.rows()) {
      if (regions.municipality(new MunicipalityCode(row.municipalityCode())).isEmpty()) {
        problems.add(
            new ImportProblem(
                row.line(),
                0,
                "indicators.problem.unknownMunicipality",
                List.of(row.municipalityCode()),
                row.municipalityCode() + " is not a known municipality."));
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    return table;
  }

  /** The sets in the library, by indicator and then newest reference date first. */
  public List<IndicatorSet> sets() {
    requireManager();
    EntityManager em = tenantEm.em();
    List<Object[]> rows =
        em.createQuery(
                "select v.indicator, v.referenceDate, min(v.source), count(v),"
                    + " max(v.importedAt), min(v.importedBy)"
                    + " from IndicatorLibraryValue v group by v.indicator, v.referenceDate"
                    + " order by v.indicator, v.referenceDate desc",
                Object[].class)
            .getResultList();
    Map<String, Long> suppressed = new LinkedHashMap<>();
    for (Object[] r :
        em.createQuery(
                "select v.indicator, v.referenceDate, count(v) from IndicatorLibraryValue v"
                    + " where v.suppressedAsFour = true group by v.indicator, v.referenceDate",
                Object[].class)
            .getResultList()) {
      suppressed.put(r[0] + "|" + r[1], ((Number) r[2]).longValue());
    }
    List<IndicatorSet> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new IndicatorSet(
              (String) r[0],
              (LocalDate) r[1],
              (String) r[2],
              ((Number) r[3]).longValue(),
              suppressed.getOrDefault(r[0] + "|" + r[1], 0L),
              (LocalDateTime) r[4],
              (String) r[5]));
    }
    return out;
  }

  /** The values of one set, by municipality code. */
  public Map<String, IndicatorValue> values(String indicator, LocalDate referenceDate) {
    requireManager();
    Map<String, IndicatorValue> out = new LinkedHashMap<>();
    tenantEm
        .em()
        .createQuery(
            "select v from IndicatorLibraryValue v where v.indicator = :i and v.referenceDate = :d"
                + " order by v.municipalityCode",
            IndicatorLibraryValue.class)
        .setParameter("i", indicator)
        .setParameter("d", referenceDate)
        .getResultList()
        .forEach(
            v ->
                out.put(
                    v.municipalityCode(), new IndicatorValue(v.amount(), v.suppressedAsFour())));
    return out;
  }

  private void requireManager() {
    access.requireManager("Only the region's coordinators manage its indicator values.");
  }
}
