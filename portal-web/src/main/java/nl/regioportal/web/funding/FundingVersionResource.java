package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.funding.engine.Comparison;
import nl.regioportal.funding.export.FundingCsvExport;
import nl.regioportal.funding.export.FundingStatementPdf;
import nl.regioportal.funding.export.FundingWorkbookExport;
import nl.regioportal.shared.Decimals;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.api.DecimalText;

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
  public VersionDto version(@PathParam("id") long id) {
    return VersionDto.of(service.version(id));
  }

  /** Replaces a draft's key; send the {@code revision} you are editing. */
  @PUT
  @Path("{id}")
  public VersionDto replace(@PathParam("id") long id, KeyDto body) {
    if (body != null && body.revision() == null) {
      throw new InvalidInputException(List.of(Violation.of("revision", "api.version.required")));
    }
    KeyDraft key = KeyDto.draft(body);
    service.updateDraft(id, body.revision(), key);
    return VersionDto.of(service.version(id));
  }

  @POST
  @Path("{id}/publish")
  public VersionDto publish(@PathParam("id") long id) {
    service.publish(id);
    return VersionDto.of(service.version(id));
  }

  /** The caller's municipality answers: {@code APPROVED}, or {@code OBJECTED} with a comment. */
  @POST
  @Path("{id}/reviews")
  public VersionDto review(@PathParam("id") long id, FundingRequests.ReviewInputDto body) {
    if (body == null) {
      throw new InvalidInputException(List.of(Violation.of(null, "funding.key.required")));
    }
    ReviewDecision decision = null;
    if (body.decision() != null) {
      try {
        decision = ReviewDecision.valueOf(body.decision().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            List.of(
                Violation.of(
                    "decision", "api.enum.invalid", body.decision(), "APPROVED, OBJECTED")));
      }
    }
    return VersionDto.of(service.review(id, decision, body.comment()));
  }

  /** Locks a published version on a governance decision. */
  @POST
  @Path("{id}/lock")
  public VersionDto lock(@PathParam("id") long id, FundingRequests.LockInputDto body) {
    if (body == null) {
      throw new InvalidInputException(List.of(Violation.of(null, "funding.key.required")));
    }
    service.lockByDecision(id, body.decision());
    return VersionDto.of(service.version(id));
  }

  /** This version (A) against another one (B): the difference per municipality. */
  @GET
  @Path("{id}/comparison")
  public ComparisonDto compare(@PathParam("id") long id, @QueryParam("with") Long other) {
    if (other == null) {
      throw new InvalidInputException(List.of(Violation.of("with", "funding.compare.with")));
    }
    Comparison c = service.compare(id, other);
    return ComparisonDto.of(
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
  public YearsDto transition(
      @PathParam("id") long id,
      @QueryParam("from") Long from,
      @QueryParam("years") @DefaultValue("3") int years) {
    if (from == null) {
      throw new InvalidInputException(List.of(Violation.of("from", "funding.transition.from")));
    }
    return YearsDto.of(service.transition(from, id, years), 1);
  }

  /** This version's key in the coming years with a yearly indexation of the total. */
  @GET
  @Path("{id}/indexation")
  public YearsDto indexation(
      @PathParam("id") long id,
      @QueryParam("percent") String percent,
      @QueryParam("years") @DefaultValue("3") int years) {
    BigDecimal p =
        Decimals.plain(percent)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            Violation.of(
                                "percent", "funding.index.percent", DecimalText.shown(percent)))));
    return YearsDto.of(service.indexed(id, p, years), 0);
  }

  /**
   * The whole key as CSV ({@code ;}, UTF-8 with BOM) in the request's language: Dutch with decimal
   * commas (the default), English with decimal points.
   */
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
