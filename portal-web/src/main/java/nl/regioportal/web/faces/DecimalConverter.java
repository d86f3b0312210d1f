package nl.regioportal.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.regioportal.shared.Decimals;
import nl.regioportal.web.i18n.Texts;

/**
 * Decimal fields of the pages ({@code converter="decimal"}): reads what a person typed with {@link
 * Decimals#typed(String)} (the one reader of typed numbers: Dutch or plain, ambiguous input
 * refused, length checked first) and writes a value in the page's language without grouping ({@code
 * 1234,5} in Dutch, {@code 1234.5} in English).
 *
 * <p>Invariant: what this converter writes, it reads back as the same value. An English {@code
 * 1.234} would be refused as ambiguous, so it is written {@code 1.2340}.
 *
 * <p>A refused text is an error at its field and in the page's summary, like every violation the
 * page shows ({@link PageMessages#violation}): the rows of the tables have no message of their own.
 */
@FacesConverter("decimal")
public class DecimalConverter implements Converter<BigDecimal> {

  /** The bundle key that explains a refusal; the typed text is its argument. */
  static String messageKey(Decimals.Refusal refusal) {
    return switch (refusal) {
      case AMBIGUOUS -> "funding.form.ambiguous";
      case NOT_A_NUMBER -> "funding.form.number";
    };
  }

  /**
   * A typed text as a number; blank is {@code null}.
   *
   * @throws ConverterException with the message, in {@code locale}, when the text is refused
   */
  public static BigDecimal read(String text, Locale locale) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Decimals.Reading reading = Decimals.typed(text);
    if (reading.ok()) {
      return reading.value();
    }
    String message = Texts.text(locale, messageKey(reading.refusal()), text);
    throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  /** A number as the page shows it in {@code locale}; {@code null} is empty. */
  public static String write(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    char separator =
        DecimalFormatSymbols.getInstance(Texts.supported(locale)).getDecimalSeparator();
    String text = value.toPlainString().replace('.', separator);
    Decimals.Reading back = Decimals.typed(text);
    if (!back.ok() && back.refusal() == Decimals.Refusal.AMBIGUOUS) {
      // 1.234 with a point: a trailing zero tells it from a thousands separator
      return text + "0";
    }
    return text;
  }

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    try {
      return read(value, locale(context));
    } catch (ConverterException e) {
      context.addMessage(null, e.getFacesMessage());
      throw e;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return write(value, locale(context));
  }

  private static Locale locale(FacesContext context) {
    return context.getViewRoot() == null ? Texts.DUTCH : context.getViewRoot().getLocale();
  }
}
