package nl.regioportal.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.shared.DuplicateException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;

/**
 * A region's own terms beneath the shared taxonomy: an issue or a professional role the region
 * names itself (a local team, a regional scheme), placed beneath a life domain, an issue or a role.
 * Shared terms are never changed; a region's term has a code that starts with the region's number
 * ({@code 29-jongerenpunt}), so it can never take a shared term's place. Coordinators only.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class RegionTerms {

  static final int NAME_MAX = 200;
  static final int DESCRIPTION_MAX = 2000;

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject RegionAccess access;
  @Inject DirectoryTerms terms;
  @jakarta.annotation.Resource jakarta.transaction.TransactionSynchronizationRegistry transactions;

  /** What a coordinator gives for a new term. */
  public record Draft(
      Taxonomy taxonomy, String parentCode, String nameNl, String nameEn, String descriptionNl) {}

  /** The active region's vocabulary: the shared terms and its own (members). */
  public List<DirectoryTerm> all() {
    RegionCode region = access.requireMember();
    return List.copyOf(terms.of(region.value()).byCode().values());
  }

  /**
   * Adds a term of the region's own; returns it.
   *
   * @throws InvalidInputException naming each field that is wrong
   * @throws DuplicateException when the region has a term of that name beneath that parent
   */
  public DirectoryTerm add(Draft d) {
    RegionCode region =
        access.requireManager("Only the region's coordinators add terms to its taxonomy.");
    DirectoryTerms.Vocabulary vocabulary = terms.of(region.value());
    List<Violation> v = new ArrayList<>();
    if (d.taxonomy() == null || d.taxonomy() == Taxonomy.LIFE_DOMAIN) {
      v.add(Violation.of("taxonomy", "directory.term.taxonomy"));
    }
    Optional<DirectoryTerm> parent =
        d.parentCode() == null ? Optional.empty() : vocabulary.term(d.parentCode().trim());
    if (parent.isEmpty()) {
      v.add(
          Violation.of(
              "parentCode",
              "directory.term.parent",
              d.parentCode() == null ? "" : d.parentCode().trim()));
    } else if (d.taxonomy() == Taxonomy.ROLE && parent.get().taxonomy() == Taxonomy.ISSUE) {
      v.add(Violation.of("parentCode", "directory.term.roleBeneathIssue"));
    } else if (d.taxonomy() == Taxonomy.ISSUE && parent.get().taxonomy() == Taxonomy.ROLE) {
      v.add(Violation.of("parentCode", "directory.term.issueBeneathRole"));
    }
    String nameNl = d.nameNl() == null ? "" : d.nameNl().strip();
    String nameEn = d.nameEn() == null ? null : d.nameEn().strip();
    if (nameNl.isEmpty()) {
      v.add(Violation.of("nameNl", "directory.required"));
    } else if (nameNl.length() > NAME_MAX) {
      v.add(Violation.of("nameNl", "directory.term.tooLong", NAME_MAX));
    }
    if (nameEn != null && nameEn.length() > NAME_MAX) {
      v.add(Violation.of("nameEn", "directory.term.tooLong", NAME_MAX));
    }
    if (d.descriptionNl() != null && d.descriptionNl().length() > DESCRIPTION_MAX) {
      v.add(Violation.of("descriptionNl", "directory.term.tooLong", DESCRIPTION_MAX));
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    for (DirectoryTerm t : vocabulary.byCode().values()) {
      if (t.taxonomy() == d.taxonomy()
          && t.parentCode() != null
          && t.parentCode().equals(parent.get().code())
          && t.nameNl().equalsIgnoreCase(nameNl)) {
        throw new DuplicateException(Violation.of("nameNl", "directory.term.duplicate", nameNl));
      }
    }
    String code = uniqueCode(vocabulary, region.value() + "-" + slug(nameNl));
    int order =
        vocabulary.byCode().values().stream().mapToInt(DirectoryTerm::sortOrder).max().orElse(0)
            + 1;
    DirectoryTerm term =
        new DirectoryTerm(
            UUID.randomUUID().toString(),
            d.taxonomy(),
            code,
            region.value(),
            parent.get().code(),
            order,
            nameNl,
            nameEn,
            d.descriptionNl() == null || d.descriptionNl().isBlank()
                ? null
                : d.descriptionNl().strip());
    try {
      em.persist(term);
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) { // another add of it at the same moment
      throw new DuplicateException(Violation.of("nameNl", "directory.term.duplicate", nameNl));
    }
    terms.forget(region.value());
    // and again once committed, so that no reader in between keeps the old vocabulary cached
    transactions.registerInterposedSynchronization(
        new jakarta.transaction.Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            terms.forget(region.value());
          }
        });
    return term;
  }

  /** {@code Jongerenpunt Zuid!} -> {@code jongerenpunt_zuid}; at most 50 characters. */
  static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    ascii = ascii.isEmpty() ? "term" : ascii;
    return ascii.length() > 50 ? ascii.substring(0, 50) : ascii;
  }

  private static String uniqueCode(DirectoryTerms.Vocabulary vocabulary, String base) {
    String code = base;
    for (int i = 2; vocabulary.term(code).isPresent(); i++) {
      code = base + "_" + i;
    }
    return code;
  }
}
