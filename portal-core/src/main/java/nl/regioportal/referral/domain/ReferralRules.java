package nl.regioportal.referral.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.shared.ContactFormats;
import nl.regioportal.shared.Violation;

/**
 * The rules of a referral and its consent, pure: what the sender must give, what the consent must
 * cover, and what the portal warns about. Violations name their field ({@code student.birthDate},
 * {@code consent.givenBy}) and a message key; nothing is stored unless every rule holds.
 *
 * <p>Consent: a student of 16 and over consents alone; under 16 a parent or guardian consents too
 * (named). A consent always covers the student's identity (a receiver cannot help a student it
 * cannot name) and runs until a date no more than two years ahead. Only what the consent's
 * categories name is ever delivered ({@code ReferralMessages}).
 */
public final class ReferralRules {

  /** The age from which a student consents alone. */
  public static final int CONSENT_AGE = 16;

  /** The age at which youth services end and adult ones begin. */
  public static final int ADULT_AGE = 18;

  /** How far ahead the portal looks for the 18th birthday: the expected trajectory. */
  public static final Period TRAJECTORY = Period.ofMonths(12);

  /** The longest a consent may run. */
  public static final Period CONSENT_MAX = Period.ofYears(2);

  public static final int NAME_MAX = 100;
  public static final int TEXT_MAX = 4000;
  public static final int PURPOSE_MAX = 1000;
  public static final int RESPONSE_HOURS_MAX = 24 * 14;

  private ReferralRules() {}

  /** The receiving directory service, as far as the rules need it. */
  public record ServiceFacts(
      long id,
      long organisationId,
      boolean active,
      boolean acceptsReferrals,
      int youngest,
      int oldest,
      Set<String> municipalities) {}

  /**
   * What the rules need to know of the region: today, the organisations, the municipalities, the
   * taxonomy and the chosen service.
   */
  public record Context(
      LocalDate today,
      long senderOrganisationId,
      Predicate<Long> activeOrganisation,
      Predicate<String> knownMunicipality,
      Predicate<String> domain,
      Predicate<String> issue,
      Optional<ServiceFacts> service) {}

  /** A checked referral and consent, and what to warn the sender about. */
  public record Valid(
      long senderOrganisationId,
      long receiverOrganisationId,
      Long serviceId,
      String givenName,
      String familyName,
      LocalDate birthDate,
      String municipality,
      String phone,
      String email,
      String preferredChannel,
      Set<String> terms,
      String reasonText,
      String asked,
      Urgency urgency,
      Integer responseHours,
      boolean threeWay,
      ValidConsent consent,
      List<Violation> warnings) {}

  /** A checked consent. */
  public record ValidConsent(
      ConsentGiver givenBy,
      String guardianName,
      Set<InformationCategory> categories,
      String purpose,
      LocalDate validUntil,
      ConsentObtained obtained) {}

  /** The outcome: a valid referral, or every violation. */
  public record Result(Valid valid, List<Violation> violations) {
    public boolean ok() {
      return valid != null;
    }
  }

