package nl.regioportal.web.organisation;

/** A row of the organisation list. */
public record OrganisationSummaryDto(
    long id, String type, String name, String identifier, String city, boolean active) {}
