package nl.regioportal.web.funding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.faces.DecimalConverter;
import nl.regioportal.web.i18n.Texts;
import org.junit.jupiter.api.Test;

/** The editor's numbers: read by the page's decimal converter, bounds made cents by the form. */
class FundingEditViewTest {

  private final List<String> refused = new ArrayList<>();
  private final List<Violation> problems = new ArrayList<>();

  private BigDecimal number(String raw) {
    try {
      return DecimalConverter.read(raw, Texts.DUTCH);
    } catch (ConverterException e) {
      refused.add(e.getFacesMessage().getSummary());
      return null;
    }
  }

  private static String dutch(String key, String raw) {
    return Texts.text(Texts.DUTCH, key, raw);
  }

  @Test
  void dutchAndPlainNumbersAreRead() {
    assertThat(number("250.000,50")).isEqualByComparingTo("250000.50");
    assertThat(number("12,5")).isEqualByComparingTo("12.5");
    assertThat(number("250000.50")).isEqualByComparingTo("250000.50");
    assertThat(number("€ 1.234,00")).isEqualByComparingTo("1234");
    assertThat(number(" ")).isNull();
    assertThat(refused).isEmpty();
  }

  @Test
  void ambiguousAndMalformedNumbersAreRefusedNotGuessed() {
    assertThat(number("250.000")).isNull();
    assertThat(number("1,234.50")).isNull();
    assertThat(number("1e999999999")).isNull();
    assertThat(number("twaalf")).isNull();
    assertThat(refused)
        .containsExactly(
            dutch("funding.form.ambiguous", "250.000"),
            dutch("funding.form.number", "1,234.50"),
            dutch("funding.form.number", "1e999999999"),
            dutch("funding.form.number", "twaalf"));
  }

  @Test
  void centsAreNeverTruncated() {
    assertThat(FundingForm.cents(new BigDecimal("12.34"), "min", problems)).isEqualTo(1234L);
    assertThat(FundingForm.cents(new BigDecimal("12.345"), "min", problems)).isNull();
    assertThat(problems).extracting(Violation::field).containsExactly("min");
  }
}
