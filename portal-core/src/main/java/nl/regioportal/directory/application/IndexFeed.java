package nl.regioportal.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.regioportal.directory.domain.IndexFeedEntry;

/**
 * The feed of changed services (ADR 0017): appended in the transaction of each change, read by
 * every instance to bring its search index up to date. Holds only pointers (region, service id).
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class IndexFeed {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** Records, in the caller's transaction, that a service changed. */
  public void append(String region, long serviceId) {
    em.persist(new IndexFeedEntry(region, serviceId));
  }

  /** The newest sequence number (0 when the feed is empty). */
  public long last() {
    Long max =
        em.createQuery("select max(e.seq) from IndexFeedEntry e", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  /** The entries with these sequence numbers that exist (committed), oldest first. */
  public List<IndexFeedEntry> at(java.util.Collection<Long> seqs) {
    if (seqs.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from IndexFeedEntry e where e.seq in :s order by e.seq", IndexFeedEntry.class)
        .setParameter("s", seqs)
        .getResultList();
  }

  /** The entries after {@code seq}, oldest first, at most {@code max}. */
  public List<IndexFeedEntry> after(long seq, int max) {
    return em.createQuery(
            "select e from IndexFeedEntry e where e.seq > :s order by e.seq", IndexFeedEntry.class)
        .setParameter("s", seq)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Removes the entries older than {@code keep}, but never the newest one (its sequence number is
   * where a starting instance begins). Every instance follows the feed every few seconds and an
   * instance that starts reads its regions afresh, so an entry a day old is read by all. Returns
   * how many were removed.
   */
  public int prune(java.time.Duration keep) {
    long newest = last();
    return em.createQuery(
            "delete from IndexFeedEntry e where e.changedAt < :before and e.seq < :newest")
        .setParameter("before", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minus(keep))
        .setParameter("newest", newest)
        .executeUpdate();
  }
}
