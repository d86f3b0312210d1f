package nl.regioportal.web.funding;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.domain.Basis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A basis a key part may be split by: equal shares, a built-in indicator or one the region
 * registered itself. The code is what keys, imports and file names use; {@code label} is the one in
 * the request's language (Accept-Language, Dutch by default), {@code labelEn} falls back to nothing
 * (the Dutch label then serves English readers too).
 */
@Schema(name = "IndicatorDefinition")
@JsonbPropertyOrder({"code", "label", "labelNl", "labelEn", "kind"})
public record IndicatorDefinitionDto(
    @Schema(example = "trajecten_rmc") String code,
    @Schema(description = "The label in the request's language.", example = "Trajecten RMC")
        String label,
    @Schema(example = "Trajecten RMC") String labelNl,
    @Schema(description = "Absent when the Dutch label serves both languages.") String labelEn,
    @Schema(enumeration = {"EQUAL", "BUILT_IN", "REGION"}) String kind) {

  static IndicatorDefinitionDto of(Basis b, Locale locale) {
    return new IndicatorDefinitionDto(
        b.code(), b.label(locale), b.dutchLabel(), b.englishLabel(), b.kind().name());
  }

  /** The region's bases: equal shares, the built-in indicators, then the region's own. */
  @Schema(name = "IndicatorDefinitionList")
  public record ListDto(List<IndicatorDefinitionDto> items) {
    static ListDto of(List<Basis> bases, Locale locale) {
      return new ListDto(bases.stream().map(b -> IndicatorDefinitionDto.of(b, locale)).toList());
    }
  }

  /**
   * An indicator to register ({@code code}, {@code labelNl}, optionally {@code labelEn}) or new
   * labels for one ({@code labelNl}, optionally {@code labelEn}; a code in the body is ignored).
   */
  @Schema(name = "IndicatorDefinitionInput")
  public record InputDto(
      @Schema(example = "trajecten_rmc") String code,
      @Schema(example = "Trajecten RMC") String labelNl,
      @Schema(example = "RMC pathways") String labelEn) {}
}
