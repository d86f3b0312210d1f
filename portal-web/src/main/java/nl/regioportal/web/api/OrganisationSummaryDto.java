package nl.regioportal.web.api;

/** A row of the organisation list. */
public record OrganisationSummaryDto(
    long id, String type, String name, String identifier, String city, boolean active) {}
