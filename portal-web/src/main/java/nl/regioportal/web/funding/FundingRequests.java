package nl.regioportal.web.funding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small request bodies of the version operations. */
public final class FundingRequests {

  private FundingRequests() {}

  /** A municipality's answer to a published version; an objection needs a comment. */
  @Schema(name = "FundingReviewInput")
  public record ReviewInputDto(
      @Schema(enumeration = {"APPROVED", "OBJECTED"}) String decision, String comment) {}

  /** The governance decision that locks a published version. */
  @Schema(name = "FundingLockInput")
  public record LockInputDto(
      @Schema(example = "Bestuurlijk overleg 12 maart 2027, besluit 4") String decision) {}
}
