package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regioportal.referral.application.DeliverySettings;

/**
 * How organisations receive referrals, and the deliveries that failed for good (coordinators):
 *
 * <ul>
 *   <li>{@code GET/PUT /api/v1/regions/{region}/organisations/{id}/delivery} {@code
 *       {"channel":"PORTAL"|"WEBHOOK"|"EMAIL","url":...,"secret":...,"email":...}}; the answer
 *       never repeats the secret ({@code secretSet});
 *   <li>{@code GET /api/v1/regions/{region}/referral-deliveries/dead} and {@code POST
 *       .../referral-deliveries/{id}/retry}.
 * </ul>
 */
@Path("regions/{region}/organisations/{id}/delivery")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

  @Inject DeliverySettings settings;

  @PathParam("id")
  long id;

  /** What a coordinator puts. */
  public record DeliveryInput(String channel, String url, String secret, String email) {}

  @GET
  public DeliverySettings.Setting get() {
    return settings.get(id);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public DeliverySettings.Setting put(DeliveryInput in) {
    DeliveryInput i = in == null ? new DeliveryInput(null, null, null, null) : in;
    return settings.set(id, i.channel(), i.url(), i.secret(), i.email());
  }
}
