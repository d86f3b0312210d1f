package nl.regioportal.funding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.funding.domain.FundingArrangement;
import nl.regioportal.funding.domain.FundingVersion;
import nl.regioportal.funding.domain.IndicatorValueRow;
import nl.regioportal.funding.domain.KeyPartRow;
import nl.regioportal.funding.domain.LockReason;
import nl.regioportal.funding.domain.ParticipantRow;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.funding.domain.ReviewRow;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.funding.engine.Comparison;
import nl.regioportal.funding.engine.DerivationLine;
import nl.regioportal.funding.engine.FundingKeyEngine;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.funding.engine.KeyInput;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.KeyResult;
import nl.regioportal.funding.engine.Participant;
import nl.regioportal.funding.engine.Share;
import nl.regioportal.funding.indicators.IndicatorTable;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Cost-sharing arrangements of the active region and the versions of their funding keys.
 *
 * <p>Who may do what: the region's coordinators (and platform admins) see and manage everything; a
 * policy officer sees the published, locked and superseded versions in which the own municipality
 * takes part (the whole key: the parties check each other's shares) and approves or objects for the
 * own municipality only; other roles see no arrangements. Drafts are the coordinator's alone: to
 * anyone else a draft answers as not found. Counts of a suppressed indicator (caseload) under 5
 * show as {@code <5} to everyone but the coordinator.
 *
 * <p>Each method is one transaction; a refused change leaves nothing behind.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class FundingService {

  /** Indicators whose small counts are personal enough to suppress (fewer than 5 shows "<5"). */
  public static final Set<String> SUPPRESSED_INDICATORS = Set.of("caseload");

  /** What a suppressed small count shows. */
  public static final String SMALL_COUNT = nl.regioportal.shared.SmallNumbers.UNDER_FIVE;

  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;
  @Inject CurrentCaller caller;
  @Inject RegionAccess access;
  @Inject RegionDirectory regions;
  @Inject ComputedKeys computedKeys;
  @Inject IndicatorDefinitions definitions;

  /**
   * Computes a key without storing anything (the preview for spreadsheets and scripts). Its bases
   * and indicators must be the region's, as for a key that is saved: what the preview accepts, a
   * save accepts.
   */
  public KeyResult preview(KeyInput input) {
    requireMember();
    List<Violation> problems = new ArrayList<>();
    checkBases(definitions.catalogue(), input.parts(), input.participants(), Map.of(), problems);
    try {
      KeyResult result = FundingKeyEngine.compute(input);
      if (problems.isEmpty()) {
        return result;
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
    }
    throw new InvalidInputException(problems);
  }

  /** The arrangements the caller may see, newest year first, then by title. */
  public List<ArrangementSummary> arrangements() {
    Reader reader = reader();
    EntityManager em = tenantEm.em();
    List<FundingArrangement> all =
        em.createQuery(
                "select a from FundingArrangement a order by a.budgetYear desc, a.titleKey",
                FundingArrangement.class)
            .getResultList();
    Map<Long, List<FundingVersion>> versions =
        em
            .createQuery("select v from FundingVersion v order by v.number", FundingVersion.class)
            .getResultList()
            .stream()
            .filter(reader::maySee)
            .collect(Collectors.groupingBy(FundingVersion::arrangementId));
    List<ArrangementSummary> out = new ArrayList<>();
    for (FundingArrangement a : all) {
      List<FundingVersion> visible = versions.getOrDefault(a.id(), List.of());
      if (visible.isEmpty() && !reader.manager()) {
        continue;
      }
      FundingVersion latest = visible.isEmpty() ? null : visible.get(visible.size() - 1);
      out.add(
          new ArrangementSummary(
              a.id(),
              a.title(),
              a.budgetYear(),
              visible.size(),
              latest == null ? null : latest.number(),
              latest == null ? null : latest.status(),
              latest == null ? 0 : latest.totalCents()));
    }
    return out;
  }

  /**
   * Starts an arrangement with its first (draft) version.
   *
   * @return the arrangement's id
   */
  public long create(String title, Integer budgetYear, String description, KeyDraft first) {
    requireManager();
    List<Violation> problems = new ArrayList<>();
    String t = title == null ? "" : title.trim();
    if (t.isEmpty() || t.length() > 200) {
      problems.add(Violation.of("title", "funding.arrangement.title"));
    }
    if (budgetYear == null || budgetYear < 2000 || budgetYear > 2100) {
      problems.add(Violation.of("year", "funding.arrangement.year", String.valueOf(budgetYear)));
    }
    String d = description == null || description.isBlank() ? null : description.trim();
    if (d != null && d.length() > 2000) {
      problems.add(Violation.of("description", "funding.arrangement.description"));
    }
    Valid key = validate(first, problems);
    EntityManager em = tenantEm.em();
    if (!em.createQuery(
            "select a from FundingArrangement a where a.budgetYear = :y and a.titleKey = :k",
            FundingArrangement.class)
        .setParameter("y", budgetYear)
        .setParameter("k", FundingArrangement.keyOf(t))
        .getResultList()
        .isEmpty()) {
      throw new ConflictException(
          Violation.of("title", "funding.arrangement.duplicate", t, budgetYear));
    }
    FundingArrangement arrangement =
        new FundingArrangement(t, budgetYear, d, caller.username(), now());
    em.persist(arrangement);
    flush(em, t, budgetYear);
    FundingVersion version =
        new FundingVersion(arrangement.id(), 1, key.label(), caller.username(), now());
    key.applyTo(version);
    em.persist(version);
    return arrangement.id();
  }

  /** An arrangement with the versions the caller may see. */
  public ArrangementDetails arrangement(long id) {
    Reader reader = reader();
    FundingArrangement a = loadArrangement(id);
    List<VersionSummary> versions =
        versionsOf(id).stream()
            .filter(reader::maySee)
            .sorted(Comparator.comparingInt(FundingVersion::number).reversed())
            .map(VersionSummary::of)
            .toList();
    if (versions.isEmpty() && !reader.manager()) {
      throw new NotFoundException("arrangement", id);
    }
    return new ArrangementDetails(a.id(), a.title(), a.budgetYear(), a.description(), versions);
  }

  /**
   * Adds a draft version (a scenario) to an arrangement.
   *
   * @return the new version's id
   */
  public long addVersion(long arrangementId, KeyDraft draft) {
    requireManager();
    loadArrangement(arrangementId);
    Valid key = validate(draft, new ArrayList<>());
    int number =
        versionsOf(arrangementId).stream().mapToInt(FundingVersion::number).max().orElse(0);
    FundingVersion version =
        new FundingVersion(arrangementId, number + 1, key.label(), caller.username(), now());
    key.applyTo(version);
    tenantEm.em().persist(version);
    tenantEm.em().flush();
    return version.id();
  }

  /** The key of a version as it stands, as a draft to start a new scenario from. */
  public KeyDraft draftOf(long versionId) {
    requireManager();
    FundingVersion v = loadVersion(versionId, reader());
    return new KeyDraft(v.label(), euros(v.totalCents()), parts(v), participants(v), sources(v));
  }

  /** Replaces a draft's key; a stale copy (another revision) or a non-draft is refused. */
  public void updateDraft(long versionId, long expectedRevision, KeyDraft draft) {
    requireManager();
    FundingVersion v = loadVersion(versionId, reader());
    if (v.revision() != expectedRevision) {
      throw new ConflictException(Violation.of(null, "funding.version.stale"));
    }
    requireStatus(v, VersionStatus.DRAFT, "funding.version.notDraft");
    // a new key is a new revision, also when only a collection changed (ComputedKeys relies on it)
    tenantEm.em().lock(v, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    validate(draft, new ArrayList<>()).applyTo(v);
  }

  /** A version with its computed key, suppressed where the caller may not see small counts. */
  public VersionDetails version(long versionId) {
    Reader reader = reader();
    FundingVersion v = tenantEm.em().find(FundingVersion.class, versionId);
    if (v == null) {
      throw new NotFoundException("funding version", versionId);
    }
    // the revision just read is the version as committed: a cached key of that revision is it
    ComputedKeys.Computed c =
        computedKeys.get(tenant.require().value(), v.id(), v.revision(), () -> computed(v));
    if (!reader.maySee(c.summary().status(), c.participants()::contains)) {
      throw new NotFoundException("funding version", versionId);
    }
    return details(v, c, reader);
  }

  /**
   * A version and the other versions of its arrangement the caller may see, in one unit of work.
   */
  public VersionWithSiblings versionWithSiblings(long versionId) {
    VersionDetails details = version(versionId);
    Reader reader = reader();
    String region = tenant.require().value();
    // the siblings' summaries come from the computed keys of their revisions (ComputedKeys): one
    // query for the rows, no collection loaded again while a revision stays the same
    List<VersionSummary> others =
        versionsOf(details.arrangementId()).stream()
            .filter(v -> v.id() != versionId)
            .map(v -> computedKeys.get(region, v.id(), v.revision(), () -> computed(v)))
            .filter(c -> reader.maySee(c.summary().status(), c.participants()::contains))
            .map(ComputedKeys.Computed::summary)
            .sorted(Comparator.comparingInt(VersionSummary::number).reversed())
            .toList();
    return new VersionWithSiblings(details, others);
  }

  /** A version with the other versions of its arrangement (newest first). */
  public record VersionWithSiblings(VersionDetails details, List<VersionSummary> siblings) {}

  /**
   * Shows a draft to the participants. Earlier published versions that were not locked are
   * superseded by it.
   */
  public void publish(long versionId) {
    requireManager();
    FundingVersion v = loadVersion(versionId, reader());
    requireStatus(v, VersionStatus.DRAFT, "funding.version.notDraft");
    FundingKeyEngine.compute(input(v)); // a stored draft is valid; this proves it once more
    for (FundingVersion other : versionsOf(v.arrangementId())) {
      if (other.status() == VersionStatus.PUBLISHED) {
        other.supersede(now());
      }
    }
    v.publish(caller.username(), now());
  }

  /**
   * The caller's municipality approves or objects to a published version. When every participant
   * has approved, the version is locked and an earlier locked version is superseded.
   */
  public VersionDetails review(long versionId, ReviewDecision decision, String comment) {
    Reader reader = reader();
    FundingVersion v = loadVersion(versionId, reader);
    if (reader.ownMunicipality() == null) {
      throw new AccessDeniedException(
          "Only a policy officer of a participating municipality reviews a funding key.");
    }
    List<Violation> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(Violation.of("decision", "funding.review.decision"));
    }
    String c = comment == null || comment.isBlank() ? null : comment.trim();
    if (c != null && c.length() > 2000) {
      problems.add(Violation.of("comment", "funding.review.comment.long"));
    }
    if (decision == ReviewDecision.OBJECTED && c == null) {
      problems.add(Violation.of("comment", "funding.review.comment.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (!v.isParticipant(reader.ownMunicipality())) {
      throw new AccessDeniedException(
          reader.ownMunicipality() + " does not take part in this funding key.");
    }
    requireStatus(v, VersionStatus.PUBLISHED, "funding.version.notPublished");
    // Two municipalities answering at the same moment must not both miss that all have approved:
    // the version's revision goes up with every review, so the later commit is refused (409).
    tenantEm.em().lock(v, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    v.review(reader.ownMunicipality(), decision, c, caller.username(), now());
    if (v.allApproved()) {
      lock(v, LockReason.ALL_APPROVED, null, null);
    }
    return details(v, reader);
  }

  /** Locks a published version on a governance decision, whatever the reviews say. */
  public void lockByDecision(long versionId, String decision) {
    requireManager();
    FundingVersion v = loadVersion(versionId, reader());
    String d = decision == null ? "" : decision.trim();
    if (d.isEmpty() || d.length() > 500) {
      throw new InvalidInputException(
          List.of(Violation.of("decision", "funding.lock.decision.required")));
    }
    requireStatus(v, VersionStatus.PUBLISHED, "funding.version.notPublished");
    lock(v, LockReason.GOVERNANCE_DECISION, d, null);
  }

  /**
   * Locks a version on a decision recorded in the region's governance (issue 11), in the caller's
   * transaction: a published version is locked with the decision as its reason; one locked already
   * (every municipality approved it) keeps its lock and names the decision. The caller has checked
   * the version's status ({@link #decisionTarget}).
   */
  public void lockByGovernanceDecision(long versionId, String decision, long decisionId) {
    requireManager();
    FundingVersion v = loadVersion(versionId, reader());
    String d = decision.length() > 500 ? decision.substring(0, 497) + "..." : decision;
    if (v.status() == VersionStatus.LOCKED) {
      v.confirmByDecision(d, decisionId);
    } else {
      requireStatus(v, VersionStatus.PUBLISHED, "funding.version.notPublished");
      lock(v, LockReason.GOVERNANCE_DECISION, d, decisionId);
    }
  }

  /** What a governance item about a version shows of it: its arrangement, number and status. */
  public record DecisionTarget(
      long versionId, String arrangementTitle, int number, VersionStatus status) {}

  /** The region's version {@code versionId} as an agenda item names it; empty if none. */
  public java.util.Optional<DecisionTarget> decisionTarget(long versionId) {
    var em = tenantEm.em();
    FundingVersion v = em.find(FundingVersion.class, versionId);
    if (v == null) {
      return java.util.Optional.empty();
    }
    FundingArrangement a = em.find(FundingArrangement.class, v.arrangementId());
    return java.util.Optional.of(
        new DecisionTarget(v.id(), a == null ? "?" : a.title(), v.number(), v.status()));
  }

  /** The region's versions an agenda item may be about (published or locked), newest first. */
  public List<DecisionTarget> decisionTargets() {
    var em = tenantEm.em();
    List<DecisionTarget> out = new ArrayList<>();
    for (FundingVersion v :
        em.createQuery(
                "select v from FundingVersion v where v.status in :s order by v.id desc",
                FundingVersion.class)
            .setParameter("s", List.of(VersionStatus.PUBLISHED, VersionStatus.LOCKED))
            .getResultList()) {
      FundingArrangement a = em.find(FundingArrangement.class, v.arrangementId());
      out.add(new DecisionTarget(v.id(), a == null ? "?" : a.title(), v.number(), v.status()));
    }
    return out;
  }

  /** Two versions of the same region side by side (B − A per municipality). */
  public Comparison compare(long versionA, long versionB) {
    Reader reader = reader();
    FundingVersion a = loadVersion(versionA, reader);
    FundingVersion b = loadVersion(versionB, reader);
    return FundingKeyEngine.compare(
        FundingKeyEngine.compute(input(a)), FundingKeyEngine.compute(input(b)));
  }

  /**
   * A phased move from version {@code fromId} (e.g. the key in force) to version {@code toId}: one
   * result per year, year {@code years} being the new key itself. Both must have the same
   * municipalities.
   */
  public List<KeyResult> transition(long fromId, long toId, int years) {
    Reader reader = reader();
    FundingVersion from = loadVersion(fromId, reader);
    FundingVersion to = loadVersion(toId, reader);
    return FundingKeyEngine.transition(
        FundingKeyEngine.compute(input(from)), FundingKeyEngine.compute(input(to)), years);
  }

  /**
   * The version's key in the coming years with a yearly indexation of the total: one result per
   * year, year 0 being the version as it is.
   */
  public List<KeyResult> indexed(long versionId, BigDecimal yearlyPercent, int years) {
    FundingVersion v = loadVersion(versionId, reader());
    KeyInput base = input(v);
    List<KeyResult> out = new ArrayList<>();
    for (BigDecimal total : FundingKeyEngine.indexedTotals(base.total(), yearlyPercent, years)) {
      out.add(FundingKeyEngine.compute(new KeyInput(total, base.parts(), base.participants())));
    }
    return out;
  }

  /**
   * What the caller must do first (the dashboard): reviews waiting for the own municipality, own
   * drafts, versions waiting for a governance decision. Nothing for those without a part in cost
   * sharing; never refused.
   */
  public OpenWork openWork() {
    requireMember();
    Reader reader;
    try {
      reader = reader();
    } catch (AccessDeniedException e) {
      return OpenWork.NONE; // school staff, care workers: no part in cost sharing
    }
    EntityManager em = tenantEm.em();
    List<FundingVersion> open =
        em
            .createQuery(
                "select v from FundingVersion v where v.status in :open order by v.id",
                FundingVersion.class)
            .setParameter(
                "open",
                reader.manager()
                    ? List.of(VersionStatus.DRAFT, VersionStatus.PUBLISHED)
                    : List.of(VersionStatus.PUBLISHED))
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "v.participants")
            .setHint("eclipselink.batch", "v.reviews")
            .getResultList()
            .stream()
            .filter(reader::maySee)
            .toList();
    if (open.isEmpty()) {
      return new OpenWork(reader.ownMunicipality(), List.of(), List.of(), List.of());
    }
    Map<Long, FundingArrangement> arrangements =
        em
            .createQuery(
                "select a from FundingArrangement a where a.id in :ids", FundingArrangement.class)
            .setParameter(
                "ids", open.stream().map(FundingVersion::arrangementId).distinct().toList())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(FundingArrangement::id, a -> a));
    Set<String> speakers =
        Set.copyOf(
            em.createQuery(
                    "select o.cbsCode from Organisation o"
                        + " where o.active = true and o.cbsCode is not null",
                    String.class)
                .getResultList());
    return OpenWorkRules.of(
        new OpenWorkRules.Person(caller.username(), reader.manager(), reader.ownMunicipality()),
        open,
        arrangements,
        speakers);
  }

  /** Names of the municipalities by code, for pages and exports. */
  public Map<String, String> municipalityNames(List<String> codes) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : codes) {
      names.put(code, name(code));
    }
    return names;
  }

  // ---------------------------------------------------------------------------------------------

  private void lock(FundingVersion v, LockReason reason, String decision, Long decisionId) {
    for (FundingVersion other : versionsOf(v.arrangementId())) {
      if (other.status() == VersionStatus.LOCKED) {
        other.supersede(now());
      }
    }
    v.lock(reason, decision, decisionId, now());
  }

  /** A version's details straight from the entity (after a change in this transaction). */
  private VersionDetails details(FundingVersion v, Reader reader) {
    return details(v, computed(v), reader);
  }

  /** What every reader's view of the version is built from: its key computed at this revision. */
  private ComputedKeys.Computed computed(FundingVersion v) {
    KeyResult result = FundingKeyEngine.compute(input(v));
    Map<String, ReviewRow> reviews = new LinkedHashMap<>();
    for (ReviewRow r : v.reviews()) {
      reviews.put(r.municipalityCode(), r);
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Share s : result.shares()) {
      names.put(s.code(), name(s.code()));
    }
    return new ComputedKeys.Computed(
        VersionSummary.of(v),
        parts(v),
        result,
        java.util.Collections.unmodifiableMap(sources(v)),
        java.util.Collections.unmodifiableMap(reviews),
        v.participants().stream()
            .map(p -> p.municipalityCode())
            .collect(java.util.stream.Collectors.toUnmodifiableSet()),
        java.util.Collections.unmodifiableMap(names));
  }

  private VersionDetails details(FundingVersion v, ComputedKeys.Computed c, Reader reader) {
    FundingArrangement a = loadArrangement(v.arrangementId());
    KeyResult result = c.result();
    List<ShareView> shares = new ArrayList<>();
    for (Share s : result.shares()) {
      List<LineView> lines = new ArrayList<>();
      for (DerivationLine line : s.lines()) {
        boolean hide =
            !reader.manager()
                && SUPPRESSED_INDICATORS.contains(line.basis())
                && line.value().compareTo(FIVE) < 0;
        lines.add(
            new LineView(
                line,
                hide ? SMALL_COUNT : line.value().stripTrailingZeros().toPlainString(),
                hide ? null : line.basisShareDecimal().toPlainString()));
      }
      shares.add(
          new ShareView(
              s.code(),
              c.names().getOrDefault(s.code(), s.code()),
              s,
              lines,
              c.review(s.code()).orElse(null)));
    }
    boolean mayReview =
        reader.ownMunicipality() != null
            && c.summary().status() == VersionStatus.PUBLISHED
            && c.participants().contains(reader.ownMunicipality());
    return new VersionDetails(
        c.summary(),
        a.id(),
        a.title(),
        a.budgetYear(),
        v.revision(),
        c.parts(),
        shares,
        c.sources(),
        v.lockReason(),
        v.governanceDecision(),
        v.decisionId(),
        reader.ownMunicipality(),
        reader.manager(),
        mayReview,
        definitions.catalogue());
  }

  private String name(String code) {
    try {
      return regions.municipality(new MunicipalityCode(code)).map(Municipality::name).orElse(code);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /** Checks a draft with the engine (all problems at once) and that the municipalities exist. */
  private Valid validate(KeyDraft draft, List<Violation> problems) {
    if (draft == null) {
      problems.add(Violation.of(null, "funding.key.required"));
      throw new InvalidInputException(problems);
    }
    String label = draft.label() == null || draft.label().isBlank() ? null : draft.label().trim();
    if (label != null && label.length() > 200) {
      problems.add(Violation.of("label", "funding.version.label"));
    }
    KeyInput input = new KeyInput(draft.total(), draft.parts(), draft.municipalities());
    KeyResult result = null;
    try {
      result = FundingKeyEngine.compute(input);
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
    }
    for (int i = 0; i < draft.municipalities().size(); i++) {
      String code = draft.municipalities().get(i).code();
      if (code != null && code.matches("GM\\d{4}") && name(code).equals(code)) {
        problems.add(
            Violation.of("municipalities[" + i + "].code", "funding.municipality.unknown", code));
      }
    }
    checkBases(
        definitions.catalogue(), draft.parts(), draft.municipalities(), draft.sources(), problems);
    for (Map.Entry<String, IndicatorSource> s : draft.sources().entrySet()) {
      if (s.getValue() != null
          && s.getValue().source() != null
          && s.getValue().source().length() > 200) {
        problems.add(Violation.of("sources." + s.getKey(), "funding.source.long"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Valid(
        label == null ? "Versie" : label,
        result.totalCents(),
        draft.parts(),
        draft.municipalities(),
        draft.sources());
  }

  /**
   * Every basis of a part, indicator of a municipality and indicator of a source must be in the
   * region's catalogue: a typo never creates a new indicator. A name the engine refuses as
   * malformed anyway is left to the engine's message; an unknown name is reported once, at its
   * first place.
   */
  private static void checkBases(
      BasisCatalogue catalogue,
      List<KeyPart> parts,
      List<Participant> participants,
      Map<String, IndicatorSource> sources,
      List<Violation> problems) {
    for (int i = 0; i < parts.size(); i++) {
      String basis = parts.get(i).basis();
      boolean wellFormed =
          basis != null && (KeyPart.EQUAL.equals(basis) || IndicatorTable.isValidIndicator(basis));
      if (wellFormed && !catalogue.isBasis(basis)) {
        problems.add(
            Violation.of(
                "parts[" + i + "].basis",
                "funding.part.basis.unknown",
                basis,
                catalogue.basisCodes()));
      }
    }
    Set<String> reported = new java.util.HashSet<>();
    for (int j = 0; j < participants.size(); j++) {
      for (String name : new java.util.TreeSet<>(participants.get(j).indicators().keySet())) {
        if (!catalogue.isIndicator(name) && reported.add(name)) {
          problems.add(
              Violation.of(
                  "municipalities[" + j + "].indicators." + name,
                  "funding.indicator.unknown",
                  name,
                  catalogue.indicatorCodes()));
        }
      }
    }
    for (String name : new java.util.TreeSet<>(sources.keySet())) {
      if (!catalogue.isIndicator(name) && reported.add(name)) {
        problems.add(
            Violation.of(
                "sources." + name, "funding.indicator.unknown", name, catalogue.indicatorCodes()));
      }
    }
  }

  /** A checked key, ready to store. */
  private record Valid(
      String label,
      long totalCents,
      List<KeyPart> parts,
      List<Participant> participants,
      Map<String, IndicatorSource> sources) {

    void applyTo(FundingVersion v) {
      List<KeyPartRow> partRows =
          parts.stream().map(p -> new KeyPartRow(p.basis(), p.percent())).toList();
      List<ParticipantRow> participantRows =
          participants.stream()
              .map(p -> new ParticipantRow(p.code(), p.minimumCents(), p.maximumCents()))
              .toList();
      List<IndicatorValueRow> values = new ArrayList<>();
      for (Participant p : participants) {
        p.indicators().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .forEach(
                e -> {
                  IndicatorSource s = sources.get(e.getKey());
                  values.add(
                      new IndicatorValueRow(
                          p.code(),
                          e.getKey(),
                          e.getValue().value(),
                          e.getValue().suppressedAsFour(),
                          s == null ? null : s.source(),
                          s == null ? null : s.referenceDate()));
                });
      }
      v.replaceKey(label, totalCents, partRows, participantRows, values);
    }
  }

  private static KeyInput input(FundingVersion v) {
    return new KeyInput(euros(v.totalCents()), parts(v), participants(v));
  }

  private static List<KeyPart> parts(FundingVersion v) {
    return v.parts().stream().map(p -> new KeyPart(p.basis(), p.percent())).toList();
  }

  private static List<Participant> participants(FundingVersion v) {
    Map<String, Map<String, IndicatorValue>> values = new LinkedHashMap<>();
    for (IndicatorValueRow r : v.indicatorValues()) {
      values
          .computeIfAbsent(r.municipalityCode(), k -> new LinkedHashMap<>())
          .put(r.indicator(), new IndicatorValue(r.amount(), r.suppressedAsFour()));
    }
    return v.participants().stream()
        .map(
            p ->
                new Participant(
                    p.municipalityCode(),
                    values.getOrDefault(p.municipalityCode(), Map.of()),
                    p.minimumCents(),
                    p.maximumCents()))
        .toList();
  }

  private static Map<String, IndicatorSource> sources(FundingVersion v) {
    Map<String, IndicatorSource> sources = new LinkedHashMap<>();
    for (IndicatorValueRow r : v.indicatorValues()) {
      if (r.source() != null || r.referenceDate() != null) {
        sources.putIfAbsent(r.indicator(), new IndicatorSource(r.source(), r.referenceDate()));
      }
    }
    return sources;
  }

  private static BigDecimal euros(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  private List<FundingVersion> versionsOf(long arrangementId) {
    return tenantEm
        .em()
        .createQuery(
            "select v from FundingVersion v where v.arrangementId = :a order by v.number",
            FundingVersion.class)
        .setParameter("a", arrangementId)
        .getResultList();
  }

  private FundingArrangement loadArrangement(long id) {
    return Optional.ofNullable(tenantEm.em().find(FundingArrangement.class, id))
        .orElseThrow(() -> new NotFoundException("arrangement", id));
  }

  /** A version the reader may see; anything else (another region's, a draft) is not found. */
  private FundingVersion loadVersion(long id, Reader reader) {
    FundingVersion v = tenantEm.em().find(FundingVersion.class, id);
    if (v == null || !reader.maySee(v)) {
      throw new NotFoundException("funding version", id);
    }
    return v;
  }

  private static void requireStatus(FundingVersion v, VersionStatus status, String key) {
    if (v.status() != status) {
      throw new ConflictException(Violation.of(null, key, v.number(), v.status().name()));
    }
  }

  private static void flush(EntityManager em, String title, int year) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new ConflictException(
          Violation.of("title", "funding.arrangement.duplicate", title, year));
    }
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Who is reading: a manager (coordinator or platform admin) sees everything; a policy officer of
   * a municipality sees the non-draft versions it takes part in.
   */
  private record Reader(boolean manager, String ownMunicipality) {
    boolean maySee(FundingVersion v) {
      return maySee(v.status(), v::isParticipant);
    }

    boolean maySee(VersionStatus status, java.util.function.Predicate<String> isParticipant) {
      if (manager) {
        return true;
      }
      return ownMunicipality != null
          && status != VersionStatus.DRAFT
          && isParticipant.test(ownMunicipality);
    }
  }

  private Reader reader() {
    RegionCode region = tenant.require();
    if (access.managesActiveRegion()) {
      return new Reader(true, null);
    }
    String own = null;
    for (Membership m : caller.memberships()) {
      if (m.region().equals(region)
          && m.role() == PortalRole.POLICY_OFFICER
          && m.organisationId() != null) {
        Organisation o = tenantEm.em().find(Organisation.class, m.organisationId());
        // a deactivated municipality no longer speaks for itself: its officers neither see nor
        // review funding keys (fail closed, like a membership that was withdrawn)
        if (o != null && o.isActive() && o.cbsCode() != null) {
          own = o.cbsCode();
          break;
        }
      }
    }
    if (own == null) {
      throw new AccessDeniedException(
          "Funding keys are for the region's coordinators and its municipalities' policy officers.");
    }
    return new Reader(false, own);
  }

  private void requireMember() {
    access.requireMember();
  }

  private void requireManager() {
    access.requireManager("Only the region's coordinators manage funding keys.");
  }
}
