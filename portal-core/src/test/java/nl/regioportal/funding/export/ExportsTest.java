package nl.regioportal.funding.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportsTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void aShownValueIsReadAsANumberOnlyWithinTheDecimalLimits() {
    assertThat(Exports.shown("1234.5", DUTCH)).isEqualTo("1.234,5");
    assertThat(Exports.shown("<5", DUTCH)).isEqualTo("<5");
    assertThat(Exports.decimalOrNull("0.25")).isEqualTo(new BigDecimal("0.25"));
    String huge = "1" + "0".repeat(200_000);
    assertThat(Exports.decimalOrNull(huge)).isNull();
    assertThat(Exports.shown(huge, DUTCH)).isEqualTo(huge);
  }
}
