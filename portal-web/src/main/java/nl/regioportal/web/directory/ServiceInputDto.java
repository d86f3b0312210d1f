package nl.regioportal.web.directory;

import java.util.List;
import java.util.Set;

/**
 * A service as a client sends it (POST, or PUT with the {@code version} it read). Enumerations as
 * text: {@code status} (ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED), {@code ageGroup} (YOUTH,
 * ADULT, ALL), a phone's {@code kind} (VOICE, TEXT, FAX), a schedule's {@code kind} (OPEN, WALK_IN)
 * and {@code day} (MO..SU).
 */
public record ServiceInputDto(
    Long version,
    Long organisationId,
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
    Boolean acceptsReferrals,
    Integer waitingWeeks,
    Boolean costFree,
    String costDescription,
    Set<String> terms,
    Set<String> municipalities,
    Set<String> languages,
    List<PhoneDto> phones,
    List<ContactDto> contacts,
    List<ScheduleDto> schedules,
    List<Long> locationIds) {

  /** A phone number; {@code internal} ones are shown to signed-in members only. */
  public record PhoneDto(
      String id, String number, String kind, String description, boolean internal) {}

  /** A person or desk to contact. */
  public record ContactDto(
      String id, String name, String title, String email, String phone, boolean internal) {}

  /** A weekly time range, {@code HH:mm}. */
  public record ScheduleDto(
      String id, String kind, String day, String opensAt, String closesAt, String description) {}
}
