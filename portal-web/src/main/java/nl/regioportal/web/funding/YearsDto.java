package nl.regioportal.web.funding;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.funding.engine.KeyResult;
import nl.regioportal.web.funding.PreviewDto.PreviewShareDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key year by year (a transition or an indexation): each year's total and amounts. */
@Schema(name = "FundingYears")
public record YearsDto(List<YearDto> years) {

  /** One year: its number, total and each municipality's amount. */
  @Schema(name = "FundingYear")
  @JsonbPropertyOrder({"year", "total", "shares"})
  public record YearDto(int year, String total, List<PreviewShareDto> shares) {}

  static YearsDto of(List<KeyResult> results, int firstYear) {
    List<YearDto> years = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      KeyResult r = results.get(i);
      years.add(
          new YearDto(
              firstYear + i,
              Cents.format(r.totalCents()),
              r.shares().stream().map(PreviewShareDto::amount).toList()));
    }
    return new YearsDto(years);
  }
}
