package nl.regioportal.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionCode;

/** Read access to the regions and municipalities (global reference data; open to every caller). */
@ApplicationScoped
public class RegionDirectory {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  public Optional<Region> find(RegionCode code) {
    return Optional.ofNullable(em.find(Region.class, code.value()));
  }

  public boolean exists(RegionCode code) {
    return find(code).isPresent();
  }

  public List<Region> all() {
    return em.createQuery("select r from Region r order by r.code", Region.class).getResultList();
  }

  public List<Region> byCodes(Collection<RegionCode> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from Region r where r.code in :codes order by r.code", Region.class)
        .setParameter("codes", codes.stream().map(RegionCode::value).toList())
        .getResultList();
  }

  public Optional<Municipality> municipality(MunicipalityCode code) {
    return Optional.ofNullable(em.find(Municipality.class, code.value()));
  }

  public List<Municipality> allMunicipalities() {
    return em.createQuery("select m from Municipality m order by m.name", Municipality.class)
        .getResultList();
  }

  /** The municipalities that belong to {@code region} on {@code day}, by name. */
  public List<Municipality> municipalitiesOf(RegionCode region, LocalDate day) {
    return em.createQuery(
            "select m from Municipality m, MunicipalityMembership r"
                + " where r.municipalityCode = m.code and r.regionCode = :region"
                + " and r.validFrom <= :day and (r.validTo is null or r.validTo >= :day)"
                + " order by m.name",
            Municipality.class)
        .setParameter("region", region.value())
        .setParameter("day", day)
        .getResultList();
  }

  /** All dated memberships of one municipality, oldest first. */
  public List<MunicipalityMembership> membershipsOf(MunicipalityCode municipality) {
    return em.createQuery(
            "select r from MunicipalityMembership r where r.municipalityCode = :m order by r.validFrom",
            MunicipalityMembership.class)
        .setParameter("m", municipality.value())
        .getResultList();
  }
}
