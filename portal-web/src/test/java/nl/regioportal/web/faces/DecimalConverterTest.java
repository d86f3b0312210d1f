package nl.regioportal.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import nl.regioportal.shared.Decimals;
import nl.regioportal.web.i18n.Texts;
import org.junit.jupiter.api.Test;

class DecimalConverterTest {

  @Test
  void writesInThePagesLanguageWithoutGrouping() {
    assertThat(DecimalConverter.write(new BigDecimal("250000.50"), Texts.DUTCH))
        .isEqualTo("250000,50");
    assertThat(DecimalConverter.write(new BigDecimal("250000.50"), Locale.ENGLISH))
        .isEqualTo("250000.50");
    assertThat(DecimalConverter.write(new BigDecimal("100"), Texts.DUTCH)).isEqualTo("100");
    assertThat(DecimalConverter.write(null, Texts.DUTCH)).isEmpty();
  }

  @Test
  void anEnglishValueThatLooksLikeAThousandsSeparatorIsWrittenSoItReadsBack() {
    assertThat(DecimalConverter.write(new BigDecimal("12.125"), Locale.ENGLISH))
        .isEqualTo("12.1250");
    assertThat(DecimalConverter.write(new BigDecimal("12.125"), Texts.DUTCH)).isEqualTo("12,125");
  }

  @Test
  void readsWhatAPersonTypesTheDutchWayOrPlainly() {
    assertThat(DecimalConverter.read("250.000,50", Texts.DUTCH)).isEqualByComparingTo("250000.50");
    assertThat(DecimalConverter.read("12,5", Locale.ENGLISH)).isEqualByComparingTo("12.5");
    assertThat(DecimalConverter.read("  ", Texts.DUTCH)).isNull();
    assertThat(DecimalConverter.read(null, Texts.DUTCH)).isNull();
  }

  @Test
  void aRefusalIsTheBundlesMessageInThePagesLanguage() {
    assertThatThrownBy(() -> DecimalConverter.read("250.000", Locale.ENGLISH))
        .isInstanceOf(ConverterException.class)
        .extracting(e -> ((ConverterException) e).getFacesMessage().getSummary())
        .isEqualTo(Texts.text(Locale.ENGLISH, "funding.form.ambiguous", "250.000"));
    assertThatThrownBy(() -> DecimalConverter.read("twaalf", Texts.DUTCH))
        .extracting(e -> ((ConverterException) e).getFacesMessage().getSummary())
        .isEqualTo(Texts.text(Texts.DUTCH, "funding.form.number", "twaalf"));
  }

  @Test
  void aLongTextIsRefusedBeforeAnyNumberIsBuilt() {
    String digits = "1".repeat(Decimals.MAX_LENGTH + 1);
    assertThatThrownBy(() -> DecimalConverter.read(digits, Texts.DUTCH))
        .isInstanceOf(ConverterException.class);
  }

  @Property
  void whatItWritesItReadsBackInEitherLanguage(
      @ForAll @BigRange(min = "-99999", max = "99999") @Scale(6) BigDecimal digits,
      @ForAll @IntRange(min = 0, max = 6) int scale,
      @ForAll boolean dutch) {
    BigDecimal value = digits.setScale(scale, RoundingMode.DOWN);
    Locale locale = dutch ? Texts.DUTCH : Locale.ENGLISH;
    String written = DecimalConverter.write(value, locale);
    assertThat(DecimalConverter.read(written, locale)).isEqualByComparingTo(value);
  }
}
