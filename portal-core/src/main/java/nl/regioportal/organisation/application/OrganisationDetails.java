package nl.regioportal.organisation.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.regioportal.organisation.domain.Location;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.organisation.domain.OrganisationType;

/** Everything about one organisation, detached from persistence. */
public record OrganisationDetails(
    long id,
    long version,
    OrganisationType type,
    String name,
    String brin,
    String cbsCode,
    String kvkNumber,
    String email,
    String phone,
    String website,
    boolean active,
    List<Location> locations,
    Set<String> servedMunicipalities,
    Set<String> alsoInRegions,
    LocalDateTime createdAt,
    LocalDateTime updatedAt) {

  static OrganisationDetails of(Organisation o) {
    return new OrganisationDetails(
        o.id(),
        o.version(),
        o.type(),
        o.name(),
        o.brin(),
        o.cbsCode(),
        o.kvkNumber(),
        o.email(),
        o.phone(),
        o.website(),
        o.isActive(),
        o.locations(),
        o.servedMunicipalities(),
        o.alsoInRegions(),
        o.createdAt(),
        o.updatedAt());
  }

  public String identifier() {
    return switch (type) {
      case SCHOOL -> brin;
      case MUNICIPALITY -> cbsCode;
      case CARE_PARTNER, OTHER -> kvkNumber;
    };
  }
}
