package nl.regioportal.web.organisation;

/** A location in the API. */
public record LocationDto(String label, String street, String postalCode, String city) {}
