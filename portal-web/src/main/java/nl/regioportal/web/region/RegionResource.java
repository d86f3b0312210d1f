package nl.regioportal.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.TenantContext;

/** The regions (reference data) and the municipalities of one region on a day. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

  /** A region in the API. */
  public record RegionDto(
      String code, String name, String contactMunicipality, boolean provisioned) {}

  /** A municipality in the API. */
  public record MunicipalityDto(String code, String name) {}

  @Inject RegionDirectory regions;
  @Inject TenantContext tenant;

  @GET
  public List<RegionDto> all() {
    return regions.all().stream()
        .map(
            r ->
                new RegionDto(
                    r.code().value(),
                    r.name(),
                    r.contactMunicipality(),
                    r.provisionedAt().isPresent()))
        .toList();
  }

  /** The region's member municipalities on {@code date} (default today). */
  @GET
  @Path("{region}/municipalities")
  public List<MunicipalityDto> municipalities(@QueryParam("date") String date) {
    LocalDate day;
    try {
      day = date == null ? LocalDate.now() : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(List.of(Violation.of("date", "api.date.invalid", date)));
    }
    return regions.municipalitiesOf(tenant.require(), day).stream()
        .map(m -> new MunicipalityDto(m.code().value(), m.name()))
        .toList();
  }
}
