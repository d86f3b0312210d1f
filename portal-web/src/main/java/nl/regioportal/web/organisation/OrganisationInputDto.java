package nl.regioportal.web.organisation;

import java.util.List;
import java.util.Set;

/**
 * What a client sends to create or replace an organisation. {@code type} is one of SCHOOL,
 * MUNICIPALITY, CARE_PARTNER, OTHER; {@code version} is required when replacing.
 */
public record OrganisationInputDto(
    String type,
    String name,
    String brin,
    String cbsCode,
    String kvkNumber,
    String email,
    String phone,
    String website,
    List<LocationDto> locations,
    Set<String> servedMunicipalities,
    Set<String> alsoInRegions,
    Long version) {}
