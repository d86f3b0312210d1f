package nl.regioportal.web.funding;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import nl.regioportal.funding.application.IndicatorSet;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.web.api.Timestamps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sets of the region's indicator library. */
@Schema(name = "IndicatorSetList")
public record IndicatorSetListDto(List<SetDto> items) {

  /** One set: an indicator on a reference date, where it came from and who imported it. */
  @Schema(name = "IndicatorSet")
  @JsonbPropertyOrder({
    "indicator",
    "label",
    "referenceDate",
    "source",
    "municipalities",
    "suppressedAsFour",
    "importedAt",
    "importedBy"
  })
  public record SetDto(
      @Schema(example = "youth_12_27") String indicator,
      @Schema(
              description = "The indicator's label in the request's language.",
              example = "Inwoners van 12 tot en met 27 jaar op de peildatum")
          String label,
      @Schema(format = "date", example = "2026-01-01") String referenceDate,
      String source,
      long municipalities,
      @Schema(description = "How many counts the source published as 4.") long suppressedAsFour,
      OffsetDateTime importedAt,
      String importedBy) {}

  static IndicatorSetListDto of(
      List<IndicatorSet> sets, BasisCatalogue bases, java.util.Locale locale) {
    return new IndicatorSetListDto(
        sets.stream()
            .map(
                s ->
                    new SetDto(
                        s.indicator(),
                        bases.label(s.indicator(), locale),
                        s.referenceDate().toString(),
                        s.source(),
                        s.municipalities(),
                        s.suppressed(),
                        Timestamps.utc(s.importedAt()),
                        s.importedBy()))
            .toList());
  }
}
