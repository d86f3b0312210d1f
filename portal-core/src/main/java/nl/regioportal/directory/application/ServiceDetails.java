package nl.regioportal.directory.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.regioportal.directory.domain.AgeGroup;
import nl.regioportal.directory.domain.Contact;
import nl.regioportal.directory.domain.Phone;
import nl.regioportal.directory.domain.ScheduleLine;
import nl.regioportal.directory.domain.ServiceStatus;

/**
 * A service as a member of the region sees it. Internal phones and contacts are included only for
 * callers who may see them ({@code internalShown}); {@code stale} when it was last verified more
 * than six months ago; {@code mayEdit} when the caller may change it.
 */
public record ServiceDetails(
    long id,
    String publicId,
    long version,
    long organisationId,
    String organisationName,
    String name,
    String alternateName,
    String description,
    String url,
    String email,
    String chatUrl,
    ServiceStatus status,
    AgeGroup ageGroup,
    Integer minAge,
    Integer maxAge,
    int youngest,
    int oldest,
    String eligibility,
    boolean acceptsReferrals,
    Integer waitingWeeks,
    boolean costFree,
    String costDescription,
    Set<String> terms,
    Set<String> municipalities,
    Set<String> languages,
    List<Phone> phones,
    List<Contact> contacts,
    List<ScheduleLine> schedules,
    List<Long> locationIds,
    LocalDateTime verifiedAt,
    String verifiedBy,
    boolean stale,
    LocalDateTime updatedAt,
    String updatedBy,
    boolean mayEdit) {}
