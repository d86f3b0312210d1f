package nl.regioportal.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.regioportal.shared.ContactFormats;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.MunicipalityCode;

/**
 * The rules a service's input must meet, and its normal form. Pure: the lookups it needs (which
 * taxonomy a term code belongs to, whether a municipality exists, which locations belong to the
 * organisation) are passed in, so it is tested without a database.
 *
 * <p>A service names at least one life domain; an issue or a role may be given without naming its
 * domain, which is then implied. Ages: within its {@link AgeGroup} (a youth service ends at 17, an
 * adult service starts at 18), the youngest no older than the oldest.
 */
public final class ServiceRules {

  public static final int NAME_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;
  public static final int TEXT_MAX = 2000;
  public static final int MAX_ITEMS = 50;
  public static final int WAITING_WEEKS_MAX = 104;

  static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  /** The checked, normalised values of a service. */
  public record Valid(
      long organisationId,
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
      List<Phone> phones,
      List<Contact> contacts,
      List<ScheduleLine> schedules,
      List<Long> locationIds) {}

  /** Either the valid values or what is wrong (never both). */
  public record Result(Valid valid, List<Violation> violations) {
    public boolean isValid() {
      return violations.isEmpty();
    }
  }

  /** A term's taxonomy and, for an issue or role, its life domain. */
  public record TermInfo(Taxonomy taxonomy, String domain) {}

  private final Function<String, Optional<TermInfo>> terms;
  private final Predicate<MunicipalityCode> municipalityExists;
  private final Predicate<Long> organisationActive;
  private final Map<Long, Long> locationOwners;

  /**
   * @param terms the taxonomy of a term code the region may use (shared or its own)
   * @param municipalityExists whether a CBS code is a known municipality
   * @param organisationActive whether an organisation id is an active member of the region
   * @param locationOwners the organisation of each of the region's locations, by location id
   */
  public ServiceRules(
      Function<String, Optional<TermInfo>> terms,
      Predicate<MunicipalityCode> municipalityExists,
      Predicate<Long> organisationActive,
      Map<Long, Long> locationOwners) {
    this.terms = terms;
    this.municipalityExists = municipalityExists;
    this.organisationActive = organisationActive;
    this.locationOwners = locationOwners;
  }

