package nl.regioportal.organisation.domain;

/** A location as a person typed it; {@link OrganisationRules} checks and normalises it. */
public record LocationDraft(String label, String street, String postalCode, String city) {}
