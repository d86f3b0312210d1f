package nl.regioportal.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;

/**
 * Reads which regions, roles and organisations a user name holds.
 *
 * <p>Every signed-in request asks for its caller's memberships, so they are kept in memory for a
 * short while ({@link #KEPT}): a grant on this instance is seen at once (the cached entry is
 * dropped when the grant commits), a grant on another instance within {@link #KEPT}. Memberships
 * are never taken away here: a person leaves a region in the identity provider, whose groups are
 * checked on every request and are not cached ({@link Membership#confirmedBy}).
 */
@ApplicationScoped
public class MembershipDirectory {

  /** How long a user's memberships read from the database are used without reading them again. */
  public static final Duration KEPT = Duration.ofSeconds(20);

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  private final Cache<String, List<Membership>> held =
      Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(20_000).build();

  /**
   * Records a membership (idempotent). A person holds one membership per region and role; granting
   * it again with an organisation moves it to that organisation.
   */
  @Transactional
  public void grant(String username, Membership membership) {
    List<MembershipRecord> same =
        em.createQuery(
                "select m from MembershipRecord m where m.username = :u and m.regionCode = :r"
                    + " and m.role = :role",
                MembershipRecord.class)
            .setParameter("u", username)
            .setParameter("r", membership.region().value())
            .setParameter("role", membership.role().externalName())
            .getResultList();
    if (same.isEmpty()) {
      em.persist(new MembershipRecord(username, membership));
    } else if (membership.organisationId() != null) {
      same.get(0).moveTo(membership.organisationId());
    }
    forgetAfterCommit(username);
  }

  /** The memberships of a user name, by region and role; at most {@link #KEPT} old. */
  public List<Membership> membershipsOf(String username) {
    return held.get(username, this::read);
  }

  private List<Membership> read(String username) {
    return em
        .createQuery(
            "select m from MembershipRecord m where m.username = :u order by m.regionCode, m.role",
            MembershipRecord.class)
        .setParameter("u", username)
        .getResultList()
        .stream()
        .map(MembershipRecord::toMembership)
        .toList();
  }

  /**
   * Drops the cached memberships now and again once the transaction has ended, so that a request
   * reading them before the commit cannot keep the old ones.
   */
  private void forgetAfterCommit(String username) {
    held.invalidate(username);
    if (transactions == null) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            held.invalidate(username);
          }
        });
  }
}
