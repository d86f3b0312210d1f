package nl.regioportal.organisation.application;

import nl.regioportal.organisation.domain.OrganisationType;

/** A row of the organisation list. */
public record OrganisationSummary(
    long id, OrganisationType type, String name, String identifier, String city, boolean active) {}
