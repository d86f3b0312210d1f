package nl.regioportal.web.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.regioportal.organisation.domain.Organisation;

/** Scratch: breaks two architecture rules on purpose, to see the tests fail. */
public class ScratchViolation {
  @PersistenceContext EntityManager em;

  public Organisation around(long id) {
    return em.find(Organisation.class, id);
  }
}
