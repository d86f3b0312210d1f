package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.regioportal.funding.application.CaseloadFromReferrals;
import nl.regioportal.referral.application.ReferralFigures;
import nl.regioportal.referral.figures.ReportingPeriod;
import nl.regioportal.web.i18n.Texts;

/**
 * The figures of the region's referrals (issue 10, point 9): {@code GET
 * /api/v1/regions/{region}/referral-figures?from=2026-01-01&to=2026-06-30} for coordinators and
 * policy officers (small counts as {@code "<5"}), and {@code POST .../referral-figures/caseload}
 * {@code {"from":..,"to":..,"organisationId":..}} for coordinators: the caseload by residence,
 * stored in the indicator library for funding keys.
 */
@Path("regions/{region}/referral-figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferralFiguresResource {

  @Inject ReferralFigures figures;
  @Inject CaseloadFromReferrals caseload;
  @Context HttpHeaders headers;

  @GET
  public FiguresDto get(@QueryParam("from") String from, @QueryParam("to") String to) {
    return FiguresDto.of(
        figures.figures(ReportingPeriod.parse(from, to)),
        Texts.preferred(headers.getAcceptableLanguages()));
  }

  @POST
  @Path("caseload")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseloadDto caseload(CaseloadDto.Request in) {
    CaseloadDto.Request request = in == null ? new CaseloadDto.Request(null, null, null) : in;
    return CaseloadDto.of(
        caseload.count(
            ReportingPeriod.parse(request.from(), request.to()), request.organisationId()));
  }
}
