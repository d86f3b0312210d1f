package nl.regioportal.web.organisation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.regioportal.organisation.application.OrganisationDetails;
import nl.regioportal.web.api.Timestamps;

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
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

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
        Timestamps.utc(d.createdAt()),
        Timestamps.utc(d.updatedAt()));
  }
}
