package nl.regioportal.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.MunicipalityCode;

/**
 * Applies a CBS "Gebieden in Nederland" table: adds and renames municipalities and moves their
 * dated region membership. All or nothing: a file with any problem is rejected whole, and a file
 * that is accepted is applied in one transaction. Only platform admins (and the system) may import.
 */
@ApplicationScoped
public class AreaImportService {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject RegionDirectory regions;
  @Inject CurrentCaller caller;

  /**
   * @param validFrom the first day the table is valid (for a yearly CBS table: 1 January)
   * @param closeMissing when true, the table is complete: memberships of municipalities not in it
   *     end the day before {@code validFrom}
   * @param source where the table came from, kept on each new membership
   * @throws ImportRejectedException when anything in the file is wrong; nothing is applied then
   */
  @Transactional(rollbackOn = Exception.class)
  public AreaImportResult importTable(
      Reader file, LocalDate validFrom, boolean closeMissing, String source) {
    if (!caller.isPlatformAdmin() && !caller.isSystem()) {
      throw new AccessDeniedException("Only a platform administrator may import reference data.");
    }
    Objects.requireNonNull(validFrom, "validFrom is required");
    CbsAreaTableParser.Result parsed = new CbsAreaTableParser().parse(file);
    if (!parsed.accepted()) {
      throw new ImportRejectedException(parsed.problems());
    }
    List<ImportProblem> problems = new ArrayList<>();
    for (CbsAreaRow row : parsed.rows()) {
      if (!regions.exists(row.region())) {
        problems.add(
            ImportProblem.of(
                row.line(),
                0,
                "import.problem.unknownRegion",
                "RMC region " + row.region() + " does not exist.",
                row.region().value()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }

    int added = 0, renamed = 0, opened = 0, closed = 0, unchanged = 0;
    Set<MunicipalityCode> inFile = new HashSet<>();
    for (CbsAreaRow row : parsed.rows()) {
      inFile.add(row.municipality());
      Municipality m = em.find(Municipality.class, row.municipality().value());
      if (m == null) {
        em.persist(new Municipality(row.municipality(), row.municipalityName()));
        added++;
      } else if (!m.name().equals(row.municipalityName().trim())) {
        m.rename(row.municipalityName());
        renamed++;
      }
      MunicipalityMembership current = currentMembership(row.municipality(), validFrom);
      if (current != null && current.region().equals(row.region())) {
        unchanged++;
        continue;
      }
      if (current != null) {
        end(current, validFrom, problems, row.line());
        closed++;
      }
      em.persist(new MunicipalityMembership(row.municipality(), row.region(), validFrom, source));
      opened++;
    }
    if (closeMissing) {
      for (MunicipalityMembership open : openMemberships(validFrom)) {
        if (!inFile.contains(open.municipality())) {
          end(open, validFrom, problems, 0);
          closed++;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    return new AreaImportResult(parsed.rows().size(), added, renamed, opened, closed, unchanged);
  }

  private static void end(
      MunicipalityMembership membership,
      LocalDate validFrom,
      List<ImportProblem> problems,
      int line) {
    LocalDate lastDay = validFrom.minusDays(1);
    if (lastDay.isBefore(membership.validFrom())) {
      problems.add(
          ImportProblem.of(
              line,
              0,
              "import.problem.laterMembership",
              membership.municipality()
                  + " already belongs to region "
                  + membership.region()
                  + " from "
                  + membership.validFrom()
                  + ", after the date of this table.",
              membership.municipality().value(),
              membership.region().value(),
              membership.validFrom().toString()));
      return;
    }
    membership.endOn(lastDay);
  }

  private MunicipalityMembership currentMembership(MunicipalityCode municipality, LocalDate day) {
    return em.createQuery(
            "select r from MunicipalityMembership r where r.municipalityCode = :m"
                + " and (r.validTo is null or r.validTo >= :day) order by r.validFrom desc",
            MunicipalityMembership.class)
        .setParameter("m", municipality.value())
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<MunicipalityMembership> openMemberships(LocalDate day) {
    return em.createQuery(
            "select r from MunicipalityMembership r where r.validTo is null or r.validTo >= :day",
            MunicipalityMembership.class)
        .setParameter("day", day)
        .getResultList();
  }
}
