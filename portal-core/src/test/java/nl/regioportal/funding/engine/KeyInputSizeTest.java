package nl.regioportal.funding.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.regioportal.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Values the database cannot keep, or that would cost the server minutes, are refused. */
class KeyInputSizeTest {

  private static InvalidInputException refused(KeyInput input) {
    return (InvalidInputException)
        org.assertj.core.api.Assertions.catchThrowable(() -> FundingKeyEngine.compute(input));
  }

  private static KeyInput key(String percent, String value, String total) {
    return new KeyInput(
        new BigDecimal(total),
        List.of(KeyPart.of("EQUAL", "50"), new KeyPart("caseload", new BigDecimal(percent))),
        List.of(
            // built directly: the engine checks values that did not come from text, too
            Participant.of(
                "GM0599", Map.of("caseload", new IndicatorValue(new BigDecimal(value), false))),
            Participant.of("GM0606", Map.of("caseload", IndicatorValue.of("3")))));
  }

  @Test
  @Timeout(5)
  void hugeExponentsAreRefusedWithoutBeingExpanded() {
    assertThat(refused(key("50", "1e999999999", "100.00")).violations())
        .extracting(v -> v.key())
        .contains("funding.indicator.size");
    assertThat(refused(key("1e-999999999", "4", "100.00")).violations())
        .extracting(v -> v.key())
        .contains("funding.part.percent.scale");
    assertThat(refused(key("50", "4", "1e999999999")).violations())
        .extracting(v -> v.key())
        .contains("funding.total.tooLarge");
  }

  @Test
  void percentagesFinerThanTheStoredFourDecimalsAreRefused() {
    assertThat(refused(key("50.00001", "4", "100.00")).violations())
        .extracting(v -> v.field())
        .contains("parts[1].percent");
    assertThat(FundingKeyEngine.compute(key("50.0000", "4", "100.00")).totalCents())
        .isEqualTo(10_000);
  }

  @Test
  void anIndicatorNameMustFitTheColumnAndTheNamingRule() {
    String tooLong = "x".repeat(41);
    KeyInput input =
        new KeyInput(
            new BigDecimal("100.00"),
            List.of(new KeyPart(tooLong, new BigDecimal("100"))),
            List.of(Participant.of("GM0599", Map.of(tooLong, IndicatorValue.of("1")))));
    assertThatThrownBy(() -> FundingKeyEngine.compute(input))
        .isInstanceOf(InvalidInputException.class);
    assertThat(refused(input).violations())
        .extracting(v -> v.key())
        .contains("funding.part.basis.invalid");
  }
}
