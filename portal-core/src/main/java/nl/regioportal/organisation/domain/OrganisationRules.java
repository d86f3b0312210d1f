package nl.regioportal.organisation.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.regioportal.shared.ContactFormats;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionCode;

/**
 * The rules an organisation's input must meet, and its normal form. Pure: the lookups it needs
 * (does this municipality or region exist?) are passed in, so it is tested without a database.
 *
 * <p>Formats: BRIN is two digits and two letters ({@code 25PZ}); a CBS code is {@code GM} and four
 * digits; a KvK number is eight digits; a postal code is four digits (not starting with 0) and two
 * letters, stored as {@code 3011 AB}.
 */
public final class OrganisationRules {

  public static final int NAME_MAX = 200;
  public static final int MAX_LOCATIONS = 20;

  static final Pattern BRIN = Pattern.compile("\\d{2}[A-Z]{2}");
  static final Pattern KVK = Pattern.compile("\\d{8}");
  static final Pattern POSTAL_CODE = Pattern.compile("([1-9]\\d{3}) ?([A-Z]{2})");

  /** Format characters (zero-width space and joiners, soft hyphen, byte-order mark). */
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

  /** White space as Unicode defines it (tabs, line breaks, every kind of space). */
  private static final Pattern WHITE_SPACE =
      Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The normalised, valid values of an organisation. */
  public record Valid(
      OrganisationType type,
      String name,
      String brin,
      String cbsCode,
      String kvkNumber,
      String email,
      String phone,
      String website,
      List<Location> locations,
      Set<String> servedMunicipalities,
      Set<String> alsoInRegions) {}

  /** Either the valid values or what is wrong (never both). */
  public record Result(Valid valid, List<Violation> violations) {
    public boolean isValid() {
      return violations.isEmpty();
    }
  }

  private final Predicate<MunicipalityCode> municipalityExists;
  private final Predicate<RegionCode> regionExists;

  public OrganisationRules(
      Predicate<MunicipalityCode> municipalityExists, Predicate<RegionCode> regionExists) {
    this.municipalityExists = municipalityExists;
    this.regionExists = regionExists;
  }

