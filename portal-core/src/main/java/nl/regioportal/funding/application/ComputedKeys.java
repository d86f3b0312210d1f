package nl.regioportal.funding.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.regioportal.funding.domain.ReviewRow;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.KeyResult;

/**
 * The computed keys of versions as they were at one revision, so reading a version again does not
 * load its parts, values, participants and reviews and run the engine again (ADR 0016).
 *
 * <p>An entry is found only by region, version id <em>and</em> revision: the revision (the
 * version's optimistic-lock column) goes up with every change to a version, its key, status or
 * reviews, and every read asks the database for the current one first, so a changed version is
 * never served from here, on this instance or another. What an entry holds is the same for every
 * reader; what a reader may see of it (small counts, the own municipality, may review) is applied
 * per request. Bounded (at most 500 entries, each dropped an hour after its last use), in memory
 * only.
 */
@ApplicationScoped
public class ComputedKeys {

  /** A version's key computed at one revision: what every reader's view is built from. */
  public record Computed(
      VersionSummary summary,
      List<KeyPart> parts,
      KeyResult result,
      Map<String, IndicatorSource> sources,
      Map<String, ReviewRow> reviews,
      Set<String> participants,
      Map<String, String> names) {

    Optional<ReviewRow> review(String code) {
      return Optional.ofNullable(reviews.get(code));
    }
  }

  private record Key(String region, long version, long revision) {}

  private final Cache<Key, Computed> cache =
      Caffeine.newBuilder().maximumSize(500).expireAfterAccess(Duration.ofHours(1)).build();

  /** The version's key at this revision: from the cache, or computed now and kept. */
  Computed get(String region, long versionId, long revision, Supplier<Computed> compute) {
    return cache.get(new Key(region, versionId, revision), k -> compute.get());
  }

  /** How many computed keys are kept (for tests and metrics). */
  public long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
