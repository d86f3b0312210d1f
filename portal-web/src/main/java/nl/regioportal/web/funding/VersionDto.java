package nl.regioportal.web.funding;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.application.LineView;
import nl.regioportal.funding.application.ShareView;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.domain.ReviewRow;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.web.api.Timestamps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A version with its computed key as the caller may see it: the summary's fields, the parts, each
 * municipality's share with its derivation and review, the sources, and what the caller may do.
 * Small counts show as {@code "<5"} to readers who may not see them, without their basis share.
 */
@Schema(name = "FundingVersion")
@JsonbPropertyOrder({
  "id",
  "number",
  "label",
  "status",
  "total",
  "participants",
  "approvals",
  "objections",
  "createdAt",
  "publishedAt",
  "lockedAt",
  "arrangementId",
  "arrangementTitle",
  "year",
  "revision",
  "parts",
  "shares",
  "sources",
  "mayManage",
  "mayReview",
  "lockReason",
  "governanceDecision",
  "decisionId",
  "ownMunicipality"
})
public record VersionDto(
    long id,
    int number,
    String label,
    @Schema(enumeration = {"DRAFT", "PUBLISHED", "LOCKED", "SUPERSEDED"}) String status,
    String total,
    int participants,
    int approvals,
    int objections,
    OffsetDateTime createdAt,
    OffsetDateTime publishedAt,
    OffsetDateTime lockedAt,
    long arrangementId,
    String arrangementTitle,
    int year,
    @Schema(description = "Send it back when replacing the draft's key.") long revision,
    List<KeyPartDto> parts,
    List<VersionShareDto> shares,
    Map<String, SourceDto> sources,
    boolean mayManage,
    boolean mayReview,
    @Schema(enumeration = {"ALL_APPROVED", "GOVERNANCE_DECISION"}) String lockReason,
    String governanceDecision,
    @Schema(description = "The governance decision that locked the version, if one did.")
        Long decisionId,
    String ownMunicipality) {

  /** A part of the key. */
  @Schema(name = "FundingVersionPart")
  @JsonbPropertyOrder({"basis", "percent"})
  public record KeyPartDto(String basis, @Schema(example = "50") String percent) {
    static KeyPartDto of(KeyPart p) {
      return new KeyPartDto(p.basis(), p.percent().stripTrailingZeros().toPlainString());
    }
  }

  /** A municipality's share, its derivation and its review. */
  @Schema(name = "FundingVersionShare")
  @JsonbPropertyOrder({
    "code",
    "name",
    "amount",
    "exact",
    "bound",
    "boundAdjustment",
    "roundingAdjustmentCents",
    "lines",
    "review"
  })
  public record VersionShareDto(
      String code,
      String name,
      String amount,
      String exact,
      @Schema(enumeration = {"NONE", "MINIMUM", "MAXIMUM"}) String bound,
      String boundAdjustment,
      String roundingAdjustmentCents,
      List<VersionLineDto> lines,
      @Schema(description = "Absent while the municipality has not answered.") ReviewDto review) {

    static VersionShareDto of(ShareView s) {
      return new VersionShareDto(
          s.code(),
          s.name(),
          Cents.format(s.share().amountCents()),
          s.share().exactEuros().toPlainString(),
          s.share().bound().name(),
          s.share().boundAdjustmentEuros().toPlainString(),
          s.share().roundingAdjustmentCents().toPlainString(),
          s.lines().stream().map(VersionLineDto::of).toList(),
          s.review() == null ? null : ReviewDto.of(s.review()));
    }
  }

  /** One part's contribution to a share, as this reader may see it. */
  @Schema(name = "FundingVersionLine")
  @JsonbPropertyOrder({"basis", "percent", "value", "suppressedAsFour", "exact", "basisShare"})
  public record VersionLineDto(
      String basis,
      String percent,
      @Schema(description = "The value, or \"<5\" where a small count is hidden.") String value,
      boolean suppressedAsFour,
      String exact,
      @Schema(description = "Absent where it would reveal a hidden count.") String basisShare) {

    static VersionLineDto of(LineView l) {
      return new VersionLineDto(
          l.line().basis(),
          l.line().percent().stripTrailingZeros().toPlainString(),
          l.shownValue(),
          l.line().suppressedAsFour(),
          l.line().exactEuros().toPlainString(),
          l.shownShare());
    }
  }

  /** A municipality's answer. */
  @Schema(name = "FundingReview")
  @JsonbPropertyOrder({"decision", "by", "at", "comment"})
  public record ReviewDto(
      @Schema(enumeration = {"APPROVED", "OBJECTED"}) String decision,
      String by,
      OffsetDateTime at,
      String comment) {
    static ReviewDto of(ReviewRow r) {
      return new ReviewDto(
          r.decision().name(), r.decidedBy(), Timestamps.utc(r.decidedAt()), r.comment());
    }
  }

  static VersionDto of(VersionDetails d) {
    VersionSummaryDto s = VersionSummaryDto.of(d.summary());
    Map<String, SourceDto> sources = new LinkedHashMap<>();
    d.sources().forEach((k, v) -> sources.put(k, SourceDto.of(v)));
    return new VersionDto(
        s.id(),
        s.number(),
        s.label(),
        s.status(),
        s.total(),
        s.participants(),
        s.approvals(),
        s.objections(),
        s.createdAt(),
        s.publishedAt(),
        s.lockedAt(),
        d.arrangementId(),
        d.arrangementTitle(),
        d.budgetYear(),
        d.revision(),
        d.parts().stream().map(KeyPartDto::of).toList(),
        d.shares().stream().map(VersionShareDto::of).toList(),
        sources,
        d.mayManage(),
        d.mayReview(),
        d.lockReason() == null ? null : d.lockReason().name(),
        d.governanceDecision(),
        d.decisionId(),
        d.ownMunicipality());
  }
}