  /** Checks a draft for an organisation of {@code ownRegion}. */
  public Result check(OrganisationDraft d, RegionCode ownRegion) {
    List<Violation> v = new ArrayList<>();
    if (d.type() == null) {
      v.add(Violation.of("type", "organisation.type.required"));
    }
    String name = trim(d.name());
    if (name == null || nameKey(name).isEmpty()) { // only invisible or non-breaking spaces
      v.add(Violation.of("name", "organisation.name.required"));
      name = null;
    } else if (name.length() > NAME_MAX || nameKey(name).length() > NAME_MAX) {
      v.add(Violation.of("name", "organisation.name.tooLong", NAME_MAX));
    }

    String brin = upper(d.brin());
    String cbs = upper(d.cbsCode());
    String kvk = trim(d.kvkNumber());
    if (kvk != null) {
      kvk = kvk.replace(" ", "").replace(".", "");
    }
    if (d.type() != null) {
      switch (d.type().identifierKind()) {
        case BRIN -> {
          if (brin == null) {
            v.add(Violation.of("brin", "organisation.brin.required"));
          } else if (!BRIN.matcher(brin).matches()) {
            v.add(Violation.of("brin", "organisation.brin.invalid", d.brin().trim()));
          }
          cbs = null;
          kvk = null;
        }
        case CBS -> {
          if (cbs == null) {
            v.add(Violation.of("cbsCode", "organisation.cbs.required"));
          } else if (!MunicipalityCode.isValid(cbs)) {
            v.add(Violation.of("cbsCode", "organisation.cbs.invalid", d.cbsCode().trim()));
          } else if (!municipalityExists.test(new MunicipalityCode(cbs))) {
            v.add(Violation.of("cbsCode", "organisation.cbs.unknown", cbs));
          }
          brin = null;
          kvk = null;
        }
        case KVK, KVK_OPTIONAL -> {
          if (kvk == null) {
            if (d.type().identifierKind() == OrganisationType.IdentifierKind.KVK) {
              v.add(Violation.of("kvkNumber", "organisation.kvk.required"));
            }
          } else if (!KVK.matcher(kvk).matches()) {
            v.add(Violation.of("kvkNumber", "organisation.kvk.invalid", d.kvkNumber().trim()));
          }
          brin = null;
          cbs = null;
        }
      }
    }

    String email = trim(d.email());
    if (email != null && (email.length() > 200 || !ContactFormats.isEmail(email))) {
      v.add(Violation.of("email", "organisation.email.invalid", email));
    }
    String phone = trim(d.phone());
    if (phone != null && !ContactFormats.isPhone(phone)) {
      v.add(Violation.of("phone", "organisation.phone.invalid", phone));
    }
    String website = trim(d.website());
    if (website != null && !ContactFormats.isWebAddress(website)) {
      v.add(Violation.of("website", "organisation.website.invalid", website));
    }

    List<Location> locations = new ArrayList<>();
    if (d.locations().size() > MAX_LOCATIONS) {
      v.add(Violation.of("locations", "organisation.locations.tooMany", MAX_LOCATIONS));
    }
    for (int i = 0; i < d.locations().size(); i++) {
      LocationDraft l = d.locations().get(i);
      String field = "locations[" + i + "]";
      String street = trim(l.street());
      String city = trim(l.city());
      String postal = upper(l.postalCode());
      var m = postal == null ? null : POSTAL_CODE.matcher(postal);
      boolean ok = true;
      if (street == null) {
        v.add(Violation.of(field + ".street", "organisation.location.streetRequired", i + 1));
        ok = false;
      }
      if (city == null) {
        v.add(Violation.of(field + ".city", "organisation.location.cityRequired", i + 1));
        ok = false;
      }
      if (m == null || !m.matches()) {
        v.add(
            Violation.of(
                field + ".postalCode",
                "organisation.location.postalCodeInvalid",
                i + 1,
                postal == null ? "" : l.postalCode().trim()));
        ok = false;
      }
      if (ok) {
        locations.add(new Location(trim(l.label()), street, m.group(1) + " " + m.group(2), city));
      }
    }

    Set<String> served = new TreeSet<>();
    for (String raw : d.servedMunicipalities()) {
      String code = upper(raw);
      if (code == null) {
        continue;
      }
      if (!MunicipalityCode.isValid(code)) {
        v.add(Violation.of("servedMunicipalities", "organisation.cbs.invalid", raw.trim()));
      } else if (!municipalityExists.test(new MunicipalityCode(code))) {
        v.add(Violation.of("servedMunicipalities", "organisation.cbs.unknown", code));
      } else {
        served.add(code);
      }
    }

    Set<String> regions = new TreeSet<>();
    for (String raw : d.alsoInRegions()) {
      String s = trim(raw);
      if (s == null) {
        continue;
      }
      var code = RegionCode.parse(s);
      if (code.isEmpty() || !regionExists.test(code.get())) {
        v.add(Violation.of("alsoInRegions", "organisation.region.unknown", s));
      } else if (!code.get().equals(ownRegion)) {
        regions.add(code.get().value());
      }
    }

    if (!v.isEmpty()) {
      return new Result(null, List.copyOf(v));
    }
    return new Result(
        new Valid(
            d.type(),
            name,
            brin,
            cbs,
            kvk,
            email,
            phone,
            website,
            List.copyOf(locations),
            served,
            regions),
        List.of());
  }

  /**
   * The key two names of one type in one region are compared by (two with the same key are refused;
   * the database holds it unique too): Unicode compatibility forms folded (NFKC: a non-breaking
   * space is a space, a full-width letter a letter), invisible format characters dropped, every run
   * of white space one space, trimmed, lower case. Never longer than the name allows once {@link
   * #check} has passed it.
   */
  public static String nameKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = WHITE_SPACE.matcher(s).replaceAll(" ").trim();
    return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
  }

  private static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }

  private static String upper(String s) {
    String t = trim(s);
    return t == null ? null : t.toUpperCase(Locale.ROOT);
  }
}
