package nl.regioportal.directory.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.ServiceRules;
import nl.regioportal.directory.domain.Taxonomy;

/**
 * The taxonomy a region uses: the shared terms of seed 001 and the region's own beneath them. Read
 * often (every search, every edit), changed rarely: kept per region for 30 seconds, so a term a
 * region adds on one instance shows on the others within that time.
 */
@ApplicationScoped
public class DirectoryTerms {

  private static final DutchText TEXT = new DutchText();

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** A region's taxonomy, ready for lookups. */
  public record Vocabulary(Map<String, DirectoryTerm> byCode, Map<String, Set<String>> words) {

    public Optional<DirectoryTerm> term(String code) {
      return Optional.ofNullable(byCode.get(code));
    }

    /** The terms of one taxonomy, shared ones first, each in the seed's order. */
    public List<DirectoryTerm> of(Taxonomy taxonomy) {
      return byCode.values().stream().filter(t -> t.taxonomy() == taxonomy).toList();
    }

    /** The taxonomy of a code and its domain, for {@link ServiceRules}. */
    public Optional<ServiceRules.TermInfo> info(String code) {
      DirectoryTerm t = byCode.get(code);
      if (t == null) {
        return Optional.empty();
      }
      return Optional.of(new ServiceRules.TermInfo(t.taxonomy(), domainOf(t)));
    }

    /** The life domain a term belongs to (itself, for a domain). */
    public String domainOf(DirectoryTerm t) {
      DirectoryTerm at = t;
      for (int i = 0; i < 5 && at != null; i++) {
        if (at.taxonomy() == Taxonomy.LIFE_DOMAIN) {
          return at.code();
        }
        at = at.parentCode() == null ? null : byCode.get(at.parentCode());
      }
      return null;
    }

    /** Every name and alias of the terms, Dutch and English: the text a search matches. */
    public List<String> text(Set<String> codes) {
      List<String> out = new ArrayList<>();
      for (String c : codes) {
        DirectoryTerm t = byCode.get(c);
        if (t != null) {
          out.add(t.nameNl());
          out.add(t.nameEn());
          out.addAll(t.aliases());
        }
      }
      return out;
    }

    /** The analysed words of a term's names and aliases (empty for an unknown code). */
    public Set<String> words(String code) {
      return words.getOrDefault(code, Set.of());
    }
  }

  private final LoadingCache<String, Vocabulary> cache =
      Caffeine.newBuilder()
          .expireAfterWrite(Duration.ofSeconds(30))
          .maximumSize(100)
          .build(this::load);

  /** The vocabulary of a region (shared terms and its own). */
  public Vocabulary of(String region) {
    return cache.get(region);
  }

  /** Forgets what was read of a region (after it added a term). */
  public void forget(String region) {
    cache.invalidate(region);
  }

  private Vocabulary load(String region) {
    List<DirectoryTerm> terms =
        em
            .createQuery(
                "select t from DirectoryTerm t where t.regionCode is null or t.regionCode = :r",
                DirectoryTerm.class)
            .setParameter("r", region)
            .getResultList()
            .stream()
            .sorted(
                java.util.Comparator.comparing(DirectoryTerm::taxonomy)
                    .thenComparing(t -> !t.shared())
                    .thenComparingInt(DirectoryTerm::sortOrder)
                    .thenComparing(DirectoryTerm::code))
            .toList();
    Map<String, DirectoryTerm> byCode = new LinkedHashMap<>();
    Map<String, Set<String>> words = new LinkedHashMap<>();
    for (DirectoryTerm t : terms) {
      byCode.put(t.code(), t);
      Set<String> w = new TreeSet<>();
      w.addAll(TEXT.words(t.nameNl()));
      w.addAll(TEXT.words(t.nameEn()));
      for (String a : t.aliases()) {
        w.addAll(TEXT.words(a));
      }
      words.put(t.code(), Collections.unmodifiableSet(w));
    }
    return new Vocabulary(Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(words));
  }
}
