package nl.regioportal.funding.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  @Test
  void dutch() {
    assertThat(MoneyFormat.format(20_451_122L, DUTCH)).isEqualTo("€ 204.511,22");
    assertThat(MoneyFormat.format(5L, DUTCH)).isEqualTo("€ 0,05");
    assertThat(MoneyFormat.format(-350L, DUTCH)).isEqualTo("€ -3,50");
    assertThat(MoneyFormat.format(new BigDecimal("1234.5678"), DUTCH)).isEqualTo("€ 1.234,5678");
  }

  @Test
  void english() {
    assertThat(MoneyFormat.format(20_451_122L, Locale.ENGLISH)).isEqualTo("€204,511.22");
    assertThat(MoneyFormat.format(20_451_122L, Locale.UK)).isEqualTo("€204,511.22");
    assertThat(MoneyFormat.format(-350L, Locale.ENGLISH)).isEqualTo("-€3.50");
    assertThat(MoneyFormat.format(new BigDecimal("1234.5678"), Locale.ENGLISH))
        .isEqualTo("€1,234.5678");
  }

  @Test
  void dutchByDefault() {
    assertThat(MoneyFormat.format(20_451_122L, null)).isEqualTo("€ 204.511,22");
    assertThat(MoneyFormat.format(20_451_122L, Locale.FRENCH)).isEqualTo("€ 204.511,22");
  }

  @Test
  void exactBeyondWhatADoubleHolds() {
    // 90 trillion euros and a cent: a double would lose the cent
    assertThat(MoneyFormat.format(9_000_000_000_000_001L, DUTCH))
        .isEqualTo("€ 90.000.000.000.000,01");
    assertThat(MoneyFormat.format(new BigDecimal("3.5"), DUTCH)).isEqualTo("€ 3,50");
  }

  @Test
  void everyLabelInBothLanguages() {
    assertThat(Labels.EN.keySet()).isEqualTo(Labels.NL.keySet());
  }
}
