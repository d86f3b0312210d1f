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
import nl.regioportal.directory.domain.ServiceRules;
import nl.regioportal.directory.hsds.HsdsPackageReader.PlannedLocation;
import nl.regioportal.directory.hsds.HsdsPackageReader.PlannedOrganisation;
import nl.regioportal.directory.hsds.HsdsPackageReader.PlannedService;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.application.OrganisationSummary;
import nl.regioportal.organisation.domain.OrganisationRules;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.ConflictException;
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
 * the same type and name) is used as it is; a service its organisation already has by that name is
 * a problem, so importing a package twice adds nothing twice. Coordinators (and the system, for the
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
    } catch (java.io.IOException | IllegalArgumentException e) { // also names not in UTF-8
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
    return store(region, read.organisations());
  }

  /**
   * Checks every organisation, location and service against the portal's rules before anything is
   * written (a write refused inside the transaction would end it), then writes them; a write that
   * is still refused (an identifier the region already has elsewhere, say) stops the import there.
   */
  private Report store(RegionCode region, List<PlannedOrganisation> plan) {
    Map<String, Long> byName = new HashMap<>();
    for (OrganisationSummary o : organisations.allActive()) {
      byName.putIfAbsent(nameKey(o.type(), o.name()), o.id());
    }
    List<Long> found = new ArrayList<>();
    for (PlannedOrganisation po : plan) {
      found.add(existing(po, byName));
    }
    List<ImportProblem> problems = check(region, plan, found);
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    int created = 0;
    int locations = 0;
    int services = 0;
    for (int i = 0; i < plan.size(); i++) {
      PlannedOrganisation po = plan.get(i);
      Long id = found.get(i);
      try {
        if (id == null) {
          id = organisations.create(po.draft());
          created++;
          byName.put(nameKey(po.draft().type(), po.draft().name()), id);
        }
        Map<String, Long> locationIds = new HashMap<>();
        for (PlannedLocation l : po.locations()) {
          locationIds.put(
              l.hsdsId(),
              directory.addLocation(
                  id, l.name(), l.street(), l.postalCode(), l.city(), l.municipality()));
          locations++;
        }
        for (PlannedService ps : po.services()) {
          directory.create(withOwner(ps.draft(), id, ps.locationIds(), locationIds));
          services++;
        }
      } catch (InvalidInputException e) {
        throw new ImportRejectedException(at(po.record(), e.violations()));
      } catch (ConflictException e) {
        throw new ImportRejectedException(at(po.record(), List.of(e.violation())));
      }
    }
    Report report =
        new Report(
            created, (int) found.stream().filter(f -> f != null).count(), locations, services);
    LOG.info(() -> "HSDS import: " + report);
    return report;
  }

  /** Every rule the package breaks, per record: nothing is written yet. */
  private List<ImportProblem> check(
      RegionCode region, List<PlannedOrganisation> plan, List<Long> found) {
    List<ImportProblem> problems = new ArrayList<>();
    DirectoryTerms.Vocabulary vocabulary = terms.of(region.value());
    OrganisationRules organisationRules =
        new OrganisationRules(c -> regions.municipality(c).isPresent(), regions::exists);
    Map<String, String> seenNames = new HashMap<>();
    for (int i = 0; i < plan.size(); i++) {
      PlannedOrganisation po = plan.get(i);
      long owner = found.get(i) != null ? found.get(i) : -1L - i; // a planned one: a stand-in id
      if (found.get(i) == null) {
        OrganisationRules.Result r = organisationRules.check(po.draft(), region);
        if (!r.isValid()) {
          problems.addAll(at(po.record(), r.violations()));
        }
      }
      Map<Long, Long> owners = new HashMap<>();
      Map<String, Long> locationIds = new HashMap<>();
      long next = -1_000_000L * (i + 1);
      for (PlannedLocation l : po.locations()) {
        locationIds.put(l.hsdsId(), next);
        owners.put(next, owner);
        next--;
      }
      Set<String> names =
          new HashSet<>(found.get(i) == null ? List.of() : serviceNames(found.get(i)));
      ServiceRules rules =
          new ServiceRules(
              vocabulary::info,
              code -> regions.municipality(code).isPresent(),
              org -> org == owner,
              owners);
      for (PlannedService ps : po.services()) {
        ServiceDraft d = withOwner(ps.draft(), owner, ps.locationIds(), locationIds);
        if (d.name() != null) {
          String key = owner + ":" + d.name().toLowerCase(Locale.ROOT);
          if (!names.add(d.name().toLowerCase(Locale.ROOT))
              || seenNames.putIfAbsent(key, ps.record()) != null) {
            problems.add(
                ImportProblem.at(
                    ps.record(),
                    "name",
                    "hsds.import.serviceExists",
                    "The organisation already has a service named \"" + d.name() + "\".",
                    d.name()));
            continue;
          }
        }
        ServiceRules.Result r = rules.check(d);
        if (!r.isValid()) {
          problems.addAll(at(ps.record(), r.violations()));
        }
      }
    }
    return problems;
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
    return d.name() == null ? null : byName.get(nameKey(d.type(), d.name()));
  }

  /**
   * An organisation is the same by identifier, else by type and name (as the region keeps them).
   */
  private static String nameKey(
      nl.regioportal.organisation.domain.OrganisationType type, String name) {
    return type + ":" + name.strip().toLowerCase(Locale.ROOT);
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
