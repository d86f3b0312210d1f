package nl.regioportal.funding.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.funding.application.LineView;
import nl.regioportal.funding.application.ShareView;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.application.VersionSummary;
import nl.regioportal.funding.domain.Basis;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.funding.domain.ReviewRow;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.funding.engine.DerivationLine;
import nl.regioportal.funding.engine.FundingKeyEngine;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.funding.engine.KeyInput;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.KeyResult;
import nl.regioportal.funding.engine.Participant;
import nl.regioportal.funding.engine.Share;

/**
 * A small published version over Rotterdam and Schiedam, as Schiedam's policy officer sees it:
 * Schiedam's caseload of 3 is suppressed as {@code <5}, the way {@code FundingService} does it.
 */
final class Fixture {

  static final String ROTTERDAM = "GM0599";
  static final String SCHIEDAM = "GM0606";

  /** The region's own indicator of the fixture: "inhabitants", labelled in both languages. */
  static final BasisCatalogue BASES =
      BasisCatalogue.withOwn(
          List.of(new Basis("inhabitants", "Inwoners", "Residents", Basis.Kind.REGION)));

  /** Schiedam's caseload: hidden from the reader. */
  static final int HIDDEN_CASELOAD = 3;

  private Fixture() {}

  static KeyResult result() {
    return FundingKeyEngine.compute(
        new KeyInput(
            new BigDecimal("250000.00"),
            parts(),
            List.of(
                Participant.of(
                    ROTTERDAM,
                    Map.of(
                        "inhabitants", IndicatorValue.of(670_610),
                        "caseload", IndicatorValue.of(1_234))),
                Participant.of(
                    SCHIEDAM,
                    Map.of(
                        "inhabitants", IndicatorValue.of(80_123),
                        "caseload", IndicatorValue.of(HIDDEN_CASELOAD))))));
  }

  static List<KeyPart> parts() {
    return List.of(
        KeyPart.of(KeyPart.EQUAL, "20"),
        KeyPart.of("inhabitants", "50"),
        KeyPart.of("caseload", "30"));
  }

  static VersionDetails version() {
    return version(result(), 0);
  }

  /** The version with {@code totalOffsetCents} added to its recorded total (0: consistent). */
  static VersionDetails version(KeyResult result, long totalOffsetCents) {
    return version(result, totalOffsetCents, Fixture::name);
  }

  /** The version with the municipalities named by {@code names} (by CBS code). */
  static VersionDetails version(
      KeyResult result, long totalOffsetCents, java.util.function.Function<String, String> names) {
    List<ShareView> shares = new ArrayList<>();
    for (Share s : result.shares()) {
      List<LineView> lines = new ArrayList<>();
      for (DerivationLine line : s.lines()) {
        boolean hide =
            line.basis().equals("caseload") && line.value().compareTo(BigDecimal.valueOf(5)) < 0;
        lines.add(
            new LineView(
                line,
                hide ? "<5" : line.value().stripTrailingZeros().toPlainString(),
                hide ? null : line.basisShareDecimal().toPlainString()));
      }
      ReviewRow review =
          s.code().equals(ROTTERDAM)
              ? new ReviewRow(
                  ROTTERDAM,
                  ReviewDecision.APPROVED,
                  null,
                  "r.dejong",
                  LocalDateTime.of(2026, 3, 2, 10, 15))
              : null;
      shares.add(new ShareView(s.code(), names.apply(s.code()), s, lines, review));
    }
    Map<String, IndicatorSource> sources = new LinkedHashMap<>();
    sources.put(
        "inhabitants", new IndicatorSource("CBS StatLine 03759ned", LocalDate.of(2026, 1, 1)));
    sources.put(
        "caseload", new IndicatorSource("Jeugdhulpregistratie regio", LocalDate.of(2025, 12, 31)));
    VersionSummary summary =
        new VersionSummary(
            17,
            2,
            "Begroting 2027",
            VersionStatus.PUBLISHED,
            result.totalCents() + totalOffsetCents,
            LocalDateTime.of(2026, 2, 1, 9, 0),
            LocalDateTime.of(2026, 2, 15, 9, 0),
            null,
            2,
            1,
            0);
    return new VersionDetails(
        summary,
        3,
        "Jeugdhulp Rijnmond",
        2027,
        5,
        parts(),
        shares,
        sources,
        null,
        null,
        null,
        SCHIEDAM,
        false,
        true,
        BASES);
  }

  /** The same version with other bases (e.g. an own indicator without an English label). */
  static VersionDetails withBases(VersionDetails d, BasisCatalogue bases) {
    return new VersionDetails(
        d.summary(),
        d.arrangementId(),
        d.arrangementTitle(),
        d.budgetYear(),
        d.revision(),
        d.parts(),
        d.shares(),
        d.sources(),
        d.lockReason(),
        d.governanceDecision(),
        d.decisionId(),
        d.ownMunicipality(),
        d.mayManage(),
        d.mayReview(),
        bases);
  }

  /** The codes of the fixture's bases: none of them may show where people read. */
  static final List<String> CODES = List.of("EQUAL", "inhabitants", "caseload");

  static String name(String code) {
    return code.equals(ROTTERDAM) ? "Rotterdam" : "Schiedam";
  }
}
