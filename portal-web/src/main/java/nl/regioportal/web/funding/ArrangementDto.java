package nl.regioportal.web.funding;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.regioportal.funding.application.ArrangementDetails;
import nl.regioportal.funding.application.ArrangementSummary;
import nl.regioportal.funding.engine.Cents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cost-sharing arrangement with the versions the caller may see, newest first. */
@Schema(name = "FundingArrangement")
@JsonbPropertyOrder({"id", "title", "year", "versions", "description"})
public record ArrangementDto(
    long id, String title, int year, List<VersionSummaryDto> versions, String description) {

  static ArrangementDto of(ArrangementDetails a) {
    return new ArrangementDto(
        a.id(),
        a.title(),
        a.budgetYear(),
        a.versions().stream().map(VersionSummaryDto::of).toList(),
        a.description());
  }

  /** The region's arrangements. */
  @Schema(name = "FundingArrangementList")
  public record ListDto(List<SummaryDto> items) {
    static ListDto of(List<ArrangementSummary> arrangements) {
      return new ListDto(arrangements.stream().map(SummaryDto::of).toList());
    }
  }

  /** A line of the list, with its newest version the caller may see (absent when none). */
  @Schema(name = "FundingArrangementSummary")
  @JsonbPropertyOrder({
    "id",
    "title",
    "year",
    "versions",
    "latestNumber",
    "latestStatus",
    "latestTotal"
  })
  public record SummaryDto(
      long id,
      String title,
      int year,
      int versions,
      Integer latestNumber,
      String latestStatus,
      String latestTotal) {
    static SummaryDto of(ArrangementSummary a) {
      boolean latest = a.latestNumber() != null;
      return new SummaryDto(
          a.id(),
          a.title(),
          a.budgetYear(),
          a.versions(),
          a.latestNumber(),
          latest ? a.latestStatus().name() : null,
          latest ? Cents.format(a.latestTotalCents()) : null);
    }
  }

  /** What a client sends to start an arrangement. */
  @Schema(name = "FundingArrangementInput")
  public record InputDto(
      @Schema(example = "Buurtteam MBO") String title,
      @Schema(example = "2027") Integer year,
      String description,
      KeyDto key) {}
}
