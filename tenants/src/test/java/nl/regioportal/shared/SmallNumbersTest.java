package nl.regioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallNumbersTest {

  @Test
  void oneToFourShowAsUnderFiveAndZeroAndFiveShowAsThemselves() {
    assertThat(SmallNumbers.shown(0)).isEqualTo("0");
    for (int n = 1; n <= 4; n++) {
      assertThat(SmallNumbers.shown(n)).isEqualTo("<5");
      assertThat(SmallNumbers.isSmall(n)).isTrue();
    }
    assertThat(SmallNumbers.shown(5)).isEqualTo("5");
    assertThat(SmallNumbers.shown(1234)).isEqualTo("1234");
    assertThat(SmallNumbers.isSmall(0)).isFalse();
    assertThat(SmallNumbers.isSmall(5)).isFalse();
  }

  @Test
  void aNegativeCountIsAMistakeNotAFigure() {
    assertThatThrownBy(() -> SmallNumbers.shown(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
