package nl.regioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void plainDecimalsAreReadExactly() {
    assertThat(Decimals.plain(" 250000.50 ")).contains(new BigDecimal("250000.50"));
    assertThat(Decimals.plain("-3")).contains(new BigDecimal("-3"));
    assertThat(Decimals.plain(".5")).contains(new BigDecimal(".5"));
  }

  @Test
  void exponentsCommasAndWordsAreNotPlainDecimals() {
    assertThat(Decimals.plain("1e9")).isEmpty();
    assertThat(Decimals.plain("12,5")).isEmpty();
    assertThat(Decimals.plain("twelve")).isEmpty();
    assertThat(Decimals.plain(null)).isEmpty();
  }

  @Test
  void aLongTextIsRefusedBeforeItIsParsed() {
    String huge = "1".repeat(200_000);
    assertThat(Decimals.plain(huge)).isEmpty();
    assertThat(Decimals.typed(huge).refusal()).isEqualTo(Decimals.Refusal.NOT_A_NUMBER);
    // the refusal comes from the length check alone: no pattern or BigDecimal saw the digits
    assertThat(Decimals.plain("1".repeat(Decimals.MAX_LENGTH + 1))).isEmpty();
  }

  @Test
  void tooManyDigitsOrDecimalsAreRefused() {
    assertThat(Decimals.plain("1".repeat(Decimals.MAX_DIGITS + 1))).isEmpty();
    assertThat(Decimals.plain("0." + "0".repeat(Decimals.MAX_DECIMALS) + "1")).isEmpty();
    assertThat(Decimals.plain("1".repeat(Decimals.MAX_DIGITS))).isPresent();
    assertThat(Decimals.plain("1.000000000000000")).isPresent();
  }

  @Test
  void typedNumbersAcceptDutchAndPlainWriting() {
    assertThat(Decimals.typed("250.000,50").value()).isEqualByComparingTo("250000.50");
    assertThat(Decimals.typed("€ 12,5").value()).isEqualByComparingTo("12.5");
    assertThat(Decimals.typed("250000.50").value()).isEqualByComparingTo("250000.50");
  }

  @Test
  void aThousandsSeparatorAloneIsAmbiguousNotGuessed() {
    assertThat(Decimals.typed("250.000").refusal()).isEqualTo(Decimals.Refusal.AMBIGUOUS);
    assertThat(Decimals.typed("1.2.3,4,5").refusal()).isEqualTo(Decimals.Refusal.NOT_A_NUMBER);
    assertThat(Decimals.typed("12.5,3").refusal()).isEqualTo(Decimals.Refusal.NOT_A_NUMBER);
  }

  @Test
  void centsNeedAtMostTwoDecimalsAndFourteenEuroDigits() {
    assertThat(Decimals.plainCents("1234.50")).contains(123450L);
    assertThat(Decimals.plainCents("1.230")).contains(123L);
    assertThat(Decimals.plainCents("1.235")).isEmpty();
    assertThat(Decimals.plainCents("99999999999999.99")).contains(9999999999999999L);
    assertThat(Decimals.plainCents("100000000000000")).isEmpty();
  }
}
