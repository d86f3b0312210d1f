package nl.regioportal.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;

/**
 * Who the caller is to the portal: the name, and each region and role it acts in, with the
 * organisation where it is bound to one (a partner system's token, an invited person). Lets a
 * partner check its set-up before it sends anything.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CurrentCaller caller;

  @GET
  public JsonObject me() {
    JsonArrayBuilder memberships = Json.createArrayBuilder();
    for (Membership m : caller.memberships()) {
      var item =
          Json.createObjectBuilder()
              .add("region", m.region().value())
              .add("role", m.role().externalName());
      if (m.organisationId() != null) {
        item.add("organisationId", m.organisationId());
      }
      memberships.add(item);
    }
    return Json.createObjectBuilder()
        .add("name", caller.username())
        .add("platformAdmin", caller.isPlatformAdmin())
        .add("memberships", memberships)
        .build();
  }
}
