package nl.regioportal.funding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioportal.funding.domain.Basis;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.funding.domain.IndicatorDefinition;
import nl.regioportal.funding.indicators.IndicatorTable;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The active region's bases: the built-in ones ({@link BasisCatalogue#BUILT_IN}) and the indicators
 * its coordinators register themselves, with a code and labels. Every member reads the catalogue
 * (labels are no secret; pages and exports show them); only the region's coordinators (and platform
 * admins, and the system) register, relabel or remove an indicator. A code never changes once
 * registered; an indicator that a library set or any key uses cannot be removed.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class IndicatorDefinitions {

  /** The longest label accepted, in characters. */
  public static final int MAX_LABEL = 200;

  @Inject TenantEntityManager tenantEm;
  @Inject CurrentCaller caller;
  @Inject RegionAccess access;

  /** The region's catalogue: equal shares, the built-in indicators and the region's own. */
  public BasisCatalogue catalogue() {
    access.requireMember();
    return BasisCatalogue.withOwn(definitions().stream().map(IndicatorDefinition::basis).toList());
  }

  /** The region's own indicators, by Dutch label, with whether each is in use. */
  public List<OwnIndicator> own() {
    requireManager();
    List<OwnIndicator> out = new ArrayList<>();
    for (IndicatorDefinition d : definitions()) {
      out.add(new OwnIndicator(d.basis(), d.createdAt(), d.createdBy(), inUse(d.code())));
    }
    out.sort((a, b) -> a.basis().dutchLabel().compareToIgnoreCase(b.basis().dutchLabel()));
    return out;
  }

  /**
   * Registers an indicator of the region's own.
   *
   * @param englishLabel may be {@code null}: the Dutch label serves both languages
   * @throws InvalidInputException when the code or a label is missing or malformed ({@code code},
   *     {@code labelNl}, {@code labelEn})
   * @throws ConflictException when the code is built in or registered already, or a label is
   *     another basis's
   */
  public Basis register(String code, String dutchLabel, String englishLabel) {
    requireManager();
    List<Violation> wrong = new ArrayList<>();
    String c = code == null ? "" : code.strip();
    if (c.isEmpty()) {
      wrong.add(Violation.of("code", "indicators.definition.code.required"));
    } else if (!IndicatorTable.isValidIndicator(c)) {
      wrong.add(Violation.of("code", "indicators.definition.code.invalid", c));
    }
    Labels labels = labels(dutchLabel, englishLabel, wrong);
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    if (BasisCatalogue.isBuiltIn(c)) {
      throw new ConflictException(Violation.of("code", "indicators.definition.code.builtIn", c));
    }
    if (find(c).isPresent()) {
      throw new ConflictException(Violation.of("code", "indicators.definition.code.taken", c));
    }
    requireLabelsFree(labels, c);
    IndicatorDefinition d =
        new IndicatorDefinition(
            c,
            labels.dutch(),
            labels.english(),
            caller.username(),
            LocalDateTime.now(ZoneOffset.UTC));
    EntityManager em = tenantEm.em();
    em.persist(d);
    em.flush();
    return d.basis();
  }

  /**
   * Gives one of the region's own indicators new labels; its code stays.
   *
   * @throws NotFoundException when the region has no indicator of its own with this code (a
   *     built-in one keeps its labels)
   */
  public Basis relabel(String code, String dutchLabel, String englishLabel) {
    requireManager();
    IndicatorDefinition d = ownOrNotFound(code);
    List<Violation> wrong = new ArrayList<>();
    Labels labels = labels(dutchLabel, englishLabel, wrong);
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    requireLabelsFree(labels, d.code());
    d.relabel(labels.dutch(), labels.english());
    return d.basis();
  }

  /**
   * Removes one of the region's own indicators that nothing uses.
   *
   * @throws ConflictException when a library set or a key uses it
   */
  public void remove(String code) {
    requireManager();
    IndicatorDefinition d = ownOrNotFound(code);
    if (inUse(d.code())) {
      throw new ConflictException(
          Violation.of(null, "indicators.definition.inUse", d.dutchLabel(), d.code()));
    }
    tenantEm.em().remove(d);
  }

  // ---------------------------------------------------------------------------------------------

  private record Labels(String dutch, String english) {}

  private static Labels labels(String dutch, String english, List<Violation> wrong) {
    String nl = dutch == null ? "" : dutch.strip();
    String en = english == null || english.isBlank() ? null : english.strip();
    if (nl.isEmpty()) {
      wrong.add(Violation.of("labelNl", "indicators.definition.labelNl.required"));
    } else if (!fits(nl)) {
      wrong.add(Violation.of("labelNl", "indicators.definition.label.invalid", MAX_LABEL));
    }
    if (en != null && !fits(en)) {
      wrong.add(Violation.of("labelEn", "indicators.definition.label.invalid", MAX_LABEL));
    }
    return new Labels(nl, en);
  }

  private static boolean fits(String label) {
    return label.codePointCount(0, label.length()) <= MAX_LABEL
        && label.codePoints().noneMatch(Character::isISOControl);
  }

  /** Two bases with the same label could not be told apart in a list. */
  private void requireLabelsFree(Labels labels, String code) {
    BasisCatalogue catalogue =
        BasisCatalogue.withOwn(definitions().stream().map(IndicatorDefinition::basis).toList());
    for (Basis other : catalogue.withLabel(labels.dutch(), labels.english())) {
      if (!other.code().equals(code)) {
        boolean dutch = other.dutchLabel().equalsIgnoreCase(labels.dutch());
        throw new ConflictException(
            Violation.of(
                dutch ? "labelNl" : "labelEn",
                "indicators.definition.label.taken",
                dutch ? labels.dutch() : labels.english(),
                other.code()));
      }
    }
  }

  private boolean inUse(String code) {
    EntityManager em = tenantEm.em();
    long values =
        em.createQuery(
                "select count(v) from IndicatorLibraryValue v where v.indicator = :c", Long.class)
            .setParameter("c", code)
            .getSingleResult();
    if (values > 0) {
      return true;
    }
    long parts =
        em.createQuery(
                "select count(v) from FundingVersion v join v.parts p where p.basis = :c",
                Long.class)
            .setParameter("c", code)
            .getSingleResult();
    if (parts > 0) {
      return true;
    }
    return em.createQuery(
                "select count(v) from FundingVersion v join v.indicatorValues i"
                    + " where i.indicator = :c",
                Long.class)
            .setParameter("c", code)
            .getSingleResult()
        > 0;
  }

  private IndicatorDefinition ownOrNotFound(String code) {
    return find(code == null ? "" : code.strip())
        .orElseThrow(() -> new NotFoundException("indicator", String.valueOf(code)));
  }

  private Optional<IndicatorDefinition> find(String code) {
    return tenantEm
        .em()
        .createQuery(
            "select d from IndicatorDefinition d where d.code = :c", IndicatorDefinition.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  private List<IndicatorDefinition> definitions() {
    return tenantEm
        .em()
        .createQuery(
            "select d from IndicatorDefinition d order by d.code", IndicatorDefinition.class)
        .getResultList();
  }

  private void requireManager() {
    access.requireManager("Only the region's coordinators manage its indicators.");
  }
}
