package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.TenantContext;

/** The active region's municipalities today, and the names of any, for the funding key editor. */
@RequestScoped
public class RegionMunicipalities implements FundingForm.Municipalities {

  @Inject RegionDirectory regions;
  @Inject TenantContext tenant;

  private List<Municipality> ofRegion;

  /** The region's municipalities today, for the choice of participants. */
  public List<Municipality> all() {
    if (ofRegion == null) {
      ofRegion = regions.municipalitiesOf(tenant.require(), LocalDate.now());
    }
    return ofRegion;
  }

  /** A municipality of any region by its CBS code, leniently read ({@code 344}, {@code GM0344}). */
  public Optional<Municipality> find(String code) {
    return MunicipalityCode.parseLenient(code == null ? "" : code.trim())
        .flatMap(regions::municipality);
  }

  @Override
  public boolean ofRegion(String code) {
    return all().stream().anyMatch(m -> m.code().value().equals(code));
  }

  @Override
  public String nameOf(String code) {
    return find(code).map(Municipality::name).orElse(code);
  }
}
