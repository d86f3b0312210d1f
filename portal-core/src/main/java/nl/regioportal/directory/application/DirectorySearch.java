package nl.regioportal.directory.application;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import nl.regioportal.directory.domain.IndexFeedEntry;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantRunner;

/**
 * Searches the active region's directory, and keeps this instance's search index equal to the
 * database (ADR 0017): a region is read whole the first time it is searched; after that every
 * change reaches the index through the feed, which each instance follows ({@link #follow}, every
 * few seconds, and at once after a change made on this instance).
 */
@ApplicationScoped
public class DirectorySearch {

  private static final Logger LOG = Logger.getLogger(DirectorySearch.class.getName());

  /** Feed entries applied per step. */
  static final int FEED_BATCH = 1000;

  @Inject RegionAccess access;
  @Inject nl.regioportal.tenant.TenantContext tenant;
  @Inject IndexSource source;
  @Inject IndexFeed feed;
  @Inject DirectoryTerms terms;
  @Inject TenantRunner runner;

  private final ServiceIndex index = new ServiceIndex();
  private final Set<String> loaded = ConcurrentHashMap.newKeySet();
  private volatile long applied = -1;

  /**
   * Searches the active region (its members only).
   *
   * @throws InvalidInputException for a text over {@link ServiceQuery#MAX_TEXT} characters, a
   *     municipality that is no CBS code, an age outside 0-120, a bad page or size
   */
  public ServiceHits search(ServiceQuery q) {
    RegionCode region = access.requireMember();
    check(q);
    ensureLoaded(region.value());
    DirectoryTerms.Vocabulary vocabulary = terms.of(region.value());
    return index.search(region.value(), normalised(q), vocabulary::words);
  }

  /**
   * The ids of the active region's services that match a free text, best first, at most {@code
   * limit}. No membership needed: the open-data API reads what is published (the index holds no
   * internal details).
   */
  public List<Long> matching(String text, int limit) {
    if (text != null && text.length() > ServiceQuery.MAX_TEXT) {
      throw new InvalidInputException(
          List.of(Violation.of("search", "directory.query.tooLong", ServiceQuery.MAX_TEXT)));
    }
    String region = tenant.require().value();
    ensureLoaded(region);
    return index.matching(region, text, limit);
  }

