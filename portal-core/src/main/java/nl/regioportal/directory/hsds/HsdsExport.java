package nl.regioportal.directory.hsds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.regioportal.directory.application.DirectorySearch;
import nl.regioportal.directory.application.DirectoryTerms;
import nl.regioportal.directory.domain.Contact;
import nl.regioportal.directory.domain.DirectoryLocation;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.Phone;
import nl.regioportal.directory.domain.ScheduleLine;
import nl.regioportal.directory.domain.ServiceChange;
import nl.regioportal.directory.domain.ServiceEntry;
import nl.regioportal.directory.domain.ServiceLocationLink;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The active region's directory as HSDS 3.0 open data: what each endpoint of the HSDS OpenAPI
 * definition answers. Published are the services (and locations) of the region's active
 * organisations, readable by anyone; phones and contacts an organisation marked internal, and each
 * service's change history (HSDS metadata), only for members of the region. An id of another region
 * is not found. Read-only: one read transaction per call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class HsdsExport {

  /** The most results on one page; the default is {@value #DEFAULT_PER_PAGE}. */
  public static final int MAX_PER_PAGE = 500;

  public static final int DEFAULT_PER_PAGE = 50;

  /** The most services a {@code search} considers (the best matches first). */
  static final int MAX_SEARCH_HITS = 10_000;

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;
  @Inject RegionAccess access;
  @Inject DirectoryTerms terms;
  @Inject RegionDirectory regions;
  @Inject DirectorySearch search;

  /** Which shape a list of services takes. */
  public enum Shape {
    /** Only what identifies a service and when it changed (plus the schema's required fields). */
    MINIMAL,
    /** The service's own fields and its organisation (HSDS service_list). */
    LIST,
    /** Fully nested (HSDS compiled service). */
    FULL
  }

  /** A page of a list; page 1 is the first. */
  public record Paging(int page, int perPage) {
    public static Paging of(Integer page, Integer perPage) {
      int p = page == null ? 1 : page;
      int n = perPage == null ? DEFAULT_PER_PAGE : perPage;
      List<Violation> v = new ArrayList<>();
      if (p < 1) {
        v.add(Violation.of("page", "hsds.page.invalid"));
      }
      if (n < 1 || n > MAX_PER_PAGE) {
        v.add(Violation.of("per_page", "hsds.perPage.invalid", MAX_PER_PAGE));
      }
      if (!v.isEmpty()) {
        throw new InvalidInputException(v);
      }
      return new Paging(p, n);
    }

    /** Everything at once (the ndjson format). */
    public static Paging everything() {
      return new Paging(1, Integer.MAX_VALUE);
    }

    int first() {
      return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * perPage);
    }
  }

  /** The filters of {@code /services} and {@code /service_at_locations}; each may be null. */
  public record ServiceFilter(
      String search,
      String taxonomyTermId,
      String taxonomyId,
      String organizationId,
      LocalDateTime modifiedAfter) {
    public static ServiceFilter none() {
      return new ServiceFilter(null, null, null, null, null);
    }
  }

  /** {@code GET /}: the version and profile of this API. */
  public JsonObject root(String openApiUrl) {
    tenant.require();
    return JsonOut.object()
        .put("version", Hsds.VERSION)
        .put("profile", Hsds.PROFILE)
        .put("openapi_url", openApiUrl)
        .build();
  }

  /** {@code GET /services}. */
  public JsonObject services(ServiceFilter filter, Paging paging, Shape shape) {
    Context c = context();
    Found<ServiceEntry> found = services(c, filter, paging);
    List<JsonObject> items = new ArrayList<>();
    for (ServiceEntry s : found.items()) {
      items.add(
          switch (shape) {
            case MINIMAL -> minimal(s);
            case LIST -> service(c, s, false);
            case FULL -> service(c, s, true);
          });
    }
    return page(found, paging, items);
  }

  /** {@code GET /services/{id}}: fully nested. */
  public JsonObject service(String id) {
    Context c = context();
    return service(c, serviceByPublicId(c, id), true);
  }

  /** {@code GET /organizations}. */
  public JsonObject organizations(String text, boolean full, boolean fullService, Paging paging) {
    Context c = context();
    List<Organisation> all =
        c.organisations().values().stream()
            .filter(o -> matches(text, o.name()))
            .sorted(Comparator.comparing(Organisation::name).thenComparing(Organisation::id))
            .toList();
    Found<Organisation> found = slice(all, paging);
    List<JsonObject> items = new ArrayList<>();
    for (Organisation o : found.items()) {
      items.add(organisation(c, o, full || fullService, fullService));
    }
    return page(found, paging, items);
  }

  /** {@code GET /organizations/{id}}: with its locations and services (fully nested on request). */
  public JsonObject organization(String id, boolean fullService) {
    Context c = context();
    Organisation o =
        c.organisations().values().stream()
            .filter(x -> c.organisationId(x).equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("organization", id));
    return organisation(c, o, true, fullService);
  }

  /** {@code GET /taxonomies}. */
  public JsonObject taxonomies(String text, Paging paging) {
    tenant.require();
    List<JsonObject> all = new ArrayList<>();
    for (Taxonomy t : Taxonomy.values()) {
      if (matches(text, Hsds.taxonomyName(t))) {
        all.add(taxonomy(t));
      }
    }
    Found<JsonObject> found = slice(all, paging);
    return page(found, paging, found.items());
  }

  /** {@code GET /taxonomies/{id}}. */
  public JsonObject taxonomy(String id) {
    tenant.require();
    for (Taxonomy t : Taxonomy.values()) {
      if (Hsds.taxonomyId(t).equals(id)) {
        return taxonomy(t);
      }
    }
    throw new NotFoundException("taxonomy", id);
  }

  /** {@code GET /taxonomy_terms}: the shared terms and the region's own. */
  public JsonObject taxonomyTerms(
      String text, String taxonomyId, boolean topOnly, String parentId, Paging paging) {
    Context c = context();
    Map<String, DirectoryTerm> byId = new HashMap<>();
    c.vocabulary().byCode().values().forEach(t -> byId.put(t.id(), t));
    String parentCode = parentId == null ? null : codeOf(byId, parentId);
    List<DirectoryTerm> all =
        c.vocabulary().byCode().values().stream()
            .filter(t -> taxonomyId == null || Hsds.taxonomyId(t.taxonomy()).equals(taxonomyId))
            .filter(t -> !topOnly || t.parentCode() == null)
            .filter(t -> parentId == null || Objects.equals(t.parentCode(), parentCode))
            .filter(t -> matches(text, t.nameNl() + " " + t.nameEn() + " " + t.aliases()))
            .sorted(
                Comparator.comparing(DirectoryTerm::taxonomy)
                    .thenComparing(DirectoryTerm::sortOrder)
                    .thenComparing(DirectoryTerm::code))
            .toList();
    Found<DirectoryTerm> found = slice(all, paging);
    List<JsonObject> items = found.items().stream().map(t -> term(c, t)).toList();
    return page(found, paging, items);
  }

  /** {@code GET /taxonomy_terms/{id}}. */
  public JsonObject taxonomyTerm(String id) {
    Context c = context();
    return c.vocabulary().byCode().values().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .map(t -> term(c, t))
        .orElseThrow(() -> new NotFoundException("taxonomy_term", id));
  }

  /** {@code GET /service_at_locations}. */
  public JsonObject serviceAtLocations(ServiceFilter filter, boolean full, Paging paging) {
    Context c = context();
    List<ServiceEntry> services = services(c, filter, Paging.everything()).items();
    List<ServiceAt> all = new ArrayList<>();
    for (ServiceEntry s : services) {
      for (ServiceLocationLink l : s.locations()) {
        DirectoryLocation at = c.location(l.locationId());
        if (at != null) {
          all.add(new ServiceAt(s, l, at));
        }
      }
    }
    Found<ServiceAt> found = slice(all, paging);
    List<JsonObject> items = new ArrayList<>();
    for (ServiceAt sa : found.items()) {
      items.add(serviceAt(c, sa, full));
    }
    return page(found, paging, items);
  }

  /** {@code GET /service_at_locations/{id}}. */
  public JsonObject serviceAtLocation(String id) {
    Context c = context();
    for (ServiceEntry s : services(c, ServiceFilter.none(), Paging.everything()).items()) {
      for (ServiceLocationLink l : s.locations()) {
        DirectoryLocation at = c.location(l.locationId());
        if (l.publicId().equals(id) && at != null) {
          return serviceAt(c, new ServiceAt(s, l, at), true);
        }
      }
    }
    throw new NotFoundException("service_at_location", id);
  }

  /**
   * The whole published directory of the region as an HSDS organization package: every active
   * organisation with its locations and its fully nested services (what {@link HsdsImport} reads).
   */
  public JsonArray organisationPackage() {
    Context c = context();
    List<JsonObject> all = new ArrayList<>();
    c.organisations().values().stream()
        .sorted(Comparator.comparing(Organisation::name).thenComparing(Organisation::id))
        .forEach(o -> all.add(organisation(c, o, true, true)));
    return JsonOut.arrayOf(all);
  }

  // ---- reading

  /** What one call reads once: the organisations, the terms, the members' view. */
  private final class Context {
    final String region = tenant.require().value();
    final boolean internal = access.isMember();
    private Map<Long, Organisation> organisations;
    private DirectoryTerms.Vocabulary vocabulary;
    private final Map<Long, DirectoryLocation> locations = new LinkedHashMap<>();
    private final Map<Long, List<ServiceEntry>> servicesOf = new HashMap<>();

    Map<Long, Organisation> organisations() {
      if (organisations == null) {
        organisations = new LinkedHashMap<>();
        for (Organisation o :
            tenantEm
                .em()
                .createQuery(
                    "select o from Organisation o where o.active = true order by o.id",
                    Organisation.class)
                .getResultList()) {
          organisations.put(o.id(), o);
        }
      }
      return organisations;
    }

    String organisationId(Organisation o) {
      return Hsds.organisationId(region, o.id());
    }

    DirectoryTerms.Vocabulary vocabulary() {
      if (vocabulary == null) {
        vocabulary = terms.of(region);
      }
      return vocabulary;
    }

    /** The region's locations, read once per call (by id). */
    private Map<Long, DirectoryLocation> locations() {
      if (locations.isEmpty()) {
        for (DirectoryLocation l :
            tenantEm
                .em()
                .createQuery(
                    "select l from DirectoryLocation l order by l.name, l.id",
                    DirectoryLocation.class)
                .getResultList()) {
          locations.put(l.id(), l);
        }
        locations.put(-1L, null); // read, even when the region has none
      }
      return locations;
    }

    DirectoryLocation location(long id) {
      return locations().get(id); // null when gone
    }

    List<DirectoryLocation> locationsOf(Organisation o) {
      return locations().values().stream()
          .filter(l -> l != null && l.organisationId() == o.id())
          .toList();
    }

    /** An organisation's services; all of the region's are read at the first ask. */
    List<ServiceEntry> servicesOf(Organisation o) {
      if (servicesOf.isEmpty()) {
        for (ServiceEntry s :
            tenantEm
                .em()
                .createQuery(
                    "select s from ServiceEntry s order by s.name, s.id", ServiceEntry.class)
                .getResultList()) {
          servicesOf.computeIfAbsent(s.organisationId(), k -> new ArrayList<>()).add(s);
        }
        servicesOf.put(-1L, List.of()); // read, even when the region has none
      }
      return servicesOf.getOrDefault(o.id(), List.of());
    }
  }

  private Context context() {
    return new Context();
  }

  private record Found<T>(List<T> items, long total) {}

  private record ServiceAt(ServiceEntry service, ServiceLocationLink link, DirectoryLocation at) {}

  private Found<ServiceEntry> services(Context c, ServiceFilter f, Paging paging) {
    List<Long> organisations = new ArrayList<>(c.organisations().keySet());
    if (f.organizationId() != null) {
      organisations =
          c.organisations().values().stream()
              .filter(o -> c.organisationId(o).equals(f.organizationId()))
              .map(Organisation::id)
              .toList();
    }
    List<String> codes = null;
    if (f.taxonomyTermId() != null) {
      codes =
          c.vocabulary().byCode().values().stream()
              .filter(t -> t.id().equals(f.taxonomyTermId()))
              .map(DirectoryTerm::code)
              .toList();
    }
    if (f.taxonomyId() != null) {
      List<String> ofTaxonomy =
          c.vocabulary().byCode().values().stream()
              .filter(t -> Hsds.taxonomyId(t.taxonomy()).equals(f.taxonomyId()))
              .map(DirectoryTerm::code)
              .toList();
      codes = codes == null ? ofTaxonomy : codes.stream().filter(ofTaxonomy::contains).toList();
    }
    List<Long> matching = null;
    if (f.search() != null && !f.search().isBlank()) {
      matching = search.matching(f.search(), MAX_SEARCH_HITS);
    }
    if (organisations.isEmpty()
        || (codes != null && codes.isEmpty())
        || (matching != null && matching.isEmpty())) {
      return new Found<>(List.of(), 0);
    }
    StringBuilder where = new StringBuilder(" where s.organisationId in :orgs");
    if (codes != null) {
      where.append(
          " and s.id in (select x.id from ServiceEntry x join x.terms t where t in :codes)");
    }
    if (matching != null) {
      where.append(" and s.id in :ids");
    }
    if (f.modifiedAfter() != null) {
      where.append(" and s.updatedAt >= :after");
    }
    TypedQuery<Long> count =
        tenantEm.em().createQuery("select count(s) from ServiceEntry s" + where, Long.class);
    TypedQuery<ServiceEntry> list =
        tenantEm
            .em()
            .createQuery(
                "select s from ServiceEntry s" + where + " order by s.name, s.id",
                ServiceEntry.class);
    for (TypedQuery<?> q : List.of(count, list)) {
      q.setParameter("orgs", organisations);
      if (codes != null) {
        q.setParameter("codes", codes);
      }
      if (matching != null) {
        q.setParameter("ids", matching);
      }
      if (f.modifiedAfter() != null) {
        q.setParameter("after", f.modifiedAfter());
      }
    }
    long total = count.getSingleResult();
    List<ServiceEntry> items =
        list.setFirstResult(paging.first()).setMaxResults(paging.perPage()).getResultList();
    return new Found<>(items, total);
  }

  private ServiceEntry serviceByPublicId(Context c, String id) {
    List<ServiceEntry> found =
        tenantEm
            .em()
            .createQuery("select s from ServiceEntry s where s.publicId = :id", ServiceEntry.class)
            .setParameter("id", id)
            .getResultList();
    return found.stream()
        .filter(s -> c.organisations().containsKey(s.organisationId()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("service", id));
  }

  private static String codeOf(Map<String, DirectoryTerm> byId, String id) {
    DirectoryTerm t = byId.get(id);
    return t == null ? "\u0000none" : t.code();
  }

  private static boolean matches(String text, String value) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
    for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!v.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static <T> Found<T> slice(List<T> all, Paging paging) {
    int from = Math.min(all.size(), paging.first());
    int to = (int) Math.min(all.size(), (long) from + paging.perPage());
    return new Found<>(all.subList(from, to), all.size());
  }

  /** The HSDS page object around a list. */
  private static JsonObject page(Found<?> found, Paging paging, List<JsonObject> items) {
    int pages =
        paging.perPage() == Integer.MAX_VALUE
            ? (found.total() == 0 ? 0 : 1)
            : (int) ((found.total() + paging.perPage() - 1) / paging.perPage());
    return JsonOut.object()
        .put("total_items", (int) found.total())
        .put("total_pages", pages)
        .put("page_number", paging.page())
        .put("size", items.size())
        .put("first_page", paging.page() == 1)
        .put("last_page", paging.page() >= pages)
        .put("empty", items.isEmpty())
        .array("contents", items)
        .build();
  }

  // ---- writing

  private static JsonObject minimal(ServiceEntry s) {
    return JsonOut.object()
        .put("id", s.publicId())
        .put("name", s.name())
        .put("status", s.status().hsds())
        .put("last_modified", Hsds.instant(s.updatedAt()))
        .build();
  }

  private JsonObject service(Context c, ServiceEntry s, boolean full) {
    Organisation o = c.organisations().get(s.organisationId());
    JsonOut out =
        JsonOut.object()
            .put("id", s.publicId())
            .put("organization_id", c.organisationId(o))
            .put("name", s.name())
            .put("alternate_name", s.alternateName())
            .put("description", s.description())
            .put("url", s.url())
            .put("email", s.email())
            .put("status", s.status().hsds())
            .put("eligibility_description", s.eligibility())
            .put("minimum_age", s.minAge())
            .put("maximum_age", s.maxAge())
            .put("wait_time", s.waitingWeeks() == null ? null : s.waitingWeeks() + " weken")
            .put("fees_description", s.costDescription())
            .put(
                "assured_date",
                s.verifiedAt() == null ? null : s.verifiedAt().toLocalDate().toString())
            .put("last_modified", Hsds.instant(s.updatedAt()))
            .put("organization", organisationSummary(c, o));
    if (!full) {
      return out.build();
    }
    String sid = s.publicId();
    List<JsonObject> phones = new ArrayList<>();
    for (Phone p : s.phones()) {
      if (c.internal || !p.internal()) {
        phones.add(phone(sid, p));
      }
    }
    List<JsonObject> contacts = new ArrayList<>();
    for (Contact k : s.contacts()) {
      if (c.internal || !k.internal()) {
        contacts.add(contact(sid, k));
      }
    }
    List<JsonObject> schedules = new ArrayList<>();
    for (ScheduleLine l : s.schedules()) {
      schedules.add(schedule(sid, l));
    }
    List<JsonObject> areas = new ArrayList<>();
    for (String code : s.municipalities()) {
      areas.add(
          JsonOut.object()
              .put("id", Hsds.idOf("service_area", sid, code))
              .put("service_id", sid)
              .put("name", municipalityName(code))
              .put("extent", code)
              .put("extent_type", Hsds.CBS_EXTENT)
              .build());
    }
    List<JsonObject> languages = new ArrayList<>();
    for (String code : s.languages()) {
      languages.add(
          JsonOut.object()
              .put("id", Hsds.idOf("language", sid, code))
              .put("service_id", sid)
              .put("name", new Locale(code).getDisplayLanguage(new Locale("nl")))
              .put("code", code)
              .build());
    }
    List<JsonObject> at = new ArrayList<>();
    for (ServiceLocationLink l : s.locations()) {
      DirectoryLocation loc = c.location(l.locationId());
      if (loc != null) {
        at.add(
            JsonOut.object()
                .put("id", l.publicId())
                .put("service_id", sid)
                .put("location_id", loc.publicId())
                .put("location", location(c, loc))
                .build());
      }
    }
    List<JsonObject> costs = new ArrayList<>();
    if (s.costFree()) {
      costs.add(
          JsonOut.object()
              .put("id", Hsds.idOf("cost_option", sid, "free"))
              .put("service_id", sid)
              .put("option", "Gratis")
              .put("amount", java.math.BigDecimal.ZERO)
              .put("currency", "EUR")
              .build());
    }
    List<JsonObject> attributes = new ArrayList<>();
    for (String code : s.terms()) {
      Optional<DirectoryTerm> t = c.vocabulary().term(code);
      t.ifPresent(
          term ->
              attributes.add(
                  JsonOut.object()
                      .put("id", Hsds.idOf("attribute", sid, code))
                      .put("link_id", sid)
                      .put("link_type", Hsds.TERM_LINK)
                      .put("link_entity", "service")
                      .put("taxonomy_term_id", term.id())
                      .put("taxonomy_term", term(c, term))
                      .build()));
    }
    attributes.add(attribute(sid, "service", Hsds.AGE_GROUP, s.ageGroup().name()));
    attributes.add(
        attribute(sid, "service", Hsds.ACCEPTS_REFERRALS, String.valueOf(s.acceptsReferrals())));
    if (s.waitingWeeks() != null) {
      attributes.add(
          attribute(sid, "service", Hsds.WAITING_WEEKS, String.valueOf(s.waitingWeeks())));
    }
    if (s.chatUrl() != null) {
      attributes.add(attribute(sid, "service", Hsds.CHAT_URL, s.chatUrl()));
    }
    out.array("phones", phones)
        .array("schedules", schedules)
        .array("service_areas", areas)
        .array("service_at_locations", at)
        .array("languages", languages)
        .array("funding", List.of())
        .array("cost_options", costs)
        .array("required_documents", List.of())
        .array("contacts", contacts)
        .array("attributes", attributes);
    List<JsonObject> metadata = new ArrayList<>();
    if (c.internal) { // who changed what is for the region's members, not open data
      for (ServiceChange ch : history(s)) {
        metadata.add(
            JsonOut.object()
                .put("id", Hsds.idOf("metadata", sid, ch.id()))
                .put("resource_id", sid)
                .put("resource_type", "service")
                .put("last_action_date", Hsds.instant(ch.changedAt()))
                .put("last_action_type", ch.oldValue() == null ? "create" : "update")
                .put("field_name", ch.field())
                .always("previous_value", ch.oldValue())
                .always("replacement_value", ch.newValue())
                .put("updated_by", ch.changedBy())
                .build());
      }
    }
    return out.array("metadata", metadata).build();
  }

  private List<ServiceChange> history(ServiceEntry s) {
    return tenantEm
        .em()
        .createQuery(
            "select c from ServiceChange c where c.serviceId = :s order by c.id",
            ServiceChange.class)
        .setParameter("s", s.id())
        .setMaxResults(500)
        .getResultList();
  }

  private static JsonObject attribute(String owner, String entity, String type, String value) {
    return JsonOut.object()
        .put("id", Hsds.idOf("attribute", owner, type))
        .put("link_id", owner)
        .put("link_type", type)
        .put("link_entity", entity)
        .put("value", value)
        .build();
  }

  private static List<JsonObject> internalMark(String owner, String entity, boolean internal) {
    return internal ? List.of(attribute(owner, entity, Hsds.INTERNAL, "true")) : List.of();
  }

  private static JsonObject phone(String serviceId, Phone p) {
    return JsonOut.object()
        .put("id", p.publicId())
        .put("service_id", serviceId)
        .put("number", p.number())
        .put("type", p.kind().name().toLowerCase(Locale.ROOT))
        .put("description", p.description())
        .array("attributes", internalMark(p.publicId(), "phone", p.internal()))
        .build();
  }

  private static JsonObject contact(String serviceId, Contact k) {
    List<JsonObject> phones = new ArrayList<>();
    if (k.phone() != null) {
      phones.add(
          JsonOut.object()
              .put("id", Hsds.idOf("contact_phone", k.publicId(), 0))
              .put("contact_id", k.publicId())
              .put("number", k.phone())
              .put("type", "voice")
              .build());
    }
    return JsonOut.object()
        .put("id", k.publicId())
        .put("service_id", serviceId)
        .put("name", k.name())
        .put("title", k.title())
        .put("email", k.email())
        .array("phones", phones)
        .array("attributes", internalMark(k.publicId(), "contact", k.internal()))
        .build();
  }

  private static JsonObject schedule(String serviceId, ScheduleLine l) {
    return JsonOut.object()
        .put("id", l.publicId())
        .put("service_id", serviceId)
        .put("freq", "WEEKLY")
        .put("wkst", "MO")
        .put("byday", l.day().name())
        .put("opens_at", l.opensAt())
        .put("closes_at", l.closesAt())
        .put("description", l.description())
        .put(
            "attending_type", l.kind() == ScheduleLine.Kind.WALK_IN ? Hsds.WALK_IN : Hsds.IN_PERSON)
        .build();
  }

  private JsonObject location(Context c, DirectoryLocation l) {
    Organisation o = c.organisations().get(l.organisationId());
    List<JsonObject> addresses = new ArrayList<>();
    if (l.city() != null
        && !l.city().isBlank()) { // HSDS requires street and postcode: "" when unknown
      addresses.add(
          JsonOut.object()
              .put("id", Hsds.idOf("address", l.publicId(), 0))
              .put("location_id", l.publicId())
              .always("address_1", l.street())
              .put("city", l.city())
              .put(
                  "region",
                  l.municipalityCode() == null ? null : municipalityName(l.municipalityCode()))
              .always("state_province", "")
              .always("postal_code", l.postalCode())
              .put("country", "NL")
              .put("address_type", "physical")
              .build());
    }
    return JsonOut.object()
        .put("id", l.publicId())
        .put("location_type", "physical")
        .put("organization_id", o == null ? null : c.organisationId(o))
        .put("name", l.name())
        .put("latitude", l.latitude())
        .put("longitude", l.longitude())
        .put("external_identifier", l.municipalityCode())
        .put("external_identifier_type", l.municipalityCode() == null ? null : Hsds.CBS_EXTENT)
        .array("addresses", addresses)
        .build();
  }

  private JsonObject serviceAt(Context c, ServiceAt sa, boolean full) {
    return JsonOut.object()
        .put("id", sa.link().publicId())
        .put("service_id", sa.service().publicId())
        .put("location_id", sa.at().publicId())
        .put("location", location(c, sa.at()))
        .put("service", service(c, sa.service(), full))
        .build();
  }

  private static String description(Organisation o) {
    return switch (o.type()) {
      case SCHOOL -> "Mbo-school";
      case MUNICIPALITY -> "Gemeente";
      case CARE_PARTNER -> "Zorg- en hulppartner";
      case OTHER -> "Organisatie";
    };
  }

  private JsonObject organisationSummary(Context c, Organisation o) {
    return organisationFields(c, o).build();
  }

  private JsonOut organisationFields(Context c, Organisation o) {
    return JsonOut.object()
        .put("id", c.organisationId(o))
        .put("name", o.name())
        .put("description", description(o))
        .put("email", o.email())
        .put("website", o.website());
  }

  private JsonObject organisation(Context c, Organisation o, boolean nested, boolean fullService) {
    JsonOut out = organisationFields(c, o);
    if (!nested) {
      return out.build();
    }
    String oid = c.organisationId(o);
    List<JsonObject> phones = new ArrayList<>();
    if (o.phone() != null) {
      phones.add(
          JsonOut.object()
              .put("id", Hsds.idOf("organisation_phone", oid, 0))
              .put("organization_id", oid)
              .put("number", o.phone())
              .put("type", "voice")
              .build());
    }
    List<JsonObject> identifiers = new ArrayList<>();
    identifier(identifiers, oid, "NL-KVK", "KvK-nummer", o.kvkNumber());
    identifier(identifiers, oid, "NL-BRIN", "BRIN", o.brin());
    identifier(identifiers, oid, "NL-CBS", "CBS-gemeentecode", o.cbsCode());
    List<JsonObject> locations = c.locationsOf(o).stream().map(l -> location(c, l)).toList();
    List<JsonObject> services = new ArrayList<>();
    for (ServiceEntry s : c.servicesOf(o)) {
      services.add(service(c, s, fullService));
    }
    return out.array("phones", phones)
        .array("locations", locations)
        .array("organization_identifiers", identifiers)
        .array(
            "attributes",
            List.of(attribute(oid, "organization", Hsds.ORGANISATION_TYPE, o.type().name())))
        .array("services", services)
        .build();
  }

  private static void identifier(
      List<JsonObject> into, String owner, String scheme, String type, String value) {
    if (value != null) {
      into.add(
          JsonOut.object()
              .put("id", Hsds.idOf("organisation_identifier", owner, scheme))
              .put("organization_id", owner)
              .put("identifier_scheme", scheme)
              .put("identifier_type", type)
              .put("identifier", value)
              .build());
    }
  }

  private JsonObject taxonomy(Taxonomy t) {
    return JsonOut.object()
        .put("id", Hsds.taxonomyId(t))
        .put("name", Hsds.taxonomyName(t))
        .put(
            "description",
            switch (t) {
              case LIFE_DOMAIN -> "De negen levensdomeinen rond het onderwijs (seed 001).";
              case ISSUE -> "Vraagstukken per levensdomein.";
              case ROLE -> "Professionals binnen en buiten de school, met wat zij doen.";
            })
        .put("version", "1")
        .build();
  }

  private JsonObject term(Context c, DirectoryTerm t) {
    DirectoryTerm parent =
        t.parentCode() == null ? null : c.vocabulary().term(t.parentCode()).orElse(null);
    return JsonOut.object()
        .put("id", t.id())
        .put("code", t.code())
        .put("name", t.nameNl())
        .put("description", t.descriptionNl() == null ? t.nameEn() : t.descriptionNl())
        .put("parent_id", parent == null ? null : parent.id())
        .put("taxonomy", Hsds.taxonomyName(t.taxonomy()))
        .put("language", "nl")
        .put("taxonomy_id", Hsds.taxonomyId(t.taxonomy()))
        .build();
  }

  private String municipalityName(String code) {
    if (!MunicipalityCode.isValid(code)) {
      return code;
    }
    return regions.municipality(new MunicipalityCode(code)).map(Municipality::name).orElse(code);
  }
}
