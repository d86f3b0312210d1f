package nl.regioportal.web.funding;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.funding.engine.Comparison;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Version A against version B: the totals and the difference per municipality. */
@Schema(name = "FundingComparison")
@JsonbPropertyOrder({"versionA", "versionB", "totalA", "totalB", "rows"})
public record ComparisonDto(
    long versionA, long versionB, String totalA, String totalB, List<RowDto> rows) {

  /** One municipality: its amounts ({@code null} where it is not in that version). */
  @Schema(name = "FundingComparisonRow")
  @JsonbNillable
  @JsonbPropertyOrder({"code", "name", "difference", "amountA", "amountB", "differencePercent"})
  public record RowDto(
      String code,
      String name,
      String difference,
      @Schema(nullable = true) String amountA,
      @Schema(nullable = true) String amountB,
      @Schema(nullable = true) String differencePercent) {}

  static ComparisonDto of(long a, long b, Comparison c, Map<String, String> names) {
    return new ComparisonDto(
        a,
        b,
        Cents.format(c.totalCentsA()),
        Cents.format(c.totalCentsB()),
        c.rows().stream()
            .map(
                r ->
                    new RowDto(
                        r.code(),
                        names.getOrDefault(r.code(), r.code()),
                        Cents.format(r.differenceCents()),
                        r.amountCentsA() == null ? null : Cents.format(r.amountCentsA()),
                        r.amountCentsB() == null ? null : Cents.format(r.amountCentsB()),
                        r.differencePercent() == null
                            ? null
                            : r.differencePercent().toPlainString()))
            .toList());
  }
}
