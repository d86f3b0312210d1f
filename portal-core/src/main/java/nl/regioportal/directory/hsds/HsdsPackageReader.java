package nl.regioportal.directory.hsds;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.directory.domain.AgeGroup;
import nl.regioportal.directory.domain.Phone;
import nl.regioportal.directory.domain.ScheduleLine;
import nl.regioportal.directory.domain.ServiceDraft;
import nl.regioportal.directory.domain.ServiceStatus;
import nl.regioportal.organisation.domain.OrganisationDraft;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.shared.ImportProblem;

/**
 * Reads an HSDS 3.0 organization package (a JSON array of organizations, each with its locations
 * and fully nested services; what {@link HsdsExport#organisationPackage} writes) into drafts, and
 * names every problem with its record and field: a missing required field, a wrong type, an id that
 * is no UUID or is used twice, an unknown taxonomy term or municipality, an unknown status. Pure:
 * what it needs to know of the region comes in as functions, so it is tested without a database.
 * The portal's own rules (ages, contact details, ...) are checked when the drafts are stored.
 */
public final class HsdsPackageReader {

  /** The most organizations and services one package may hold. */
  public static final int MAX_RECORDS = 20_000;

  private static final Pattern WEEKS =
      Pattern.compile("(\\d{1,3})\\s*(weken|week|weeks|wk|w)\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME = Pattern.compile("(\\d{2}:\\d{2})(:\\d{2})?");

  /** What the reader must know of the region. */
  public interface Region {
    /** The code of a term (shared or the region's own) by its HSDS id. */
    Optional<String> termById(String id);

    /** Is this a term code of the region's vocabulary? */
    boolean termCode(String code);

    /** The CBS code of a municipality by its code (when it exists) or its name. */
    Optional<String> municipality(String codeOrName);
  }

  /** An organisation to find or create, with its locations and services. */
  public record PlannedOrganisation(
      String record,
      OrganisationDraft draft,
      List<PlannedLocation> locations,
      List<PlannedService> services) {}

  /** A location, by its id in the package. */
  public record PlannedLocation(
      String record,
      String hsdsId,
      String name,
      String street,
      String postalCode,
      String city,
      String municipality) {}

  /** A service; its organisation and locations are filled in once they exist. */
  public record PlannedService(String record, ServiceDraft draft, List<String> locationIds) {}

  /** What was read: the plan, or the problems (then nothing may be stored). */
  public record Result(List<PlannedOrganisation> organisations, List<ImportProblem> problems) {
    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  private final Region region;
  private final List<ImportProblem> problems = new ArrayList<>();

  /** Every id seen, with where and as what. */
  private final Map<String, String[]> seen = new HashMap<>();

  private final Map<String, PlannedLocation> locations = new LinkedHashMap<>();

  public HsdsPackageReader(Region region) {
    this.region = region;
  }

  public Result read(JsonValue root) {
    List<JsonValue> organisations = new ArrayList<>();
    if (root instanceof JsonArray a) {
      organisations.addAll(a);
    } else if (root instanceof JsonObject o) {
      organisations.add(o); // a single organization
    } else {
      problem(
          "file", null, "hsds.import.shape", "An HSDS package is a JSON array of organizations.");
      return result(List.of());
    }
    if (organisations.isEmpty()) {
      problem("file", null, "hsds.import.empty", "The package holds no organization.");
    }
    long records =
        organisations.stream()
            .filter(v -> v instanceof JsonObject)
            .mapToLong(
                v -> 1 + (v.asJsonObject().get("services") instanceof JsonArray s ? s.size() : 0))
            .sum();
    if (records > MAX_RECORDS) {
      problem(
          "file",
          null,
          "hsds.import.tooMany",
          "The package holds " + records + " records; at most " + MAX_RECORDS + " at once.",
          records,
          MAX_RECORDS);
      return result(List.of());
    }
    List<PlannedOrganisation> plan = new ArrayList<>();
    for (int i = 0; i < organisations.size(); i++) {
      String at = "organizations[" + i + "]";
      if (!(organisations.get(i) instanceof JsonObject o)) {
        typeProblem(at, null, "object");
        continue;
      }
      plan.add(organisation(at, o));
    }
    return result(plan);
  }

  private Result result(List<PlannedOrganisation> plan) {
    return new Result(plan, List.copyOf(problems));
  }

  private PlannedOrganisation organisation(String path, JsonObject o) {
    String name = text(o, "name", path, null);
    String record = source(o, path) + (name == null ? "" : " \"" + name + "\"");
    String id = id(o, record, null, "organization");
    required(o, "name", record, null);
    required(o, "description", record, null);
    Map<String, String> identifiers = new HashMap<>();
    List<JsonObject> ids = objects(o, "organization_identifiers", record, null);
    for (int i = 0; i < ids.size(); i++) {
      String f = "organization_identifiers[" + i + "]";
      id(ids.get(i), record, f, "organization_identifier");
      String scheme = text(ids.get(i), "identifier_scheme", record, f);
      String type = text(ids.get(i), "identifier_type", record, f);
      String value = text(ids.get(i), "identifier", record, f);
      required(ids.get(i), "identifier", record, f);
      String kind = identifierKind(scheme, type);
      if (kind != null && value != null) {
        identifiers.put(kind, value);
      }
    }
    String phone = null;
    List<JsonObject> phones = objects(o, "phones", record, null);
    for (int i = 0; i < phones.size(); i++) {
      id(phones.get(i), record, "phones[" + i + "]", "phone");
      String number = text(phones.get(i), "number", record, "phones[" + i + "]");
      required(phones.get(i), "number", record, "phones[" + i + "]");
      phone = phone == null ? number : phone;
    }
    Map<String, String> portal = portalAttributes(o, record, null);
    OrganisationType type = organisationType(portal.get(Hsds.ORGANISATION_TYPE), identifiers);
    if (type == null) {
      problem(
          record,
          "attributes",
          "hsds.import.organisationType",
          "\"" + portal.get(Hsds.ORGANISATION_TYPE) + "\" is no organisation type of the portal.",
          portal.get(Hsds.ORGANISATION_TYPE));
      type = OrganisationType.OTHER;
    }
    OrganisationDraft draft =
        new OrganisationDraft(
            type,
            name,
            identifiers.get("BRIN"),
            identifiers.get("CBS"),
            identifiers.get("KVK"),
            text(o, "email", record, null),
            phone,
            text(o, "website", record, null),
            List.of(),
            Set.of(),
            Set.of());
    List<PlannedLocation> own = new ArrayList<>();
    List<JsonObject> locs = objects(o, "locations", record, null);
    for (int i = 0; i < locs.size(); i++) {
      PlannedLocation l = location(locs.get(i), record, "locations[" + i + "]");
      if (l != null && !own.contains(l)) {
        own.add(l);
      }
    }
    List<PlannedService> services = new ArrayList<>();
    List<JsonObject> list = objects(o, "services", record, null);
    for (int i = 0; i < list.size(); i++) {
      services.add(service(path + ".services[" + i + "]", list.get(i), id, own));
    }
    return new PlannedOrganisation(record, draft, own, services);
  }

  private PlannedService service(
      String path, JsonObject s, String organisationId, List<PlannedLocation> own) {
    String name = text(s, "name", path, null);
    String record = source(s, path) + (name == null ? "" : " \"" + name + "\"");
    id(s, record, null, "service");
    required(s, "name", record, null);
    required(s, "status", record, null);
    String owner = text(s, "organization_id", record, null);
    if (owner != null && organisationId != null && !owner.equals(organisationId)) {
      problem(
          record,
          "organization_id",
          "hsds.import.otherOrganisation",
          "The service names organization "
              + owner
              + ", but lies in organization "
              + organisationId,
          owner,
          organisationId);
    }
    ServiceStatus status = null;
    String statusText = text(s, "status", record, null);
    if (statusText != null) {
      for (ServiceStatus st : ServiceStatus.values()) {
        if (st.hsds().equalsIgnoreCase(statusText.trim())) {
          status = st;
        }
      }
      if (status == null) {
        problem(
            record,
            "status",
            "hsds.import.status",
            "\""
                + statusText
                + "\" is no HSDS status (active, inactive, defunct, temporarily closed).",
            statusText);
      }
    }
    Integer min = whole(s, "minimum_age", record);
    Integer max = whole(s, "maximum_age", record);
    Map<String, String> portal = portalAttributes(s, record, null);
    Set<String> terms = terms(s, record);
    Set<String> areas = new LinkedHashSet<>();
    List<JsonObject> serviceAreas = objects(s, "service_areas", record, null);
    for (int i = 0; i < serviceAreas.size(); i++) {
      String f = "service_areas[" + i + "]";
      JsonObject a = serviceAreas.get(i);
      id(a, record, f, "service_area");
      String extent = text(a, "extent", record, f);
      String extentType = text(a, "extent_type", record, f);
      String areaName = text(a, "name", record, f);
      String given = Hsds.CBS_EXTENT.equals(extentType) && extent != null ? extent : areaName;
      Optional<String> code = given == null ? Optional.empty() : region.municipality(given);
      if (code.isPresent()) {
        areas.add(code.get());
      } else {
        problem(
            record,
            f + (Hsds.CBS_EXTENT.equals(extentType) ? ".extent" : ".name"),
            "hsds.import.unknownMunicipality",
            "The service area \""
                + given
                + "\" is no Dutch municipality; give its CBS code as extent, with extent_type "
                + Hsds.CBS_EXTENT
                + ".",
            given == null ? "" : given);
      }
    }
    Set<String> languages = new LinkedHashSet<>();
    List<JsonObject> langs = objects(s, "languages", record, null);
    for (int i = 0; i < langs.size(); i++) {
      String f = "languages[" + i + "]";
      id(langs.get(i), record, f, "language");
      String code = text(langs.get(i), "code", record, f);
      if (code == null) {
        problem(record, f + ".code", "hsds.import.required", f + ".code is required.", "code");
      } else {
        languages.add(code.trim().toLowerCase(Locale.ROOT));
      }
    }
    List<ServiceDraft.PhoneDraft> phones = new ArrayList<>();
    List<JsonObject> ph = objects(s, "phones", record, null);
    for (int i = 0; i < ph.size(); i++) {
      String f = "phones[" + i + "]";
      id(ph.get(i), record, f, "phone");
      required(ph.get(i), "number", record, f);
      phones.add(
          new ServiceDraft.PhoneDraft(
              null,
              text(ph.get(i), "number", record, f),
              phoneKind(text(ph.get(i), "type", record, f)),
              text(ph.get(i), "description", record, f),
              internal(ph.get(i), record, f)));
    }
    List<ServiceDraft.ContactDraft> contacts = new ArrayList<>();
    List<JsonObject> cs = objects(s, "contacts", record, null);
    for (int i = 0; i < cs.size(); i++) {
      String f = "contacts[" + i + "]";
      id(cs.get(i), record, f, "contact");
      List<JsonObject> cp = objects(cs.get(i), "phones", record, f);
      String number = null;
      for (int j = 0; j < cp.size(); j++) {
        id(cp.get(j), record, f + ".phones[" + j + "]", "phone");
        String n = text(cp.get(j), "number", record, f + ".phones[" + j + "]");
        number = number == null ? n : number;
      }
      contacts.add(
          new ServiceDraft.ContactDraft(
              null,
              text(cs.get(i), "name", record, f),
              text(cs.get(i), "title", record, f),
              text(cs.get(i), "email", record, f),
              number,
              internal(cs.get(i), record, f)));
    }
    List<ServiceDraft.ScheduleDraft> schedules = new ArrayList<>();
    List<JsonObject> sch = objects(s, "schedules", record, null);
    for (int i = 0; i < sch.size(); i++) {
      schedules.addAll(schedule(sch.get(i), record, "schedules[" + i + "]"));
    }
    List<String> at = new ArrayList<>();
    List<JsonObject> sal = objects(s, "service_at_locations", record, null);
    for (int i = 0; i < sal.size(); i++) {
      String f = "service_at_locations[" + i + "]";
      id(sal.get(i), record, f, "service_at_location");
      String locationId = text(sal.get(i), "location_id", record, f);
      PlannedLocation l = null;
      if (sal.get(i).get("location") instanceof JsonObject lo) {
        l = location(lo, record, f + ".location");
      } else if (locationId != null) {
        l = locations.get(locationId);
      }
      if (l == null) {
        problem(
            record,
            f + ".location_id",
            "hsds.import.unknownLocation",
            "The location " + locationId + " is not in the package.",
            String.valueOf(locationId));
        continue;
      }
      if (!own.contains(l)) {
        own.add(l);
      }
      at.add(l.hsdsId());
    }
    boolean free = false;
    List<JsonObject> costs = objects(s, "cost_options", record, null);
    for (int i = 0; i < costs.size(); i++) {
      id(costs.get(i), record, "cost_options[" + i + "]", "cost_option");
      if (costs.get(i).get("amount") instanceof JsonNumber n && n.bigDecimalValue().signum() == 0) {
        free = true;
      }
    }
    AgeGroup group = ageGroup(portal.get(Hsds.AGE_GROUP), min, max, record);
    Integer waiting =
        waitingWeeks(portal.get(Hsds.WAITING_WEEKS), text(s, "wait_time", record, null));
    ServiceDraft draft =
        new ServiceDraft(
            null,
            name,
            text(s, "alternate_name", record, null),
            text(s, "description", record, null),
            text(s, "url", record, null),
            text(s, "email", record, null),
            portal.get(Hsds.CHAT_URL),
            status,
            group,
            min,
            max,
            text(s, "eligibility_description", record, null),
            Boolean.parseBoolean(portal.get(Hsds.ACCEPTS_REFERRALS)),
            waiting,
            free,
            text(s, "fees_description", record, null),
            terms,
            areas,
            languages,
            phones,
            contacts,
            schedules,
            List.of());
    return new PlannedService(record, draft, at);
  }

  private Set<String> terms(JsonObject s, String record) {
    Set<String> codes = new LinkedHashSet<>();
    List<JsonObject> attributes = objects(s, "attributes", record, null);
    for (int i = 0; i < attributes.size(); i++) {
      JsonObject a = attributes.get(i);
      String f = "attributes[" + i + "]";
      String termId = text(a, "taxonomy_term_id", record, f);
      if (termId == null) {
        continue; // the portal's own attributes, or another kind
      }
      Optional<String> code = region.termById(termId);
      if (code.isEmpty() && a.get("taxonomy_term") instanceof JsonObject t) {
        String c = text(t, "code", record, f + ".taxonomy_term");
        code = c != null && region.termCode(c) ? Optional.of(c) : Optional.empty();
      }
      if (code.isPresent()) {
        codes.add(code.get());
      } else {
        boolean line = a.containsKey(HsdsTabular.SOURCE);
        problem(
            line ? source(a, record) : record,
            line ? "taxonomy_term_id" : f + ".taxonomy_term_id",
            "hsds.import.unknownTerm",
            "The taxonomy term " + termId + " is not in the region's taxonomy.",
            termId);
      }
    }
    return codes;
  }

  /** The attributes of the portal's own fields ({@code regioportaal:...}), by link type. */
  private Map<String, String> portalAttributes(JsonObject o, String record, String field) {
    Map<String, String> out = new HashMap<>();
    String prefix = field == null ? "" : field + ".";
    List<JsonObject> attributes = objects(o, "attributes", record, field);
    for (int i = 0; i < attributes.size(); i++) {
      JsonObject a = attributes.get(i);
      String f = prefix + "attributes[" + i + "]";
      id(a, record, f, "attribute");
      String type = text(a, "link_type", record, f);
      if (type != null && type.startsWith(Hsds.PREFIX)) {
        out.put(type, text(a, "value", record, f));
      }
    }
    return out;
  }

  private boolean internal(JsonObject o, String record, String field) {
    return "true".equalsIgnoreCase(portalAttributes(o, record, field).get(Hsds.INTERNAL));
  }

  private PlannedLocation location(JsonObject l, String record, String field) {
    String id = text(l, "id", record, field);
    if (id != null && locations.containsKey(id)) {
      return locations.get(id); // the same location, named again
    }
    id = id(l, record, field, "location");
    required(l, "location_type", record, field);
    String name = text(l, "name", record, field);
    String street = null;
    String postal = null;
    String city = null;
    List<JsonObject> addresses = objects(l, "addresses", record, field);
    for (int i = 0; i < addresses.size(); i++) {
      String f = field + ".addresses[" + i + "]";
      id(addresses.get(i), record, f, "address");
      if (i == 0) {
        street = text(addresses.get(i), "address_1", record, f);
        postal = text(addresses.get(i), "postal_code", record, f);
        city = text(addresses.get(i), "city", record, f);
      }
    }
    String municipality = null;
    String ext = text(l, "external_identifier", record, field);
    if (ext != null && Hsds.CBS_EXTENT.equals(text(l, "external_identifier_type", record, field))) {
      municipality = region.municipality(ext).orElse(null);
      if (municipality == null) {
        problem(
            record,
            field + ".external_identifier",
            "hsds.import.unknownMunicipality",
            "The location's municipality \"" + ext + "\" is no Dutch municipality.",
            ext);
      }
    }
    if (name == null) {
      problem(
          record, field + ".name", "hsds.import.required", field + ".name is required.", "name");
    }
    if (city == null) {
      problem(
          record,
          field + ".addresses[0].city",
          "hsds.import.locationCity",
          "A location needs an address with its city.");
    }
    if (id == null) {
      return null;
    }
    PlannedLocation planned =
        new PlannedLocation(record, id, name, street, postal, city, municipality);
    locations.put(id, planned);
    return planned;
  }

  private List<ServiceDraft.ScheduleDraft> schedule(JsonObject o, String record, String field) {
    String id = id(o, record, field, "schedule");
    String freq = text(o, "freq", record, field);
    String byday = text(o, "byday", record, field);
    String opens = text(o, "opens_at", record, field);
    String closes = text(o, "closes_at", record, field);
    if ((freq != null && !"WEEKLY".equalsIgnoreCase(freq))
        || byday == null
        || opens == null
        || closes == null) {
      problem(
          record,
          field,
          "hsds.import.schedule",
          "The portal reads weekly hours: freq WEEKLY, byday, opens_at and closes_at.");
      return List.of();
    }
    Matcher from = TIME.matcher(opens.trim());
    Matcher to = TIME.matcher(closes.trim());
    if (!from.matches() || !to.matches()) {
      problem(
          record,
          field + (from.matches() ? ".closes_at" : ".opens_at"),
          "hsds.import.time",
          "A time is written as 09:00.");
      return List.of();
    }
    ScheduleLine.Kind kind =
        Hsds.WALK_IN.equalsIgnoreCase(String.valueOf(text(o, "attending_type", record, field)))
            ? ScheduleLine.Kind.WALK_IN
            : ScheduleLine.Kind.OPEN;
    List<ServiceDraft.ScheduleDraft> out = new ArrayList<>();
    for (String d : byday.split(",")) {
      ScheduleLine.Day day;
      try {
        day = ScheduleLine.Day.valueOf(d.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problem(
            record,
            field + ".byday",
            "hsds.import.day",
            "\"" + d.trim() + "\" is no day (MO, TU, WE, TH, FR, SA, SU).",
            d.trim());
        continue;
      }
      out.add(
          new ServiceDraft.ScheduleDraft(
              null, kind, day, from.group(1), to.group(1), text(o, "description", record, field)));
    }
    return id == null ? List.of() : out;
  }

  private AgeGroup ageGroup(String given, Integer min, Integer max, String record) {
    if (given != null) {
      try {
        return AgeGroup.valueOf(given.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problem(
            record,
            "attributes",
            "hsds.import.ageGroup",
            "\"" + given + "\" is no age group (YOUTH, ADULT, ALL).",
            given);
        return AgeGroup.ALL;
      }
    }
    if (max != null && max < AgeGroup.BOUNDARY) {
      return AgeGroup.YOUTH;
    }
    if (min != null && min >= AgeGroup.BOUNDARY) {
      return AgeGroup.ADULT;
    }
    return AgeGroup.ALL;
  }

  private static Integer waitingWeeks(String given, String waitTime) {
    String v = given != null ? given : waitTime;
    if (v == null) {
      return null;
    }
    if (v.trim().matches("\\d{1,3}")) {
      return Integer.valueOf(v.trim());
    }
    Matcher m = WEEKS.matcher(v.trim());
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  private static Phone.Kind phoneKind(String type) {
    if (type == null) {
      return Phone.Kind.VOICE;
    }
    return switch (type.trim().toLowerCase(Locale.ROOT)) {
      case "text", "textphone", "sms" -> Phone.Kind.TEXT;
      case "fax" -> Phone.Kind.FAX;
      default -> Phone.Kind.VOICE;
    };
  }

  private static String identifierKind(String scheme, String type) {
    String s = (scheme == null ? "" : scheme) + " " + (type == null ? "" : type);
    s = s.toUpperCase(Locale.ROOT);
    if (s.contains("KVK") || s.contains("NL-COC")) {
      return "KVK";
    }
    if (s.contains("BRIN")) {
      return "BRIN";
    }
    if (s.contains("CBS")) {
      return "CBS";
    }
    return null;
  }

  private static OrganisationType organisationType(String given, Map<String, String> ids) {
    if (given != null) {
      try {
        return OrganisationType.valueOf(given.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (ids.containsKey("BRIN")) {
      return OrganisationType.SCHOOL;
    }
    if (ids.containsKey("CBS")) {
      return OrganisationType.MUNICIPALITY;
    }
    return ids.containsKey("KVK") ? OrganisationType.CARE_PARTNER : OrganisationType.OTHER;
  }

  // ---- fields

  /** The record's id: required, a UUID, and not used by another record. */
  private String id(JsonObject o, String record, String field, String kind) {
    if (field != null && o.containsKey(HsdsTabular.SOURCE)) {
      record = source(o, record); // a row of its own file: its line, its field
      field = null;
    }
    String f = field == null ? "id" : field + ".id";
    JsonValue v = o.get("id");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      problem(record, f, "hsds.import.required", f + " is required.", f);
      return null;
    }
    if (!(v instanceof JsonString s)) {
      typeProblem(record, f, "text");
      return null;
    }
    String id = s.getString().trim();
    try {
      UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      problem(record, f, "hsds.import.uuid", "\"" + id + "\" is not a UUID.", id);
      return null;
    }
    String[] before = seen.putIfAbsent(id, new String[] {kind, record + ", " + f});
    if (before != null) {
      problem(
          record,
          f,
          "hsds.import.duplicateId",
          "The id " + id + " is used twice (also at " + before[1] + ").",
          id,
          before[1]);
    }
    return id;
  }

  /** Where an object came from: its file and line (the tabular set), else its path. */
  private static String source(JsonObject o, String path) {
    return o.get(HsdsTabular.SOURCE) instanceof JsonString s ? s.getString() : path;
  }

  private void required(JsonObject o, String name, String record, String field) {
    if (field != null && o.containsKey(HsdsTabular.SOURCE)) {
      record = source(o, record);
      field = null;
    }
    JsonValue v = o.get(name);
    boolean empty =
        v == null
            || v.getValueType() == JsonValue.ValueType.NULL
            || (v instanceof JsonString s && s.getString().isBlank());
    if (empty) {
      String f = field == null ? name : field + "." + name;
      problem(record, f, "hsds.import.required", f + " is required.", f);
    }
  }

  private String text(JsonObject o, String name, String record, String field) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString().isBlank() ? null : s.getString().strip();
    }
    typeProblem(record, field == null ? name : field + "." + name, "text");
    return null;
  }

  private Integer whole(JsonObject o, String name, String record) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        // too large: below
      }
    }
    typeProblem(record, name, "number");
    return null;
  }

  private List<JsonObject> objects(JsonObject o, String name, String record, String field) {
    JsonValue v = o.get(name);
    String f = field == null ? name : field + "." + name;
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray a)) {
      typeProblem(record, f, "list");
      return List.of();
    }
    List<JsonObject> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) instanceof JsonObject x) {
        out.add(x);
      } else {
        typeProblem(record, f + "[" + i + "]", "object");
      }
    }
    return out;
  }

  /** {@code kind}: text, number, list or object. */
  private void typeProblem(String record, String field, String kind) {
    String english =
        switch (kind) {
          case "number" -> "a whole number";
          case "list" -> "a list";
          case "object" -> "an object";
          default -> "text";
        };
    problem(
        record,
        field,
        "hsds.import.type." + kind,
        (field == null ? "The record" : field) + " must be " + english + ".",
        field == null ? "" : field);
  }

  private void problem(String record, String field, String key, String english, Object... args) {
    problems.add(ImportProblem.at(record, field, key, english, args));
  }
}
