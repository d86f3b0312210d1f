package nl.regioportal.directory.application;

import java.util.List;
import java.util.Set;
import nl.regioportal.directory.domain.AgeGroup;

/**
 * What the search index holds of an active service: what a search matches, filters and facets on,
 * and what a hit shows without reading the database. {@code termText} is every name and alias
 * (Dutch and English) of the service's domains, issues and roles; {@code verifiedAt} in UTC.
 */
public record IndexedService(
    String region,
    long id,
    String publicId,
    String name,
    String alternateName,
    String description,
    String eligibility,
    long organisationId,
    String organisationName,
    AgeGroup ageGroup,
    int youngest,
    int oldest,
    Set<String> domains,
    Set<String> issues,
    Set<String> roles,
    List<String> termText,
    Set<String> municipalities,
    Set<String> languages,
    boolean acceptsReferrals,
    Integer waitingWeeks,
    java.time.LocalDateTime verifiedAt) {}
