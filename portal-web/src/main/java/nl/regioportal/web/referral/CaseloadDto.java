package nl.regioportal.web.referral;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import nl.regioportal.funding.application.CaseloadFromReferrals;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caseload by residence counted from the referrals active in a period, as it now stands in the
 * indicator library (indicator {@code caseload}, reference date: the period's last day). Exact
 * counts, for the region's coordinators.
 */
@Schema(name = "CaseloadFromReferrals")
@JsonbPropertyOrder({
  "indicator",
  "referenceDate",
  "source",
  "from",
  "to",
  "organisationId",
  "organisationName",
  "total",
  "values"
})
public record CaseloadDto(
    @Schema(example = "caseload") String indicator,
    @Schema(format = "date", example = "2026-06-30") String referenceDate,
    @Schema(example = "Regioportaal: geaccepteerde verwijzingen, actief 2026-01-01 t/m 2026-06-30")
        String source,
    @Schema(format = "date") String from,
    @Schema(format = "date") String to,
    @Schema(description = "The receiver counted for; absent: every receiver.") Long organisationId,
    String organisationName,
    @Schema(description = "The referrals counted, over every municipality.") long total,
    @Schema(description = "Per CBS municipality code; 0 for the region's without any.")
        Map<String, Long> values) {

  /** What the caller sends. */
  @Schema(name = "CaseloadRequest")
  public record Request(
      @Schema(format = "date", example = "2026-01-01") String from,
      @Schema(format = "date", example = "2026-06-30") String to,
      @Schema(description = "Only the referrals this organisation received; absent: all.")
          Long organisationId) {}

  static CaseloadDto of(CaseloadFromReferrals.Counted c) {
    return new CaseloadDto(
        c.set().indicator(),
        c.set().referenceDate().toString(),
        c.set().source(),
        c.period().from().toString(),
        c.period().to().toString(),
        c.receiverOrganisationId(),
        c.receiverName(),
        c.total(),
        c.values());
  }
}
