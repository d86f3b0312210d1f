package nl.regioportal.web.referral;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import nl.regioportal.referral.figures.FigureRow;
import nl.regioportal.referral.figures.Figures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of the region's referrals submitted in a period. Counts are strings: {@code "0"}, a
 * number, or {@code "<5"} for 1 to 4; a rate or time is left out (null) when it would rest on fewer
 * than 5 referrals or on a suppressed count (or there is nothing to work it out from).
 */
@Schema(name = "ReferralFigures")
@JsonbPropertyOrder({"from", "to", "empty", "total", "byLifeDomain", "byMunicipality"})
public record FiguresDto(
    @Schema(format = "date", example = "2026-01-01") String from,
    @Schema(format = "date", example = "2026-06-30") String to,
    @Schema(description = "No referral was submitted in the period.") boolean empty,
    RowDto total,
    List<RowDto> byLifeDomain,
    List<RowDto> byMunicipality) {

  /** One line: the whole region, a life domain or a municipality of residence. */
  @Schema(name = "ReferralFigureRow")
  @JsonbPropertyOrder({
    "code",
    "name",
    "submitted",
    "answered",
    "accepted",
    "declined",
    "waitlisted",
    "acceptancePercent",
    "responseHoursMedian",
    "responseHoursP90"
  })
  public record RowDto(
      @Schema(example = "income_debt") String code,
      @Schema(description = "In the request's language.", example = "Inkomen / schulden")
          String name,
      @Schema(example = "12") String submitted,
      @Schema(description = "Answered by the receiver: accepted, declined or waitlisted.")
          String answered,
      @Schema(description = "Taken on: accepted, or from the waiting list into care.")
          String accepted,
      String declined,
      @Schema(description = "Put on the waiting list (some were later accepted or declined).")
          String waitlisted,
      @Schema(
              description = "Accepted of accepted and declined, whole percent; absent when hidden.",
              example = "75")
          String acceptancePercent,
      @Schema(
              description =
                  "Hours from submission to the first answer, median; absent when hidden.",
              example = "18.5")
          String responseHoursMedian,
      @Schema(description = "Hours within which 90 % were answered; absent when hidden.")
          String responseHoursP90) {

    static RowDto of(FigureRow r, Locale locale) {
      return new RowDto(
          r.code(),
          "en".equals(locale.getLanguage()) && r.nameEn() != null ? r.nameEn() : r.nameNl(),
          r.submitted(),
          r.answered(),
          r.accepted(),
          r.declined(),
          r.waitlisted(),
          r.acceptancePercent(),
          r.responseHoursMedian(),
          r.responseHoursP90());
    }
  }

  public static FiguresDto of(Figures f, Locale locale) {
    return new FiguresDto(
        f.period().from().toString(),
        f.period().to().toString(),
        f.isEmpty(),
        RowDto.of(f.total(), locale),
        f.byLifeDomain().stream().map(r -> RowDto.of(r, locale)).toList(),
        f.byMunicipality().stream().map(r -> RowDto.of(r, locale)).toList());
  }
}
