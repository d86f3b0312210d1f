package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import nl.regioportal.audit.AuditChain;
import nl.regioportal.audit.ChainCheck;
import nl.regioportal.audit.Disclosure;
import nl.regioportal.referral.application.ReferralDisclosures;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;

/**
 * The audit trail for the region's coordinators (issue 10, point 7; ADR 0021):
 *
 * <ul>
 *   <li>{@code GET /api/v1/regions/{region}/audit/check}: the hash chain checked ({@code ok},
 *       {@code checked}, {@code headSeq}, and where broken {@code brokenSeq}, {@code kind}, {@code
 *       detail});
 *   <li>{@code GET /api/v1/regions/{region}/audit/disclosures?referral={id}}: the disclosure log of
 *       that referral's student, as JSON, or as CSV with {@code Accept: text/csv} or {@code
 *       ?format=csv}. It names users, organisations and what was touched, never the student.
 * </ul>
 */
@Path("regions/{region}/audit")
@RequestScoped
public class AuditResource {

  @Inject AuditChain chain;
  @Inject ReferralDisclosures disclosures;
  @Inject RegionAccess access;
  @Context HttpHeaders headers;

  /** The check's answer. */
  public record CheckDto(
      String region,
      boolean ok,
      long checked,
      long headSeq,
      Long brokenSeq,
      String kind,
      String detail) {
    static CheckDto of(ChainCheck c) {
      return new CheckDto(
          c.region(),
          c.ok(),
          c.checked(),
          c.headSeq(),
          c.broken().map(ChainCheck.Break::seq).orElse(null),
          c.broken().map(b -> b.kind().name()).orElse(null),
          c.broken().map(ChainCheck.Break::detail).orElse(null));
    }
  }

  /** One line of the disclosure log. */
  public record DisclosureDto(
      long seq,
      LocalDateTime at,
      String actor,
      Long actorOrganisationId,
      String actorRole,
      String action,
      String actionDutch,
      Long referralId,
      String subject,
      String origin) {
    static DisclosureDto of(Disclosure d) {
      return new DisclosureDto(
          d.seq(),
          d.at(),
          d.actor(),
          d.actorOrganisationId(),
          d.actorRole(),
          d.action(),
          d.actionDutch(),
          d.referralId(),
          d.subject(),
          d.origin());
    }
  }

  @GET
  @Path("check")
  @Produces(MediaType.APPLICATION_JSON)
  public CheckDto check() {
    RegionCode region =
        access.requireManager(
            "Alleen de coördinator controleert de auditketen / Only the coordinator checks the"
                + " audit chain.");
    return CheckDto.of(chain.verify(region));
  }

  @GET
  @Path("disclosures")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response disclosures(
      @QueryParam("referral") Long referral, @QueryParam("format") String format) {
    if (referral == null) {
      throw new InvalidInputException(List.of(Violation.of("referral", "audit.referral.required")));
    }
    if (csv(format)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      disclosures.csv(referral, out);
      return Response.ok(out.toByteArray(), "text/csv; charset=UTF-8")
          .header(
              "Content-Disposition",
              "attachment; filename=\"inzage-verwijzing-" + referral + ".csv\"")
          .header("Cache-Control", "no-store")
          .build();
    }
    List<DisclosureDto> list = disclosures.of(referral).stream().map(DisclosureDto::of).toList();
    return Response.ok(list, MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .build();
  }

  /** CSV when asked by {@code ?format=csv}, or by an Accept header that names text/csv. */
  private boolean csv(String format) {
    if (format != null && !format.isBlank()) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "csv" -> true;
        case "json" -> false;
        default ->
            throw new InvalidInputException(
                List.of(Violation.of("format", "api.enum.invalid", format, "json, csv")));
      };
    }
    return headers.getAcceptableMediaTypes().stream()
        .filter(t -> !t.isWildcardType())
        .findFirst()
        .map(t -> t.getType().equals("text") && t.getSubtype().equals("csv"))
        .orElse(false);
  }
}
