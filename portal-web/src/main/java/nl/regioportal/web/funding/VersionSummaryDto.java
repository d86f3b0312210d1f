package nl.regioportal.web.funding;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import nl.regioportal.funding.application.VersionSummary;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.web.api.Timestamps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of an arrangement in a list, with its review progress. */
@Schema(name = "FundingVersionSummary")
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
  "lockedAt"
})
public record VersionSummaryDto(
    long id,
    int number,
    String label,
    @Schema(enumeration = {"DRAFT", "PUBLISHED", "LOCKED", "SUPERSEDED"}) String status,
    @Schema(example = "250000.00") String total,
    int participants,
    int approvals,
    int objections,
    OffsetDateTime createdAt,
    OffsetDateTime publishedAt,
    OffsetDateTime lockedAt) {

  static VersionSummaryDto of(VersionSummary v) {
    return new VersionSummaryDto(
        v.id(),
        v.number(),
        v.label(),
        v.status().name(),
        Cents.format(v.totalCents()),
        v.participants(),
        v.approvals(),
        v.objections(),
        Timestamps.utc(v.createdAt()),
        Timestamps.utc(v.publishedAt()),
        Timestamps.utc(v.lockedAt()));
  }
}
