package nl.regioportal.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.regioportal.directory.application.Directory;
import nl.regioportal.directory.application.DirectorySearch;
import nl.regioportal.directory.application.ServiceDetails;
import nl.regioportal.directory.application.ServiceHits;
import nl.regioportal.directory.application.ServiceQuery;
import nl.regioportal.directory.domain.AgeGroup;
import nl.regioportal.directory.domain.Phone;
import nl.regioportal.directory.domain.ScheduleLine;
import nl.regioportal.directory.domain.ServiceDraft;
import nl.regioportal.directory.domain.ServiceStatus;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.api.ApiInput;
import nl.regioportal.web.api.Timestamps;
import nl.regioportal.web.i18n.Texts;

/**
 * The region's directory of services: search with filters and facets, and each service's upkeep.
 * The region in the path was resolved and checked by the tenant filter before this runs.
 *
 * <p>{@code GET
 * /api/v1/regions/{region}/services?q=&domain=&issue=&role=&municipality=GM0606&age=17
 * &language=&acceptsReferrals=true&page=&size=} answers {@code {"items":[...],"total":N,
 * "facets":{"domain":{...},"municipality":{...},...}}}. {@code domain}, {@code issue} and {@code
 * role} may be repeated or comma-separated (any of them matches).
 */
@Path("regions/{region}/services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

  @Inject DirectorySearch search;
  @Inject Directory directory;
  @Inject DirectoryLabels labels;
  @Inject nl.regioportal.directory.hsds.HsdsExport hsdsExport;
  @Inject nl.regioportal.directory.hsds.HsdsImport hsdsImport;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @PathParam("region")
  String region;

  @GET
  public ServiceListDto search(
      @QueryParam("q") String q,
      @QueryParam("domain") List<String> domain,
      @QueryParam("issue") List<String> issue,
      @QueryParam("role") List<String> role,
      @QueryParam("municipality") String municipality,
      @QueryParam("age") String age,
      @QueryParam("language") String language,
      @QueryParam("acceptsReferrals") String acceptsReferrals,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    List<Violation> v = new ArrayList<>();
    Integer ageValue = integer(v, "age", age, null);
    Integer pageValue = integer(v, "page", page, 1);
    Integer sizeValue = integer(v, "size", size, 20);
    Boolean referrals = null;
    if (acceptsReferrals != null && !acceptsReferrals.isBlank()) {
      if (acceptsReferrals.equalsIgnoreCase("true") || acceptsReferrals.equalsIgnoreCase("false")) {
        referrals = Boolean.valueOf(acceptsReferrals.toLowerCase(Locale.ROOT));
      } else {
        v.add(Violation.of("acceptsReferrals", "api.boolean.invalid", acceptsReferrals));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    ServiceHits hits =
        search.search(
            new ServiceQuery(
                q,
                codes(domain),
                codes(issue),
                codes(role),
                blankToNull(municipality),
                ageValue,
                blankToNull(language),
                referrals,
                pageValue,
                sizeValue));
    Locale locale = Texts.preferred(headers.getAcceptableLanguages());
    return new ServiceListDto(
        hits.items().stream().map(h -> hit(h, locale)).toList(),
        hits.total(),
        hits.page(),
        hits.size(),
        hits.facets());
  }

  /**
   * The region's directory as an HSDS 3.0 organization package (every active organisation with its
   * locations and fully nested services; a member's copy includes internal phones and contacts and
   * the change history), as a file to download. The same package is what {@link #importPackage}
   * reads.
   */
  @GET
  @Path("hsds-package")
  public Response exportPackage() {
    return Response.ok(hsdsExport.organisationPackage().toString(), MediaType.APPLICATION_JSON)
        .header(
            "Content-Disposition",
            "attachment; filename=\"regio-" + region + "-sociale-kaart-hsds.json\"")
        .build();
  }

  /**
   * Imports an HSDS 3.0 organization package (coordinators): all or nothing; a rejected package
   * answers 400 with each problem's record and field, and nothing of it is stored.
   */
  @POST
  @Path("hsds-package")
  @Consumes(MediaType.APPLICATION_JSON)
  public nl.regioportal.directory.hsds.HsdsImport.Report importPackage(String body) {
    return hsdsImport.importJson(body);
  }

  /**
   * Imports the HSDS tabular set, a ZIP of the HSDS CSV files (coordinators): all or nothing; a
   * rejected set answers 400 with each problem's file, line and field.
   */
  @POST
  @Path("hsds-tabular")
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  public nl.regioportal.directory.hsds.HsdsImport.Report importTabular(byte[] zip) {
    return hsdsImport.importTabular(zip);
  }

  @GET
  @Path("{id}")
  public ServiceDto get(@PathParam("id") long id) {
    return dto(directory.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ServiceInputDto input) {
    long id = directory.create(draft(input));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(dto(directory.get(id)))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ServiceDto replace(@PathParam("id") long id, ServiceInputDto input) {
    if (input == null || input.version() == null) {
      throw new InvalidInputException(List.of(Violation.of("version", "api.version.required")));
    }
    return dto(directory.update(id, input.version(), draft(input)));
  }

  @POST
  @Path("{id}/verify")
  public ServiceDto verify(@PathParam("id") long id) {
    return dto(directory.verify(id));
  }

  /** The waiting time alone: {@code {"weeks": 3}} (or {@code null} for unknown). */
  @PUT
  @Path("{id}/waiting-time")
  @Consumes(MediaType.APPLICATION_JSON)
  public ServiceDto waitingTime(@PathParam("id") long id, WaitingTimeDto input) {
    return dto(directory.waitingTime(id, input == null ? null : input.weeks()));
  }

  /** The body of {@code PUT .../waiting-time}. */
  public record WaitingTimeDto(Integer weeks) {}

  @GET
  @Path("{id}/history")
  public List<ServiceChangeDto> history(@PathParam("id") long id) {
    return directory.history(id).stream()
        .map(
            c ->
                new ServiceChangeDto(
                    c.field(),
                    c.oldValue(),
                    c.newValue(),
                    c.changedBy(),
                    Timestamps.utc(c.changedAt())))
        .toList();
  }

  private ServiceHitDto hit(ServiceHits.Hit h, Locale locale) {
    return new ServiceHitDto(
        h.id(),
        h.publicId(),
        h.name(),
        new ServiceHitDto.OrganisationRef(h.organisationId(), h.organisationName()),
        h.domains(),
        h.issues(),
        h.roles(),
        new ServiceHitDto.AgeRange(h.ageGroup().name(), h.youngest(), h.oldest()),
        h.municipalities(),
        h.languages(),
        h.acceptsReferrals(),
        h.waitingWeeks(),
        nl.regioportal.web.api.Timestamps.utc(h.verifiedAt()),
        h.stale(),
        h.reasons().stream()
            .map(r -> new ServiceHitDto.Reason(r.kind().name(), r.code(), labels.reason(r, locale)))
            .toList());
  }

  static ServiceDto dto(ServiceDetails d) {
    return new ServiceDto(
        d.id(),
        d.publicId(),
        d.version(),
        d.organisationId(),
        d.organisationName(),
        d.name(),
        d.alternateName(),
        d.description(),
        d.url(),
        d.email(),
        d.chatUrl(),
        d.status().name(),
        d.ageGroup().name(),
        d.minAge(),
        d.maxAge(),
        d.eligibility(),
        d.acceptsReferrals(),
        d.waitingWeeks(),
        d.costFree(),
        d.costDescription(),
        d.terms(),
        d.municipalities(),
        d.languages(),
        d.phones().stream()
            .map(
                p ->
                    new ServiceInputDto.PhoneDto(
                        p.publicId(), p.number(), p.kind().name(), p.description(), p.internal()))
            .toList(),
        d.contacts().stream()
            .map(
                c ->
                    new ServiceInputDto.ContactDto(
                        c.publicId(), c.name(), c.title(), c.email(), c.phone(), c.internal()))
            .toList(),
        d.schedules().stream()
            .map(
                s ->
                    new ServiceInputDto.ScheduleDto(
                        s.publicId(),
                        s.kind().name(),
                        s.day().name(),
                        s.opensAt(),
                        s.closesAt(),
                        s.description()))
            .toList(),
        d.locationIds(),
        Timestamps.utc(d.verifiedAt()),
        d.verifiedBy(),
        d.stale(),
        Timestamps.utc(d.updatedAt()),
        d.updatedBy(),
        d.mayEdit());
  }

  private static ServiceDraft draft(ServiceInputDto in) {
    if (in == null) {
      throw new InvalidInputException(List.of(Violation.of("name", "directory.required")));
    }
    List<Violation> v = new ArrayList<>();
    ServiceStatus status = ApiInput.enumValue(v, ServiceStatus.class, "status", in.status());
    AgeGroup group = ApiInput.enumValue(v, AgeGroup.class, "ageGroup", in.ageGroup());
    List<ServiceDraft.PhoneDraft> phones = new ArrayList<>();
    List<ServiceInputDto.PhoneDto> inPhones = in.phones() == null ? List.of() : in.phones();
    for (int i = 0; i < inPhones.size(); i++) {
      var p = inPhones.get(i);
      phones.add(
          new ServiceDraft.PhoneDraft(
              p.id(),
              p.number(),
              ApiInput.enumValue(v, Phone.Kind.class, "phones[" + i + "].kind", p.kind()),
              p.description(),
              p.internal()));
    }
    List<ServiceDraft.ContactDraft> contacts = new ArrayList<>();
    for (var c : in.contacts() == null ? List.<ServiceInputDto.ContactDto>of() : in.contacts()) {
      contacts.add(
          new ServiceDraft.ContactDraft(
              c.id(), c.name(), c.title(), c.email(), c.phone(), c.internal()));
    }
    List<ServiceDraft.ScheduleDraft> schedules = new ArrayList<>();
    List<ServiceInputDto.ScheduleDto> inSchedules =
        in.schedules() == null ? List.of() : in.schedules();
    for (int i = 0; i < inSchedules.size(); i++) {
      var s = inSchedules.get(i);
      schedules.add(
          new ServiceDraft.ScheduleDraft(
              s.id(),
              ApiInput.enumValue(v, ScheduleLine.Kind.class, "schedules[" + i + "].kind", s.kind()),
              ApiInput.enumValue(v, ScheduleLine.Day.class, "schedules[" + i + "].day", s.day()),
              s.opensAt(),
              s.closesAt(),
              s.description()));
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    return new ServiceDraft(
        in.organisationId(),
        in.name(),
        in.alternateName(),
        in.description(),
        in.url(),
        in.email(),
        in.chatUrl(),
        status,
        group,
        in.minAge(),
        in.maxAge(),
        in.eligibility(),
        Boolean.TRUE.equals(in.acceptsReferrals()),
        in.waitingWeeks(),
        Boolean.TRUE.equals(in.costFree()),
        in.costDescription(),
        in.terms(),
        in.municipalities(),
        in.languages(),
        phones,
        contacts,
        schedules,
        in.locationIds());
  }

  private static Integer integer(List<Violation> v, String field, String raw, Integer fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.valueOf(raw.trim());
    } catch (NumberFormatException e) {
      v.add(
          Violation.of(
              field, "api.number.invalid", raw.length() > 40 ? raw.substring(0, 40) + "…" : raw));
      return fallback;
    }
  }

  private static Set<String> codes(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    if (raw != null) {
      for (String r : raw) {
        for (String c : r.split(",")) {
          if (!c.isBlank()) {
            out.add(c.trim());
          }
        }
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
