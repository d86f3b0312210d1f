package nl.regioportal.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.regioportal.region.AreaImportResult;
import nl.regioportal.region.AreaImportService;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/** Reference-data import for platform admins: a CBS "Gebieden in Nederland" table as CSV. */
@Path("reference-data/cbs-areas")
@RequestScoped
public class ReferenceDataResource {

  @Inject AreaImportService importer;

  /**
   * Applies the table as valid from {@code validFrom}; the whole file or nothing.
   *
   * @param closeMissing the table is complete: municipalities not in it leave their region
   */
  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public AreaImportResult importTable(
      String csv,
      @QueryParam("validFrom") String validFrom,
      @QueryParam("closeMissing") @DefaultValue("false") boolean closeMissing) {
    LocalDate from;
    try {
      if (validFrom == null) {
        throw new InvalidInputException(
            List.of(Violation.of("validFrom", "import.validFromRequired")));
      }
      from = LocalDate.parse(validFrom);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          List.of(Violation.of("validFrom", "api.date.invalid", validFrom)));
    }
    return importer.importTable(
        new StringReader(csv == null ? "" : csv), from, closeMissing, "API upload");
  }
}
