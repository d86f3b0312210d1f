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
