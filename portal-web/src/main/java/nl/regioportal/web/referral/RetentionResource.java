package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regioportal.referral.application.ReferralRetention;

/**
 * The region's retention period for closed referrals (issue 10, point 8), for its coordinators:
 * {@code GET/PUT /api/v1/regions/{region}/referral-retention} {@code {"months":24}} (6 to 120; 24
 * when never set).
 */
@Path("regions/{region}/referral-retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  @Inject ReferralRetention retention;

  /** The period, in and out. */
  public record RetentionDto(Integer months) {}

  @GET
  public RetentionDto get() {
    return new RetentionDto(retention.months());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public RetentionDto put(RetentionDto in) {
    return new RetentionDto(retention.setMonths(in == null ? null : in.months()));
  }
}
