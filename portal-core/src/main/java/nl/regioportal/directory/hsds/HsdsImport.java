package nl.regioportal.directory.hsds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.regioportal.directory.application.Directory;
import nl.regioportal.directory.application.DirectoryTerms;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.ServiceDraft;
import nl.regioportal.directory.hsds.HsdsPackageReader.PlannedLocation;
import nl.regioportal.directory.hsds.HsdsPackageReader.PlannedOrganisation;
import nl.regioportal.directory.hsds.HsdsPackageReader.PlannedService;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.application.OrganisationSummary;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.DuplicateException;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Imports an HSDS 3.0 organization package into the active region, all or nothing: first the
 * package is read ({@link HsdsPackageReader}: shape, types, ids, terms, municipalities), then every
 * organisation, location and service is stored through the same rules as a person's edit, in one
 * transaction. Any problem anywhere, with its record and field, rejects the whole package and
 * nothing of it stays. An organisation the region already has (same KvK, BRIN or CBS identifier, or
 * the same name) is used as it is; a service its organisation already has by that name is a
 * problem, so importing a package twice adds nothing twice. Coordinators (and the system, for the
 * drop folder) only.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class HsdsImport {

  private static final Logger LOG = Logger.getLogger(HsdsImport.class.getName());

  @Inject RegionAccess access;
  @Inject OrganisationService organisations;
  @Inject Directory directory;
  @Inject DirectoryTerms terms;
  @Inject RegionDirectory regions;
  @Inject TenantEntityManager tenantEm;

  /** What an import stored. */
  public record Report(
      int organisationsCreated, int organisationsFound, int locations, int services) {
    @Override
    public String toString() {
      return organisationsCreated
          + " organisations created, "
          + organisationsFound
          + " found, "
          + locations
          + " locations, "
          + services
          + " services";
    }
  }

  /**
   * Imports a package given as JSON text.
   *
   * @throws ImportRejectedException with every problem; nothing was stored
   */
  public Report importJson(String json) {
    access.requireManager("Only the region's coordinators import directory entries.");
    JsonValue root;
    try {
      root = Json.createReader(new StringReader(json == null ? "" : json)).readValue();
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      throw new ImportRejectedException(
          List.of(
              ImportProblem.at(
                  "file",
                  at == null
                      ? null
                      : "line " + at.getLineNumber() + ", column " + at.getColumnNumber(),
                  "hsds.import.notJson",
                  "The file is not valid JSON: " + e.getMessage(),
                  at == null ? 0 : at.getLineNumber(),
                  at == null ? 0 : at.getColumnNumber())));
    } catch (JsonException e) {
      throw new ImportRejectedException(
          List.of(
              ImportProblem.at(
                  "file", null, "hsds.import.notJson", "The file is not valid JSON.", 0, 0)));
    }
    return importPackage(root);
  }

  /**
   * Imports the HSDS tabular set: a ZIP of the HSDS CSV files ({@link HsdsTabular}); each problem
   * names its file and line.
   *
   * @throws ImportRejectedException with every problem; nothing was stored
   */
  public Report importTabular(byte[] zip) {
    access.requireManager("Only the region's coordinators import directory entries.");
    java.util.Map<String, String> files;
    try {
      files = HsdsTabular.unzip(zip == null ? new byte[0] : zip);
    } catch (java.io.IOException e) {
      throw new ImportRejectedException(
          List.of(
              ImportProblem.at(
                  "file",
                  null,
                  "hsds.tabular.notZip",
                  "The file is not a readable ZIP of CSV files: " + e.getMessage())));
    }
    HsdsTabular.Result set = HsdsTabular.read(files);
    if (!set.problems().isEmpty()) {
      throw new ImportRejectedException(set.problems());
    }
    return importPackage(set.pack());
  }

  /**
   * Imports a package.
   *
   * @throws ImportRejectedException with every problem; nothing was stored
   */
  public Report importPackage(JsonValue root) {
    RegionCode region =
        access.requireManager("Only the region's coordinators import directory entries.");
    DirectoryTerms.Vocabulary vocabulary = terms.of(region.value());
    Map<String, String> termCodes = new HashMap<>();
    vocabulary.byCode().values().forEach(t -> termCodes.put(t.id(), t.code()));
    Map<String, String> municipalityNames = new HashMap<>();
    for (Municipality m : regions.allMunicipalities()) {
      municipalityNames.putIfAbsent(m.name().toLowerCase(Locale.ROOT), m.code().value());
    }
    HsdsPackageReader.Result read =
        new HsdsPackageReader(
                new HsdsPackageReader.Region() {
                  @Override
                  public Optional<String> termById(String id) {
                    return Optional.ofNullable(termCodes.get(id));
                  }

                  @Override
                  public boolean termCode(String code) {
                    return vocabulary.term(code).map(DirectoryTerm::code).isPresent();
                  }

                  @Override
                  public Optional<String> municipality(String codeOrName) {
                    String c = codeOrName.trim().toUpperCase(Locale.ROOT);
                    if (MunicipalityCode.isValid(c)
                        && regions.municipality(new MunicipalityCode(c)).isPresent()) {
                      return Optional.of(c);
                    }
                    return Optional.ofNullable(
                        municipalityNames.get(codeOrName.trim().toLowerCase(Locale.ROOT)));
                  }
                })
            .read(root);
    if (!read.isValid()) {
      throw new ImportRejectedException(read.problems());
    }
    return store(read.organisations());
  }

  private Report store(List<PlannedOrganisation> plan) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, Long> byName = new HashMap<>();
    for (OrganisationSummary o : organisations.activeByName()) {
      byName.putIfAbsent(o.name().toLowerCase(Locale.ROOT), o.id());
    }
    int created = 0;
    int found = 0;
    int locations = 0;
    int services = 0;
    for (PlannedOrganisation po : plan) {
      Long id = existing(po, byName);
      if (id != null) {
        found++;
      } else {
        try {
          id = organisations.create(po.draft());
          created++;
          byName.put(po.draft().name().toLowerCase(Locale.ROOT), id);
        } catch (InvalidInputException e) {
          problems.addAll(at(po.record(), e.violations()));
          continue;
        } catch (DuplicateException e) {
          problems.addAll(at(po.record(), List.of(e.violation())));
          continue;
        }
      }
      Map<String, Long> locationIds = new HashMap<>();
      for (PlannedLocation l : po.locations()) {
        try {
          locationIds.put(
              l.hsdsId(),
              directory.addLocation(
                  id, l.name(), l.street(), l.postalCode(), l.city(), l.municipality()));
          locations++;
        } catch (InvalidInputException e) {
          problems.addAll(at(l.record(), e.violations()));
        }
      }
      Set<String> names = new HashSet<>(serviceNames(id));
      for (PlannedService ps : po.services()) {
        ServiceDraft d = ps.draft();
        if (d.name() != null && !names.add(d.name().toLowerCase(Locale.ROOT))) {
          problems.add(
              ImportProblem.at(
                  ps.record(),
                  "name",
                  "hsds.import.serviceExists",
                  "The organisation already has a service named \"" + d.name() + "\".",
                  d.name()));
          continue;
        }
        try {
          directory.create(withOwner(d, id, ps.locationIds(), locationIds));
          services++;
        } catch (InvalidInputException e) {
          problems.addAll(at(ps.record(), e.violations()));
        }
      }
    }
    if (!problems.isEmpty()) {
      // the transaction rolls back: nothing of the package stays
      throw new ImportRejectedException(problems);
    }
    Report report = new Report(created, found, locations, services);
    LOG.info(() -> "HSDS import: " + report);
    return report;
  }

  private Long existing(PlannedOrganisation po, Map<String, Long> byName) {
    var d = po.draft();
    for (String typed :
        new String[] {
          d.kvkNumber() == null ? null : "KVK:" + d.kvkNumber(),
          d.brin() == null ? null : "BRIN:" + d.brin(),
          d.cbsCode() == null ? null : "CBS:" + d.cbsCode()
        }) {
      if (typed != null) {
        Optional<Long> id = organisations.idByIdentifier(typed);
        if (id.isPresent()) {
          return id.get();
        }
      }
    }
    return d.name() == null ? null : byName.get(d.name().toLowerCase(Locale.ROOT));
  }

  private List<String> serviceNames(long organisationId) {
    return tenantEm
        .em()
        .createQuery(
            "select lower(s.name) from ServiceEntry s where s.organisationId = :o", String.class)
        .setParameter("o", organisationId)
        .getResultList();
  }

  private static ServiceDraft withOwner(
      ServiceDraft d, long owner, List<String> locationHsdsIds, Map<String, Long> locationIds) {
    List<Long> at = new ArrayList<>();
    for (String l : locationHsdsIds) {
      Long id = locationIds.get(l);
      if (id != null) {
        at.add(id);
      }
    }
    return d.at(owner, at);
  }

  /** The portal's rule violations as problems of a record: key and values as the rules gave. */
  private static List<ImportProblem> at(String record, List<Violation> violations) {
    List<ImportProblem> out = new ArrayList<>();
    for (Violation v : violations) {
      out.add(
          new ImportProblem(0, 0, v.key(), v.args(), v.key() + " " + v.args(), record, v.field()));
    }
    return out;
  }
}
