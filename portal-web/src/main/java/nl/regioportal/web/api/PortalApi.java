package nl.regioportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, version 1. Its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Regioportaal API",
            version = "1",
            description =
                "Regions, municipalities and member organisations of the Doorstroompunt (RMC)"
                    + " regions. Errors are RFC 9457 problem details."))
public class PortalApi extends Application {}
