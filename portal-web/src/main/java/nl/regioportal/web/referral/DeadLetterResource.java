package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.regioportal.referral.application.DeadLetters;

/** The deliveries that failed for good, and their retry (coordinators). */
@Path("regions/{region}/referral-deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

  @Inject DeadLetters deadLetters;

  @GET
  @Path("dead")
  public List<DeadLetters.DeadLetter> dead() {
    return deadLetters.list();
  }

  @POST
  @Path("{id}/retry")
  public Response retry(@PathParam("id") long id) {
    deadLetters.retry(id);
    return Response.noContent().build();
  }
}
