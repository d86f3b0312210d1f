package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.regioportal.funding.application.IndicatorDefinitions;
import nl.regioportal.funding.application.IndicatorLibrary;
import nl.regioportal.funding.application.IndicatorSet;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.i18n.Texts;

/**
 * The region's indicator library (CBS/DUO values per municipality) for funding keys. A file is
 * rejected whole with the line and column of each problem ({@code /problems/import-rejected}).
 */
@Path("regions/{region}/indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  @Inject IndicatorLibrary library;
  @Inject IndicatorDefinitions definitions;
  @Context HttpHeaders headers;

  @GET
  public IndicatorSetListDto sets() {
    return list(library.sets());
  }

  /**
   * Imports a CBS/DUO-style CSV file of one indicator, e.g. {@code ?indicator=youth_12_27
   * &source=CBS%20StatLine%2003759ned&referenceDate=2026-01-01}. The indicator is one of the
   * region's ({@code GET indicator-definitions}); another code is refused and nothing is stored.
   */
  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public IndicatorSetListDto importFile(
      @QueryParam("indicator") String indicator,
      @QueryParam("source") String source,
      @QueryParam("referenceDate") String referenceDate,
      String body) {
    LocalDate date = null;
    if (referenceDate != null && !referenceDate.isBlank()) {
      try {
        date = LocalDate.parse(referenceDate.trim());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            List.of(Violation.of("referenceDate", "api.date.invalid", referenceDate)));
      }
    }
    return list(
        library.importFile(new StringReader(body == null ? "" : body), indicator, source, date));
  }

  private IndicatorSetListDto list(List<IndicatorSet> sets) {
    return IndicatorSetListDto.of(
        sets, definitions.catalogue(), Texts.preferred(headers.getAcceptableLanguages()));
  }
}
