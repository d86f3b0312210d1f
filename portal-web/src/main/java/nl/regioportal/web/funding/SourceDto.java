package nl.regioportal.web.funding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.shared.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an indicator's values come from, e.g. "CBS StatLine 03759ned" on 1 January 2026. */
@Schema(name = "IndicatorSource")
public record SourceDto(
    @Schema(example = "CBS StatLine 03759ned") String source,
    @Schema(format = "date", example = "2026-01-01") String referenceDate) {

  static SourceDto of(IndicatorSource s) {
    return new SourceDto(
        s.source(), s.referenceDate() == null ? null : s.referenceDate().toString());
  }

  IndicatorSource source(String at, List<Violation> problems) {
    LocalDate date = null;
    if (referenceDate != null) {
      try {
        date = LocalDate.parse(referenceDate.trim());
      } catch (DateTimeParseException e) {
        problems.add(Violation.of(at + ".referenceDate", "api.date.invalid", referenceDate));
      }
    }
    return new IndicatorSource(source, date);
  }
}
