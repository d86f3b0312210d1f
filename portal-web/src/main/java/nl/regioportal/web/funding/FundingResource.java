package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.funding.application.ArrangementDetails;
import nl.regioportal.funding.application.ArrangementSummary;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * Funding keys (verdeelsleutels) of a region: a stateless preview for spreadsheets and partner
 * scripts, and the region's cost-sharing arrangements with their versions, reviews and locks. The
 * region in the path was resolved and checked by the tenant filter; who may do what is decided by
 * {@link FundingService}.
 */
/**
 * The region's cost-sharing arrangements and their versions; who may do what is decided by {@link
 * FundingService}.
 */
@Path("regions/{region}/funding-arrangements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundingResource {

  @Inject FundingService service;
  @Context UriInfo uri;

  @PathParam("region")
  String region;

  @GET
  public JsonObject arrangements() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (ArrangementSummary a : service.arrangements()) {
      var item =
          Json.createObjectBuilder()
              .add("id", a.id())
              .add("title", a.title())
              .add("year", a.budgetYear())
              .add("versions", a.versions());
      if (a.latestNumber() != null) {
        item.add("latestNumber", a.latestNumber())
            .add("latestStatus", a.latestStatus().name())
            .add("latestTotal", Cents.format(a.latestTotalCents()));
      }
      items.add(item);
    }
    return Json.createObjectBuilder().add("items", items).build();
  }

  /** Starts an arrangement: {@code {"title", "year", "description", "key": {...}}}. */
  @POST
  public Response create(JsonObject body) {
    JsonObject b = FundingJson.required(body);
    List<Violation> problems = new ArrayList<>();
    String title = FundingJson.text(b, "title", problems);
    Integer year = FundingJson.integer(b, "year", problems);
    String description = FundingJson.text(b, "description", problems);
    JsonValue key = b.get("key");
    if (!(key instanceof JsonObject)) {
      problems.add(Violation.of("key", "funding.json.object"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long id = service.create(title, year, description, FundingJson.key((JsonObject) key));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(arrangement(service.arrangement(id)))
        .build();
  }

  @GET
  @Path("{id}")
  public JsonObject arrangement(@PathParam("id") long id) {
    return arrangement(service.arrangement(id));
  }

  /** Adds a draft version (a scenario) with the key in the body. */
  @POST
  @Path("{id}/versions")
  public Response addVersion(@PathParam("id") long id, JsonObject body) {
    long versionId = service.addVersion(id, FundingJson.key(FundingJson.required(body)));
    URI location =
        uri.getBaseUriBuilder()
            .path("regions")
            .path(region)
            .path("funding-versions")
            .path(String.valueOf(versionId))
            .build();
    return Response.created(location)
        .entity(FundingJson.version(service.version(versionId)))
        .build();
  }

  private static JsonObject arrangement(ArrangementDetails a) {
    JsonArrayBuilder versions = Json.createArrayBuilder();
    a.versions().forEach(v -> versions.add(FundingJson.summary(v)));
    var b =
        Json.createObjectBuilder()
            .add("id", a.id())
            .add("title", a.title())
            .add("year", a.budgetYear())
            .add("versions", versions);
    if (a.description() != null) {
      b.add("description", a.description());
    }
    return b.build();
  }
}