  private static void check(ServiceQuery q) {
    List<Violation> v = new ArrayList<>();
    if (q.text() != null && q.text().length() > ServiceQuery.MAX_TEXT) {
      v.add(Violation.of("q", "directory.query.tooLong", ServiceQuery.MAX_TEXT));
    }
    if (q.municipality() != null
        && !MunicipalityCode.isValid(q.municipality().trim().toUpperCase(Locale.ROOT))) {
      v.add(Violation.of("municipality", "directory.municipality.invalid", q.municipality()));
    }
    if (q.age() != null && (q.age() < 0 || q.age() > 120)) {
      v.add(Violation.of("age", "directory.query.age", q.age()));
    }
    if (q.page() < 1 || q.size() < 1 || q.size() > ServiceQuery.MAX_SIZE) {
      v.add(Violation.of("size", "directory.query.window", ServiceQuery.MAX_SIZE));
    } else if ((long) q.page() * q.size() > 10_000) {
      v.add(Violation.of("page", "directory.query.tooDeep", 10_000));
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
  }

  private static ServiceQuery normalised(ServiceQuery q) {
    return new ServiceQuery(
        q.text(),
        q.domains(),
        q.issues(),
        q.roles(),
        q.municipality() == null ? null : q.municipality().trim().toUpperCase(Locale.ROOT),
        q.age(),
        q.language() == null ? null : q.language().trim().toLowerCase(Locale.ROOT),
        q.acceptsReferrals(),
        q.page(),
        q.size());
  }

  /** Reads the active region into the index the first time it is needed. */
  private void ensureLoaded(String region) {
    if (loaded.contains(region)) {
      return;
    }
    synchronized (this) {
      if (loaded.contains(region)) {
        return;
      }
      if (applied < 0) {
        applied = feed.last(); // changes after this point are applied by follow()
      }
      List<IndexedService> all = source.all();
      index.replaceRegion(region, all);
      index.refresh();
      loaded.add(region);
      LOG.info(() -> "Directory index: region " + region + " read, " + all.size() + " services");
    }
  }

  /**
   * Sequence numbers skipped so far, with when they were first missed: a long transaction (an
   * import) takes its numbers early and commits late, after shorter ones with higher numbers were
   * applied, so the feed is read at those numbers again until they show up or {@link #GAP_WAIT} has
   * passed (a transaction that rolled back leaves its numbers unused for good).
   */
  private final java.util.TreeMap<Long, java.time.Instant> gaps = new java.util.TreeMap<>();

  static final java.time.Duration GAP_WAIT = java.time.Duration.ofMinutes(15);

  /** Gaps wider than this are not tracked number by number (an id jump, not transactions). */
  static final int GAP_MAX = 50_000;

  /**
   * Applies the feed's new entries to the index: each changed service of a region read before is
   * read again (or removed), including entries that committed late below what was applied before.
   * Returns how many entries were applied.
   */
  public synchronized int follow() {
    if (applied < 0) {
      return 0; // nothing read yet: the first search reads its region whole
    }
    int done = 0;
    java.time.Instant now = java.time.Instant.now();
    while (true) {
      List<IndexFeedEntry> entries = feed.after(applied, FEED_BATCH);
      if (entries.isEmpty()) {
        break;
      }
      long previous = applied;
      for (IndexFeedEntry e : entries) {
        if (e.seq() - previous - 1 <= GAP_MAX) {
          for (long missing = previous + 1; missing < e.seq(); missing++) {
            gaps.putIfAbsent(missing, now);
          }
        }
        previous = e.seq();
      }
      apply(entries);
      applied = entries.get(entries.size() - 1).seq();
      done += entries.size();
      if (entries.size() < FEED_BATCH) {
        break;
      }
    }
    gaps.values().removeIf(since -> since.plus(GAP_WAIT).isBefore(now));
    if (!gaps.isEmpty()) {
      List<IndexFeedEntry> late = new ArrayList<>();
      List<Long> wanted = new ArrayList<>(gaps.keySet());
      for (int from = 0; from < wanted.size(); from += FEED_BATCH) {
        late.addAll(feed.at(wanted.subList(from, Math.min(wanted.size(), from + FEED_BATCH))));
      }
      if (!late.isEmpty()) {
        apply(late);
        late.forEach(e -> gaps.remove(e.seq()));
        done += late.size();
      }
    }
    return done;
  }

  private void apply(List<IndexFeedEntry> entries) {
    Map<String, Set<Long>> byRegion = new LinkedHashMap<>();
    for (IndexFeedEntry e : entries) {
      if (loaded.contains(e.region())) {
        byRegion.computeIfAbsent(e.region(), r -> new java.util.TreeSet<>()).add(e.serviceId());
      }
    }
    for (var r : byRegion.entrySet()) {
      runner.runAs(
          new RegionCode(r.getKey()),
          () -> {
            for (long id : r.getValue()) {
              source.one(id).ifPresentOrElse(index::put, () -> index.remove(r.getKey(), id));
            }
          });
    }
    index.refresh();
  }

  /** After a change of this instance commits, the index follows at once. */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServiceChanged changed) {
    try {
      follow();
    } catch (RuntimeException e) {
      // the timer tries again in a few seconds; the change itself is committed
      LOG.warning(() -> "Directory index: could not follow the feed now: " + e);
    }
  }

  /** How many services of a region the index holds (0 before it was read). */
  public int indexed(String region) {
    return index.count(region);
  }

  @PreDestroy
  void close() {
    index.close();
  }

  /** A service of {@code region} changed in the current transaction. */
  public record ServiceChanged(String region, long serviceId) {}
}
