package nl.regioportal.web.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

class FundingEditViewTest {

  private final List<Violation> problems = new ArrayList<>();

  private BigDecimal number(String raw) {
    return FundingEditView.number(raw, "total", problems);
  }

  @Test
  void dutchAndPlainNumbersAreRead() {
    assertThat(number("250.000,50")).isEqualByComparingTo("250000.50");
    assertThat(number("12,5")).isEqualByComparingTo("12.5");
    assertThat(number("250000.50")).isEqualByComparingTo("250000.50");
    assertThat(number("€ 1.234,00")).isEqualByComparingTo("1234");
    assertThat(number(" ")).isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  void ambiguousAndMalformedNumbersAreRefusedNotGuessed() {
    assertThat(number("250.000")).isNull();
    assertThat(number("1,234.50")).isNull();
    assertThat(number("1e999999999")).isNull();
    assertThat(number("twaalf")).isNull();
    assertThat(problems)
        .extracting(Violation::key)
        .containsExactly(
            "funding.form.ambiguous",
            "funding.form.number",
            "funding.form.number",
            "funding.form.number");
  }

  @Test
  void centsAreNeverTruncated() {
    assertThat(FundingEditView.cents(new BigDecimal("12.34"), "min", problems)).isEqualTo(1234L);
    assertThat(FundingEditView.cents(new BigDecimal("12.345"), "min", problems)).isNull();
    assertThat(problems).extracting(Violation::field).containsExactly("min");
  }
}
