package nl.regioportal.directory.domain;

import java.util.List;
import java.util.Set;

/**
 * What a person (or an import) gives for a service, not yet checked. Texts as typed; codes for the
 * taxonomy terms, the municipalities served (CBS codes) and the languages (ISO 639-1).
 */
public record ServiceDraft(
    Long organisationId,
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
    String eligibility,
    boolean acceptsReferrals,
    Integer waitingWeeks,
    boolean costFree,
    String costDescription,
    Set<String> terms,
    Set<String> municipalities,
    Set<String> languages,
    List<PhoneDraft> phones,
    List<ContactDraft> contacts,
    List<ScheduleDraft> schedules,
    List<Long> locationIds) {

  public ServiceDraft {
    terms = terms == null ? Set.of() : terms;
    municipalities = municipalities == null ? Set.of() : municipalities;
    languages = languages == null ? Set.of() : languages;
    phones = phones == null ? List.of() : phones;
    contacts = contacts == null ? List.of() : contacts;
    schedules = schedules == null ? List.of() : schedules;
    locationIds = locationIds == null ? List.of() : locationIds;
  }

  /** The same draft for another organisation and other locations (an import's ids). */
  public ServiceDraft at(Long organisation, List<Long> locations) {
    return new ServiceDraft(
        organisation,
        name,
        alternateName,
        description,
        url,
        email,
        chatUrl,
        status,
        ageGroup,
        minAge,
        maxAge,
        eligibility,
        acceptsReferrals,
        waitingWeeks,
        costFree,
        costDescription,
        terms,
        municipalities,
        languages,
        phones,
        contacts,
        schedules,
        locations);
  }

  /** A phone as given; {@code publicId} kept when an existing one is edited. */
  public record PhoneDraft(
      String publicId, String number, Phone.Kind kind, String description, boolean internal) {}

  /** A contact as given. */
  public record ContactDraft(
      String publicId, String name, String title, String email, String phone, boolean internal) {}

  /** A weekly time range as given ({@code HH:mm}). */
  public record ScheduleDraft(
      String publicId,
      ScheduleLine.Kind kind,
      ScheduleLine.Day day,
      String opensAt,
      String closesAt,
      String description) {}
}
