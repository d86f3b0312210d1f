package nl.regioportal.web.funding;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.funding.engine.DerivationLine;
import nl.regioportal.funding.engine.KeyResult;
import nl.regioportal.funding.engine.Share;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A computed key: the total and each municipality's amount, in the order given. Amounts are decimal
 * strings in euros; with {@code explain=true} each share carries its derivation.
 */
@Schema(name = "FundingPreview")
@JsonbPropertyOrder({"total", "shares"})
public record PreviewDto(
    @Schema(example = "250000.00") String total, List<PreviewShareDto> shares) {

  /** A municipality's amount, and with {@code explain=true} how it came about. */
  @Schema(name = "FundingPreviewShare")
  @JsonbPropertyOrder({
    "code",
    "amount",
    "exact",
    "bound",
    "boundAdjustment",
    "roundingAdjustmentCents",
    "lines"
  })
  public record PreviewShareDto(
      @Schema(example = "GM0599") String code,
      @Schema(example = "204511.22") String amount,
      String exact,
      @Schema(enumeration = {"NONE", "MINIMUM", "MAXIMUM"}) String bound,
      String boundAdjustment,
      String roundingAdjustmentCents,
      List<PreviewLineDto> lines) {

    static PreviewShareDto amount(Share s) {
      return new PreviewShareDto(
          s.code(), Cents.format(s.amountCents()), null, null, null, null, null);
    }

    static PreviewShareDto explained(Share s) {
      return new PreviewShareDto(
          s.code(),
          Cents.format(s.amountCents()),
          s.exactEuros().toPlainString(),
          s.bound().name(),
          s.boundAdjustmentEuros().toPlainString(),
          s.roundingAdjustmentCents().toPlainString(),
          s.lines().stream().map(PreviewLineDto::of).toList());
    }
  }

  /** One part's contribution to a share. */
  @Schema(name = "FundingPreviewLine")
  @JsonbPropertyOrder({"basis", "percent", "value", "basisTotal", "basisShare", "exact"})
  public record PreviewLineDto(
      String basis,
      String percent,
      String value,
      String basisTotal,
      String basisShare,
      String exact) {

    static PreviewLineDto of(DerivationLine l) {
      return new PreviewLineDto(
          l.basis(),
          l.percent().toPlainString(),
          l.value().toPlainString(),
          l.basisTotal().toPlainString(),
          l.basisShareDecimal().toPlainString(),
          l.exactEuros().toPlainString());
    }
  }

  static PreviewDto of(KeyResult result, boolean explain) {
    return new PreviewDto(
        Cents.format(result.totalCents()),
        result.shares().stream()
            .map(explain ? PreviewShareDto::explained : PreviewShareDto::amount)
            .toList());
  }
}
