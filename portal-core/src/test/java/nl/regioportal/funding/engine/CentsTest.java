package nl.regioportal.funding.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CentsTest {

  @Test
  void formatsCentsAsDecimalEuros() {
    assertThat(Cents.format(123456)).isEqualTo("1234.56");
    assertThat(Cents.format(5)).isEqualTo("0.05");
    assertThat(Cents.format(-5)).isEqualTo("-0.05");
    assertThat(Cents.format(0)).isEqualTo("0.00");
    assertThat(Cents.format(100)).isEqualTo("1.00");
  }

  @Test
  void parsesDecimalEurosToCents() {
    assertThat(Cents.parse("1234.56")).isEqualTo(123456);
    assertThat(Cents.parse("1234.5")).isEqualTo(123450);
    assertThat(Cents.parse("7")).isEqualTo(700);
    assertThat(Cents.parse(" 0.05 ")).isEqualTo(5);
    assertThat(Cents.parse("-3.10")).isEqualTo(-310);
    assertThat(Cents.parse("1.230")).isEqualTo(123);
  }

  @Test
  void refusesMoreThanTwoDecimalsAndNonNumbers() {
    assertThatThrownBy(() -> Cents.parse("1.235")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cents.parse("1e3")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cents.parse("1,50")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cents.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cents.parse(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cents.parse("99999999999999999999"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Read by the shared reader: the length is checked before any BigDecimal is built. */
  @Test
  void refusesATextBeyondTheDecimalLimitsBeforeReadingIt() {
    assertThatThrownBy(() -> Cents.parse("1." + "0".repeat(60)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cents.parse("1" + "0".repeat(200_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .hasSizeLessThan(200);
  }

  @Test
  void keyPartsAndIndicatorValuesFromTextKeepTheSameLimits() {
    assertThat(KeyPart.of("EQUAL", "33.5").percent()).isEqualByComparingTo("33.5");
    assertThat(IndicatorValue.of("12.75").value()).isEqualByComparingTo("12.75");
    String huge = "1" + "0".repeat(200_000);
    assertThatThrownBy(() -> KeyPart.of("EQUAL", huge))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorValue.of(huge)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyPart.of("EQUAL", "1e3"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorValue.of("0." + "0".repeat(12) + "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatAndParseRoundTrip() {
    for (long c : new long[] {0, 1, 99, 100, 101, 123456789012L, -42}) {
      assertThat(Cents.parse(Cents.format(c))).isEqualTo(c);
    }
    assertThat(Cents.toEuros(150)).isEqualTo(new BigDecimal("1.50"));
  }
}
