package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.funding.engine.Comparison;
import nl.regioportal.funding.export.FundingCsvExport;
import nl.regioportal.funding.export.FundingStatementPdf;
import nl.regioportal.funding.export.FundingWorkbookExport;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * Funding keys (verdeelsleutels) of a region: a stateless preview for spreadsheets and partner
 * scripts, and the region's cost-sharing arrangements with their versions, reviews and locks. The
 * region in the path was resolved and checked by the tenant filter; who may do what is decided by
 * {@link FundingService}.
 */
/** One version of a funding key: read, change a draft, publish, review, lock, compare. */
@Path("regions/{region}/funding-versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundingVersionResource {

  @Inject FundingService service;
  @Context UriInfo uri;

  @PathParam("region")
  String region;

  @GET
  @Path("{id}")
  public JsonObject version(@PathParam("id") long id) {
    return FundingJson.version(service.version(id));
  }

  /** Replaces a draft's key; send the {@code revision} you are editing. */
  @PUT
  @Path("{id}")
  public JsonObject replace(@PathParam("id") long id, JsonObject body) {
    JsonObject b = FundingJson.required(body);
    if (!(b.get("revision") instanceof JsonNumber revision)) {
      throw new InvalidInputException(List.of(Violation.of("revision", "api.version.required")));
    }
    service.updateDraft(id, revision.longValue(), FundingJson.key(b));
    return FundingJson.version(service.version(id));
  }

  @POST
  @Path("{id}/publish")
  public JsonObject publish(@PathParam("id") long id) {
    service.publish(id);
    return FundingJson.version(service.version(id));
  }

  /** The caller's municipality answers: {@code {"decision": "APPROVED"|"OBJECTED", "comment"}}. */
  @POST
  @Path("{id}/reviews")
  public JsonObject review(@PathParam("id") long id, JsonObject body) {
    JsonObject b = FundingJson.required(body);
    List<Violation> problems = new ArrayList<>();
    String raw = FundingJson.text(b, "decision", problems);
    String comment = FundingJson.text(b, "comment", problems);
    ReviewDecision decision = null;
    if (raw != null) {
      try {
        decision = ReviewDecision.valueOf(raw.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(Violation.of("decision", "api.enum.invalid", raw, "APPROVED, OBJECTED"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return FundingJson.version(service.review(id, decision, comment));
  }

  /** Locks a published version on a governance decision: {@code {"decision": "reference"}}. */
  @POST
  @Path("{id}/lock")
  public JsonObject lock(@PathParam("id") long id, JsonObject body) {
    List<Violation> problems = new ArrayList<>();
    String decision = FundingJson.text(FundingJson.required(body), "decision", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    service.lockByDecision(id, decision);
    return FundingJson.version(service.version(id));
  }

  /** This version (A) against another one (B): the difference per municipality. */
  @GET
  @Path("{id}/comparison")
  public JsonObject compare(@PathParam("id") long id, @QueryParam("with") Long other) {
    if (other == null) {
      throw new InvalidInputException(List.of(Violation.of("with", "funding.compare.with")));
    }
    Comparison c = service.compare(id, other);
    return FundingJson.comparison(
        id,
        other,
        c,
        service.municipalityNames(c.rows().stream().map(Comparison.Row::code).toList()));
  }

  /**
   * A phased transition from another version ({@code from}, e.g. the key in force) to this one in
   * {@code years} (1 to 3) yearly steps; the last step is this version.
   */
  @GET
  @Path("{id}/transition")
  public JsonObject transition(
      @PathParam("id") long id,
      @QueryParam("from") Long from,
      @QueryParam("years") @jakarta.ws.rs.DefaultValue("3") int years) {
    if (from == null) {
      throw new InvalidInputException(List.of(Violation.of("from", "funding.transition.from")));
    }
    return FundingJson.years(service.transition(from, id, years), 1);
  }

  /** This version's key in the coming years with a yearly indexation of the total. */
  @GET
  @Path("{id}/indexation")
  public JsonObject indexation(
      @PathParam("id") long id,
      @QueryParam("percent") String percent,
      @QueryParam("years") @jakarta.ws.rs.DefaultValue("3") int years) {
    java.math.BigDecimal p;
    try {
      p = new java.math.BigDecimal(percent == null ? "" : percent.trim());
      if (Math.abs(p.scale()) > 6 || p.precision() > 12) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          List.of(Violation.of("percent", "funding.index.percent", String.valueOf(percent))));
    }
    return FundingJson.years(service.indexed(id, p, years), 0);
  }

  /** The whole key as CSV ({@code ;}, UTF-8 with BOM), in the request's language. */
  @GET
  @Path("{id}/export.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("id") long id, @Context HttpHeaders headers) {
    VersionDetails v = service.version(id);
    Locale locale = locale(headers);
    return download(
        out -> FundingCsvExport.write(v, locale, out),
        "text/csv; charset=UTF-8",
        FundingExports.fileName(v, "csv"));
  }

  /** The whole key, its derivation and sources as an Excel workbook. */
  @GET
  @Path("{id}/export.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response workbook(@PathParam("id") long id, @Context HttpHeaders headers) {
    VersionDetails v = service.version(id);
    Locale locale = locale(headers);
    return download(
        out -> FundingWorkbookExport.write(v, locale, out),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FundingExports.fileName(v, "xlsx"));
  }

  /**
   * Statements as PDF: one municipality's ({@code ?municipality=GM0599}) or every participant's,
   * one per page.
   */
  @GET
  @Path("{id}/statements.pdf")
  @Produces("application/pdf")
  public Response statements(
      @PathParam("id") long id,
      @QueryParam("municipality") String municipality,
      @Context HttpHeaders headers) {
    VersionDetails v = service.version(id);
    Locale locale = locale(headers);
    if (municipality != null
        && v.shares().stream().noneMatch(s -> s.code().equals(municipality.trim()))) {
      throw new InvalidInputException(
          List.of(Violation.of("municipality", "funding.export.notParticipant", municipality)));
    }
    return download(
        out -> {
          if (municipality == null) {
            FundingStatementPdf.write(v, locale, out);
          } else {
            FundingStatementPdf.write(v, municipality.trim(), locale, out);
          }
        },
        "application/pdf",
        FundingExports.fileName(v, municipality == null ? "pdf" : municipality.trim() + ".pdf"));
  }

  /** Writes an export into memory first, so a failure is a problem response, not half a file. */
  private static Response download(Export export, String type, String fileName) {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    try {
      export.write(buffer);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Response.ok(buffer.toByteArray(), type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  /** Writes one export. */
  private interface Export {
    void write(java.io.OutputStream out) throws java.io.IOException;
  }

  private static Locale locale(HttpHeaders headers) {
    return headers.getAcceptableLanguages().stream()
        .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("nl"))
        .findFirst()
        .orElse(Locale.forLanguageTag("nl"));
  }
}
