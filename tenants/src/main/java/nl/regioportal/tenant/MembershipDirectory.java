package nl.regioportal.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads which regions, roles and organisations a user name holds. */
@ApplicationScoped
public class MembershipDirectory {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  /** Records a membership (idempotent: an existing one is kept). */
  @Transactional
  public void grant(String username, Membership membership) {
    boolean exists =
        membershipsOf(username).stream()
            .anyMatch(m -> m.region().equals(membership.region()) && m.role() == membership.role());
    if (!exists) {
      em.persist(new MembershipRecord(username, membership));
    }
  }

  public List<Membership> membershipsOf(String username) {
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
}
