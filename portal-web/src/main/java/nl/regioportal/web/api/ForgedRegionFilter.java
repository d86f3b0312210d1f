package nl.regioportal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.regioportal.web.tenancy.ForgedRegion;

/**
 * Refuses a JSON body that names another region than the URL ({@code "region": "36"} sent to {@code
 * /regions/29/...}): 400 {@code /problems/forged-region}, logged, nothing changed. The body is read
 * once into memory and handed on unchanged.
 */
@Provider
public class ForgedRegionFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(ForgedRegionFilter.class.getName());

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String region = request.getUriInfo().getPathParameters().getFirst("region");
    MediaType type = request.getMediaType();
    if (region == null
        || !request.hasEntity()
        || type == null
        || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonObject json;
    try {
      JsonValue value =
          Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readValue();
      if (!(value instanceof JsonObject o)) {
        return;
      }
      json = o;
    } catch (jakarta.json.JsonException | IllegalStateException e) {
      return; // the resource answers a malformed body as such
    }
    for (Map.Entry<String, JsonValue> field : json.entrySet()) {
      if (!ForgedRegion.isRegionField(field.getKey())) {
        continue;
      }
      String named =
          field.getValue() instanceof JsonString s
              ? s.getString()
              : field.getValue() instanceof JsonNumber n ? n.toString() : null;
      Optional<String> forged = ForgedRegion.contradiction(region, named);
      if (forged.isPresent()) {
        LOG.warning(
            () ->
                "Refused: a body naming region "
                    + forged.get()
                    + " sent to region "
                    + region
                    + " ("
                    + request.getMethod()
                    + " "
                    + request.getUriInfo().getPath()
                    + ", "
                    + (request.getSecurityContext().getUserPrincipal() == null
                        ? "anonymous"
                        : request.getSecurityContext().getUserPrincipal().getName())
                    + ")");
        request.abortWith(
            Problem.of(
                    "forged-region",
                    400,
                    "Region in the body",
                    "The region is taken from the address only; this body names region "
                        + forged.get()
                        + " while the address names "
                        + region
                        + ". Nothing was changed.")
                .instance(request.getUriInfo().getRequestUri().getRawPath())
                .toResponse());
        return;
      }
    }
  }
}
