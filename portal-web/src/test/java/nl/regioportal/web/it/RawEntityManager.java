package nl.regioportal.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: the EntityManager without the tenant door, to prove what happens around it. */
@ApplicationScoped
public class RawEntityManager {
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public EntityManager em() {
    return em;
  }
}
