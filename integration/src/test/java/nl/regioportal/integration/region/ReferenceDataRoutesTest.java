package nl.regioportal.integration.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferenceDataRoutesTest {

  @Test
  void aYearInTheFileNameSetsTheFirstDayOfThatYear() {
    assertThat(ReferenceDataRoutes.validFromOf("gebieden-2027.csv"))
        .isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(ReferenceDataRoutes.validFromOf("gebieden.csv")).isEqualTo(LocalDate.now());
  }
}
