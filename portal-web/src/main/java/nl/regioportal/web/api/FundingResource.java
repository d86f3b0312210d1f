package nl.regioportal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.application.ArrangementDetails;
import nl.regioportal.funding.application.ArrangementSummary;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.funding.engine.Comparison;
import nl.regioportal.funding.engine.KeyInput;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * Funding keys (verdeelsleutels) of a region: a stateless preview for spreadsheets and partner
 * scripts, and the region's cost-sharing arrangements with their versions, reviews and locks. The
 * region in the path was resolved and checked by the tenant filter; who may do what is decided by
 * {@link FundingService}.
 */
@Path("regions/{region}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundingResource {

  @Inject FundingService service;
  @Context UriInfo uri;

  @PathParam("region")
  String region;

  /** Computes a key without storing anything; {@code explain=true} adds each derivation. */
  @POST
  @Path("funding-keys/preview")
  public JsonObject preview(
      JsonObject body, @QueryParam("explain") @DefaultValue("false") boolean explain) {
    KeyDraft key = FundingJson.key(body);
    return FundingJson.preview(
        service.preview(new KeyInput(key.total(), key.parts(), key.municipalities())), explain);
  }

  @GET
  @Path("funding-arrangements")
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
  @Path("funding-arrangements")
  public Response create(JsonObject body) {
    JsonObject b = required(body);
    List<Violation> problems = new ArrayList<>();
    String title = text(b, "title", problems);
    Integer year = integer(b, "year", problems);
    String description = text(b, "description", problems);
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
  @Path("funding-arrangements/{id}")
  public JsonObject arrangement(@PathParam("id") long id) {
    return arrangement(service.arrangement(id));
  }

  /** Adds a draft version (a scenario) with the key in the body. */
  @POST
  @Path("funding-arrangements/{id}/versions")
  public Response addVersion(@PathParam("id") long id, JsonObject body) {
    long versionId = service.addVersion(id, FundingJson.key(required(body)));
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

  @GET
  @Path("funding-versions/{id}")
  public JsonObject version(@PathParam("id") long id) {
    return FundingJson.version(service.version(id));
  }

  /** Replaces a draft's key; send the {@code revision} you are editing. */
  @PUT
  @Path("funding-versions/{id}")
  public JsonObject replace(@PathParam("id") long id, JsonObject body) {
    JsonObject b = required(body);
    if (!(b.get("revision") instanceof JsonNumber revision)) {
      throw new InvalidInputException(List.of(Violation.of("revision", "api.version.required")));
    }
    service.updateDraft(id, revision.longValue(), FundingJson.key(b));
    return FundingJson.version(service.version(id));
  }

  @POST
  @Path("funding-versions/{id}/publish")
  public JsonObject publish(@PathParam("id") long id) {
    service.publish(id);
    return FundingJson.version(service.version(id));
  }

  /** The caller's municipality answers: {@code {"decision": "APPROVED"|"OBJECTED", "comment"}}. */
  @POST
  @Path("funding-versions/{id}/reviews")
  public JsonObject review(@PathParam("id") long id, JsonObject body) {
    JsonObject b = required(body);
    List<Violation> problems = new ArrayList<>();
    String raw = text(b, "decision", problems);
    String comment = text(b, "comment", problems);
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
  @Path("funding-versions/{id}/lock")
  public JsonObject lock(@PathParam("id") long id, JsonObject body) {
    List<Violation> problems = new ArrayList<>();
    String decision = text(required(body), "decision", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    service.lockByDecision(id, decision);
    return FundingJson.version(service.version(id));
  }

  /** This version (A) against another one (B): the difference per municipality. */
  @GET
  @Path("funding-versions/{id}/comparison")
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

  private static JsonObject required(JsonObject body) {
    if (body == null) {
      throw new InvalidInputException(List.of(Violation.of(null, "funding.key.required")));
    }
    return body;
  }

  private static String text(JsonObject b, String name, List<Violation> problems) {
    JsonValue v = b.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    problems.add(Violation.of(name, "funding.json.string"));
    return null;
  }

  private static Integer integer(JsonObject b, String name, List<Violation> problems) {
    JsonValue v = b.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.intValue();
    }
    problems.add(Violation.of(name, "funding.json.integer"));
    return null;
  }
}
