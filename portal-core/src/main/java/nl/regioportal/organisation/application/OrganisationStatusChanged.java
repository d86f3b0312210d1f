package nl.regioportal.organisation.application;

/**
 * An organisation of {@code region} was deactivated or reactivated, in the current transaction.
 * Fired by {@link OrganisationService}; what depends on an organisation being active (the
 * directory's search index) observes it.
 */
public record OrganisationStatusChanged(String region, long organisationId, boolean active) {}
