package nl.regioportal.web.organisation;

import java.util.List;
import java.util.Set;
import nl.regioportal.organisation.application.OrganisationDetails;

/** An organisation as the API shows it. */
public record OrganisationDto(
    long id,
    long version,
    String type,
    String name,
    String brin,
    String cbsCode,
    String kvkNumber,
    String email,
    String phone,
    String website,
    boolean active,
    List<LocationDto> locations,
    Set<String> servedMunicipalities,
    Set<String> alsoInRegions,
    String createdAt,
    String updatedAt) {

  static OrganisationDto of(OrganisationDetails d) {
    return new OrganisationDto(
        d.id(),
        d.version(),
        d.type().name(),
        d.name(),
        d.brin(),
        d.cbsCode(),
        d.kvkNumber(),
        d.email(),
        d.phone(),
        d.website(),
        d.active(),
        d.locations().stream()
            .map(l -> new LocationDto(l.label(), l.street(), l.postalCode(), l.city()))
            .toList(),
        d.servedMunicipalities(),
        d.alsoInRegions(),
        d.createdAt().toString() + "Z",
        d.updatedAt().toString() + "Z");
  }
}
