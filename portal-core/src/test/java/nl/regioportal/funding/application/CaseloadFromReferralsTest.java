package nl.regioportal.funding.application;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regioportal.funding.indicators.IndicatorTable;
import nl.regioportal.referral.figures.ReportingPeriod;
import org.junit.jupiter.api.Test;

class CaseloadFromReferralsTest {

  private static final ReportingPeriod H1 = ReportingPeriod.parse("2026-01-01", "2026-06-30");

  @Test
  void theSourceNamesThePortalThePeriodAndTheReceiver() {
    assertThat(CaseloadFromReferrals.source(H1, null))
        .isEqualTo("Regioportaal: geaccepteerde verwijzingen, actief 2026-01-01 t/m 2026-06-30");
    assertThat(CaseloadFromReferrals.source(H1, " Buurtteam MBO "))
        .isEqualTo(
            "Regioportaal: geaccepteerde verwijzingen, actief 2026-01-01 t/m 2026-06-30,"
                + " ontvanger Buurtteam MBO");
  }

  @Test
  void aLongReceiverNameStillMakesAValidSource() {
    String source = CaseloadFromReferrals.source(H1, "Team\n" + "x".repeat(500));
    assertThat(IndicatorTable.isValidSource(source)).isTrue();
    assertThat(source).doesNotContain("\n");
  }
}
