package nl.regioportal.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.tenant.TenantContext;

/** The region's start page: what the region holds at a glance. */
@Named
@RequestScoped
public class DashboardView {

  @Inject OrganisationService organisations;
  @Inject RegionDirectory regions;
  @Inject TenantContext tenant;

  private Map<OrganisationType, Long> counts;
  private List<Municipality> municipalities;

  @PostConstruct
  void load() {
    counts = organisations.countsByType();
    municipalities = regions.municipalitiesOf(tenant.require(), LocalDate.now());
  }

  public long count(String type) {
    return counts.getOrDefault(OrganisationType.valueOf(type), 0L);
  }

  public long getTotal() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public List<Municipality> getMunicipalities() {
    return municipalities;
  }
}
