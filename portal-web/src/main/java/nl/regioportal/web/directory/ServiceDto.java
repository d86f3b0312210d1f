package nl.regioportal.web.directory;

import java.util.List;
import java.util.Set;

/**
 * A service: everything the input has, plus its HSDS id, the organisation's name, when and by whom
 * it was verified ({@code stale} after six months), and whether the caller may edit it.
 */
public record ServiceDto(
    long id,
    String hsdsId,
    long version,
    long organisationId,
    String organisationName,
    String name,
    String alternateName,
    String description,
    String url,
    String email,
    String chatUrl,
    String status,
    String ageGroup,
    Integer minAge,
    Integer maxAge,
    String eligibility,
    boolean acceptsReferrals,
    Integer waitingWeeks,
    boolean costFree,
    String costDescription,
    Set<String> terms,
    Set<String> municipalities,
    Set<String> languages,
    List<ServiceInputDto.PhoneDto> phones,
    List<ServiceInputDto.ContactDto> contacts,
    List<ServiceInputDto.ScheduleDto> schedules,
    List<Long> locationIds,
    java.time.OffsetDateTime verifiedAt,
    String verifiedBy,
    boolean stale,
    java.time.OffsetDateTime updatedAt,
    String updatedBy,
    boolean mayEdit) {}