  public Result check(ServiceDraft d) {
    List<Violation> v = new ArrayList<>();
    if (d.organisationId() == null || !organisationActive.test(d.organisationId())) {
      v.add(Violation.of("organisationId", "directory.organisation.unknown"));
    }
    String name = required(v, "name", d.name(), NAME_MAX);
    String alternate = optional(v, "alternateName", d.alternateName(), NAME_MAX);
    String description = required(v, "description", d.description(), DESCRIPTION_MAX);
    String url = webAddress(v, "url", d.url());
    String chat = webAddress(v, "chatUrl", d.chatUrl());
    String email = email(v, "email", d.email());
    String eligibility = optional(v, "eligibility", d.eligibility(), TEXT_MAX);
    String cost = optional(v, "costDescription", d.costDescription(), 500);
    ServiceStatus status = d.status() == null ? ServiceStatus.ACTIVE : d.status();

    AgeGroup group = d.ageGroup();
    if (group == null) {
      v.add(Violation.of("ageGroup", "directory.ageGroup.required"));
    } else {
      checkAge(v, "minAge", d.minAge(), group);
      checkAge(v, "maxAge", d.maxAge(), group);
      if (d.minAge() != null && d.maxAge() != null && d.minAge() > d.maxAge()) {
        v.add(Violation.of("maxAge", "directory.age.order", d.minAge(), d.maxAge()));
      }
    }
    Integer waiting = d.waitingWeeks();
    if (waiting != null && (waiting < 0 || waiting > WAITING_WEEKS_MAX)) {
      v.add(Violation.of("waitingWeeks", "directory.waiting.range", WAITING_WEEKS_MAX));
    }

    Set<String> codes = new TreeSet<>();
    boolean anyDomain = false;
    for (String raw : d.terms()) {
      String code = trim(raw);
      if (code == null) {
        continue;
      }
      Optional<TermInfo> info = terms.apply(code);
      if (info.isEmpty()) {
        v.add(Violation.of("terms", "directory.term.unknown", code));
        continue;
      }
      codes.add(code);
      if (info.get().taxonomy() == Taxonomy.LIFE_DOMAIN) {
        anyDomain = true;
      } else if (info.get().domain() != null) {
        codes.add(info.get().domain()); // an issue or role implies its domain
        anyDomain = true;
      }
    }
    if (!anyDomain && v.stream().noneMatch(x -> x.field().equals("terms"))) {
      v.add(Violation.of("terms", "directory.domain.required"));
    }

    Set<String> served = new TreeSet<>();
    for (String raw : d.municipalities()) {
      String code = raw == null ? null : raw.trim().toUpperCase(Locale.ROOT);
      if (code == null || code.isEmpty()) {
        continue;
      }
      if (!MunicipalityCode.isValid(code)) {
        v.add(Violation.of("municipalities", "directory.municipality.invalid", raw.trim()));
      } else if (!municipalityExists.test(new MunicipalityCode(code))) {
        v.add(Violation.of("municipalities", "directory.municipality.unknown", code));
      } else {
        served.add(code);
      }
    }
    if (served.isEmpty() && v.stream().noneMatch(x -> x.field().equals("municipalities"))) {
      v.add(Violation.of("municipalities", "directory.municipality.required"));
    }

    Set<String> languages = new TreeSet<>();
    for (String raw : d.languages()) {
      String code = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      if (!LANGUAGE.matcher(code).matches() || !Set.of(Locale.getISOLanguages()).contains(code)) {
        v.add(Violation.of("languages", "directory.language.invalid", raw.trim()));
      } else {
        languages.add(code);
      }
    }

    tooMany(v, "phones", d.phones().size());
    tooMany(v, "contacts", d.contacts().size());
    tooMany(v, "schedules", d.schedules().size());
    List<Phone> phones = new ArrayList<>();
    for (int i = 0; i < d.phones().size(); i++) {
      ServiceDraft.PhoneDraft p = d.phones().get(i);
      String field = "phones[" + i + "].number";
      String number = trim(p.number());
      if (number == null || !ContactFormats.isPhone(number)) {
        v.add(Violation.of(field, "directory.phone.invalid", number == null ? "" : number));
        continue;
      }
      phones.add(
          new Phone(
              idOr(p.publicId()),
              number,
              p.kind() == null ? Phone.Kind.VOICE : p.kind(),
              optional(v, "phones[" + i + "].description", p.description(), 200),
              p.internal()));
    }
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < d.contacts().size(); i++) {
      ServiceDraft.ContactDraft c = d.contacts().get(i);
      String prefix = "contacts[" + i + "].";
      String cname = required(v, prefix + "name", c.name(), NAME_MAX);
      String cemail = email(v, prefix + "email", c.email());
      String cphone = trim(c.phone());
      if (cphone != null && !ContactFormats.isPhone(cphone)) {
        v.add(Violation.of(prefix + "phone", "directory.phone.invalid", cphone));
      }
      if (cname != null) {
        contacts.add(
            new Contact(
                idOr(c.publicId()),
                cname,
                optional(v, prefix + "title", c.title(), NAME_MAX),
                cemail,
                cphone,
                c.internal()));
      }
    }
    List<ScheduleLine> schedules = new ArrayList<>();
    for (int i = 0; i < d.schedules().size(); i++) {
      ServiceDraft.ScheduleDraft s = d.schedules().get(i);
      String prefix = "schedules[" + i + "].";
      String opens = trim(s.opensAt());
      String closes = trim(s.closesAt());
      boolean ok = true;
      if (s.day() == null) {
        v.add(Violation.of(prefix + "day", "directory.schedule.day"));
        ok = false;
      }
      if (opens == null || !TIME.matcher(opens).matches()) {
        v.add(
            Violation.of(
                prefix + "opensAt", "directory.schedule.time", opens == null ? "" : opens));
        ok = false;
      }
      if (closes == null || !TIME.matcher(closes).matches()) {
        v.add(
            Violation.of(
                prefix + "closesAt", "directory.schedule.time", closes == null ? "" : closes));
        ok = false;
      }
      if (ok && opens.compareTo(closes) >= 0) {
        v.add(Violation.of(prefix + "closesAt", "directory.schedule.order", opens, closes));
        ok = false;
      }
      if (ok) {
        schedules.add(
            new ScheduleLine(
                idOr(s.publicId()),
                s.kind() == null ? ScheduleLine.Kind.OPEN : s.kind(),
                s.day(),
                opens,
                closes,
                optional(v, prefix + "description", s.description(), 200)));
      }
    }
    List<Long> locations = new ArrayList<>();
    for (Long id : d.locationIds()) {
      if (id == null || locations.contains(id)) {
        continue;
      }
      Long owner = locationOwners.get(id);
      if (owner == null || !owner.equals(d.organisationId())) {
        v.add(Violation.of("locationIds", "directory.location.unknown", id));
      } else {
        locations.add(id);
      }
    }
    if (!v.isEmpty()) {
      return new Result(null, List.copyOf(v));
    }
    return new Result(
        new Valid(
            d.organisationId(),
            name,
            alternate,
            description,
            url,
            email,
            chat,
            status,
            group,
            d.minAge(),
            d.maxAge(),
            eligibility,
            d.acceptsReferrals(),
            waiting,
            d.costFree(),
            cost,
            codes,
            served,
            languages,
            phones,
            contacts,
            schedules,
            locations),
        List.of());
  }

  private static void checkAge(List<Violation> v, String field, Integer age, AgeGroup group) {
    if (age == null) {
      return;
    }
    if (age < group.youngest() || age > group.oldest()) {
      v.add(
          Violation.of(
              field,
              "directory.age.outsideGroup." + group.name(),
              age,
              group.youngest(),
              group.oldest()));
    }
  }

  private static void tooMany(List<Violation> v, String field, int n) {
    if (n > MAX_ITEMS) {
      v.add(Violation.of(field, "directory.tooMany", MAX_ITEMS));
    }
  }

  private static String idOr(String publicId) {
    String id = trim(publicId);
    if (id != null) {
      try {
        return UUID.fromString(id).toString();
      } catch (IllegalArgumentException e) {
        // not one of ours: a new id
      }
    }
    return UUID.randomUUID().toString();
  }

  private static String required(List<Violation> v, String field, String raw, int max) {
    String s = trim(raw);
    if (s == null) {
      v.add(Violation.of(field, "directory.required"));
      return null;
    }
    if (s.length() > max) {
      v.add(Violation.of(field, "directory.tooLong", max));
      return null;
    }
    return s;
  }

  private static String optional(List<Violation> v, String field, String raw, int max) {
    String s = trim(raw);
    if (s != null && s.length() > max) {
      v.add(Violation.of(field, "directory.tooLong", max));
      return null;
    }
    return s;
  }

  private static String email(List<Violation> v, String field, String raw) {
    String s = trim(raw);
    if (s != null && (s.length() > 200 || !ContactFormats.isEmail(s))) {
      v.add(Violation.of(field, "directory.email.invalid", s));
      return null;
    }
    return s;
  }

  private static String webAddress(List<Violation> v, String field, String raw) {
    String s = trim(raw);
    if (s != null && !ContactFormats.isWebAddress(s)) {
      v.add(Violation.of(field, "directory.url.invalid", s));
      return null;
    }
    return s;
  }

  static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
