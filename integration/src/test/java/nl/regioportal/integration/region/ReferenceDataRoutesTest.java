package nl.regioportal.integration.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferenceDataRoutesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

  @Test
  void aYearInTheFileNameSetsTheFirstDayOfThatYear() {
    assertThat(ReferenceDataRoutes.validFromOf("gebieden-2027.csv", TODAY))
        .isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void aNameWithoutAYearIsValidFromTheDayItIsApplied() {
    assertThat(ReferenceDataRoutes.validFromOf("gebieden.csv", TODAY)).isEqualTo(TODAY);
    assertThat(ReferenceDataRoutes.validFromOf(null, TODAY)).isEqualTo(TODAY);
  }
}
