package nl.regioportal.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.ServiceEntry;
import nl.regioportal.directory.domain.ServiceStatus;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Reads what the search index holds of the active region's services, from the database: each active
 * service with its organisation's name and its terms' names. Only active services of active
 * organisations are indexed.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class IndexSource {

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;
  @Inject DirectoryTerms terms;

  /** Every indexable service of the active region. */
  public List<IndexedService> all() {
    List<ServiceEntry> services =
        tenantEm
            .em()
            .createQuery(
                "select s from ServiceEntry s where s.status = :active order by s.id",
                ServiceEntry.class)
            .setParameter("active", ServiceStatus.ACTIVE)
            .getResultList();
    return build(services);
  }

  /** One service as the index should hold it; empty when it should not be found at all. */
  public Optional<IndexedService> one(long id) {
    ServiceEntry s = tenantEm.em().find(ServiceEntry.class, id);
    if (s == null || s.status() != ServiceStatus.ACTIVE) {
      return Optional.empty();
    }
    return build(List.of(s)).stream().findFirst();
  }

  private List<IndexedService> build(Collection<ServiceEntry> services) {
    String region = tenant.require().value();
    DirectoryTerms.Vocabulary vocabulary = terms.of(region);
    Map<Long, Organisation> organisations = new HashMap<>();
    List<IndexedService> out = new ArrayList<>();
    for (ServiceEntry s : services) {
      Organisation o =
          organisations.computeIfAbsent(
              s.organisationId(), id -> tenantEm.em().find(Organisation.class, id));
      if (o == null || !o.isActive()) {
        continue;
      }
      Set<String> domains = new TreeSet<>();
      Set<String> issues = new TreeSet<>();
      Set<String> roles = new TreeSet<>();
      for (String code : s.terms()) {
        Optional<DirectoryTerm> t = vocabulary.term(code);
        if (t.isEmpty()) {
          continue;
        }
        Taxonomy x = t.get().taxonomy();
        (x == Taxonomy.LIFE_DOMAIN ? domains : x == Taxonomy.ISSUE ? issues : roles).add(code);
      }
      out.add(
          new IndexedService(
              region,
              s.id(),
              s.publicId(),
              s.name(),
              s.alternateName(),
              s.description(),
              s.eligibility(),
              s.organisationId(),
              o.name(),
              s.ageGroup(),
              s.youngest(),
              s.oldest(),
              domains,
              issues,
              roles,
              vocabulary.text(s.terms()),
              s.municipalities(),
              s.languages(),
              s.acceptsReferrals(),
              s.waitingWeeks(),
              s.verifiedAt()));
    }
    return out;
  }
}