  public static Result check(ReferralDraft d, Context c) {
    List<Violation> v = new ArrayList<>();
    List<Violation> warnings = new ArrayList<>();
    if (d.receiverOrganisationId() == null) {
      v.add(Violation.of("receiverOrganisationId", "referral.receiver.required"));
    } else if (d.receiverOrganisationId() == c.senderOrganisationId()) {
      v.add(Violation.of("receiverOrganisationId", "referral.receiver.self"));
    } else if (!c.activeOrganisation().test(d.receiverOrganisationId())) {
      v.add(
          Violation.of(
              "receiverOrganisationId", "referral.receiver.unknown", d.receiverOrganisationId()));
    }
    String given = name(v, "student.givenName", d.givenName());
    String family = name(v, "student.familyName", d.familyName());
    LocalDate birth = null;
    if (blank(d.birthDate())) {
      v.add(Violation.of("student.birthDate", "referral.birthDate.required"));
    } else {
      try {
        birth = LocalDate.parse(d.birthDate().strip());
        int age = Period.between(birth, c.today()).getYears();
        if (birth.isAfter(c.today()) || age > 30 || age < 10) {
          v.add(Violation.of("student.birthDate", "referral.birthDate.range", d.birthDate()));
          birth = null;
        }
      } catch (DateTimeParseException e) {
        v.add(Violation.of("student.birthDate", "referral.date.invalid", d.birthDate()));
      }
    }
    String municipality =
        blank(d.municipality()) ? null : d.municipality().strip().toUpperCase(Locale.ROOT);
    if (municipality == null) {
      v.add(Violation.of("student.municipality", "referral.municipality.required"));
    } else if (!c.knownMunicipality().test(municipality)) {
      v.add(Violation.of("student.municipality", "referral.municipality.unknown", municipality));
    }
    String phone = blankToNull(d.phone());
    if (phone != null && !ContactFormats.isPhone(phone)) {
      v.add(Violation.of("student.phone", "referral.phone.invalid", phone));
    }
    String email = blankToNull(d.email());
    if (email != null && (!ContactFormats.isEmail(email) || email.length() > 200)) {
      v.add(Violation.of("student.email", "referral.email.invalid", email));
    }
    String channel = blankToNull(d.preferredChannel());
    if (channel != null) {
      channel = channel.toUpperCase(Locale.ROOT);
      if (!Set.of("PHONE", "EMAIL", "TEXT", "IN_PERSON").contains(channel)) {
        v.add(Violation.of("student.preferredChannel", "referral.channel.invalid", channel));
      }
    }
    Set<String> terms = new LinkedHashSet<>();
    for (String code : nonNull(d.domains())) {
      if (!c.domain().test(code)) {
        v.add(Violation.of("reason.domains", "referral.term.unknown", code));
      } else {
        terms.add(code);
      }
    }
    for (String code : nonNull(d.issues())) {
      if (!c.issue().test(code)) {
        v.add(Violation.of("reason.issues", "referral.term.unknown", code));
      } else {
        terms.add(code);
      }
    }
    if (nonNull(d.domains()).isEmpty()) {
      v.add(Violation.of("reason.domains", "referral.domains.required"));
    }
    String reason = text(v, "reason.text", d.reasonText(), TEXT_MAX);
    String asked = text(v, "asked", d.asked(), TEXT_MAX);
    Urgency urgency = Urgency.REGULAR;
    if (!blank(d.urgency())) {
      try {
        urgency = Urgency.valueOf(d.urgency().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        v.add(Violation.of("urgency", "referral.urgency.invalid", d.urgency()));
      }
    }
    Integer hours = d.responseHours();
    if (urgency == Urgency.URGENT) {
      if (hours == null) {
        v.add(Violation.of("responseHours", "referral.responseHours.required"));
      } else if (hours < 1 || hours > RESPONSE_HOURS_MAX) {
        v.add(Violation.of("responseHours", "referral.responseHours.range", hours));
      }
    } else {
      hours = null;
    }
    if (c.service().isPresent() && d.receiverOrganisationId() != null) {
      ServiceFacts s = c.service().get();
      if (s.organisationId() != d.receiverOrganisationId() || !s.active()) {
        v.add(Violation.of("serviceId", "referral.service.notOfReceiver", s.id()));
      } else if (!s.acceptsReferrals()) {
        v.add(Violation.of("serviceId", "referral.service.noReferrals", s.id()));
      } else if (birth != null) {
        int age = Period.between(birth, c.today()).getYears();
        if (age < s.youngest() || age > s.oldest()) {
          v.add(Violation.of("serviceId", "referral.service.age", age, s.youngest(), s.oldest()));
        }
        if (municipality != null
            && !s.municipalities().isEmpty()
            && !s.municipalities().contains(municipality)) {
          warnings.add(Violation.of("serviceId", "referral.warning.municipality", municipality));
        }
      }
    } else if (d.serviceId() != null) {
      v.add(Violation.of("serviceId", "referral.service.unknown", d.serviceId()));
    }
    if (birth != null) {
      LocalDate eighteen = birth.plusYears(ADULT_AGE);
      if (!eighteen.isAfter(c.today())) {
        warnings.add(Violation.of("student.birthDate", "referral.warning.adult"));
      } else if (!eighteen.isAfter(c.today().plus(TRAJECTORY))) {
        warnings.add(Violation.of("student.birthDate", "referral.warning.turns18", eighteen));
      }
    }
    ValidConsent consent = consent(v, d.consent(), birth, c.today());
    if (!v.isEmpty()) {
      return new Result(null, v);
    }
    return new Result(
        new Valid(
            c.senderOrganisationId(),
            d.receiverOrganisationId(),
            c.service().map(ServiceFacts::id).orElse(null),
            given,
            family,
            birth,
            municipality,
            phone,
            email,
            channel,
            terms,
            reason,
            asked,
            urgency,
            hours,
            Boolean.TRUE.equals(d.threeWay()),
            consent,
            List.copyOf(warnings)),
        List.of());
  }

  /** The consent's rules; {@code birth} may be null when the birth date was wrong. */
  static ValidConsent consent(
      List<Violation> v, ReferralDraft.ConsentDraft c, LocalDate birth, LocalDate today) {
    if (c == null) {
      v.add(Violation.of("consent", "referral.consent.required"));
      return null;
    }
    int before = v.size();
    ConsentGiver givenBy = null;
    if (blank(c.givenBy())) {
      v.add(Violation.of("consent.givenBy", "referral.consent.givenBy.required"));
    } else {
      try {
        givenBy = ConsentGiver.valueOf(c.givenBy().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        v.add(Violation.of("consent.givenBy", "referral.consent.givenBy.invalid", c.givenBy()));
      }
    }
    String guardian = blankToNull(c.guardianName());
    if (birth != null && givenBy != null) {
      int age = Period.between(birth, today).getYears();
      if (age < CONSENT_AGE && givenBy != ConsentGiver.STUDENT_AND_GUARDIAN) {
        v.add(Violation.of("consent.givenBy", "referral.consent.guardianNeeded", age));
      }
      if (givenBy == ConsentGiver.STUDENT_AND_GUARDIAN && guardian == null) {
        v.add(Violation.of("consent.guardianName", "referral.consent.guardianName.required"));
      }
    }
    if (guardian != null && guardian.length() > NAME_MAX) {
      v.add(Violation.of("consent.guardianName", "referral.text.tooLong", NAME_MAX));
    }
    Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
    for (String raw : nonNull(c.categories())) {
      try {
        categories.add(InformationCategory.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException | NullPointerException e) {
        v.add(Violation.of("consent.categories", "referral.consent.category.invalid", raw));
      }
    }
    if (!categories.contains(InformationCategory.IDENTITY)) {
      v.add(Violation.of("consent.categories", "referral.consent.identity"));
    }
    String purpose = blankToNull(c.purpose());
    if (purpose == null) {
      v.add(Violation.of("consent.purpose", "referral.consent.purpose.required"));
    } else if (purpose.length() > PURPOSE_MAX) {
      v.add(Violation.of("consent.purpose", "referral.text.tooLong", PURPOSE_MAX));
    }
    LocalDate until = null;
    if (blank(c.validUntil())) {
      v.add(Violation.of("consent.validUntil", "referral.consent.validUntil.required"));
    } else {
      try {
        until = LocalDate.parse(c.validUntil().strip());
        if (!until.isAfter(today)) {
          v.add(Violation.of("consent.validUntil", "referral.consent.validUntil.past", until));
        } else if (until.isAfter(today.plus(CONSENT_MAX))) {
          v.add(Violation.of("consent.validUntil", "referral.consent.validUntil.tooLate", until));
        }
      } catch (DateTimeParseException e) {
        v.add(Violation.of("consent.validUntil", "referral.date.invalid", c.validUntil()));
      }
    }
    ConsentObtained obtained = null;
    if (blank(c.obtained())) {
      v.add(Violation.of("consent.obtained", "referral.consent.obtained.required"));
    } else {
      try {
        obtained = ConsentObtained.valueOf(c.obtained().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        v.add(Violation.of("consent.obtained", "referral.consent.obtained.invalid", c.obtained()));
      }
    }
    if (v.size() > before) {
      return null;
    }
    return new ValidConsent(givenBy, guardian, categories, purpose, until, obtained);
  }

  private static String name(List<Violation> v, String field, String raw) {
    if (blank(raw)) {
      v.add(Violation.of(field, "referral.name.required"));
      return null;
    }
    String s = raw.strip();
    if (s.length() > NAME_MAX) {
      v.add(Violation.of(field, "referral.text.tooLong", NAME_MAX));
    }
    return s;
  }

  private static String text(List<Violation> v, String field, String raw, int max) {
    String s = blankToNull(raw);
    if (s != null && s.length() > max) {
      v.add(Violation.of(field, "referral.text.tooLong", max));
    }
    return s;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s.strip();
  }
}
