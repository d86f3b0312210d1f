package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import nl.regioportal.web.faces.PageMessages;

/** Formats cents and euros for people, in the page's language: Dutch "€ 1.234,56". */
@Named
@RequestScoped
public class Money {

  @Inject PageMessages messages;

  /** Cents as euros, e.g. {@code € 204.511,22}. */
  public String cents(long cents) {
    return euros(BigDecimal.valueOf(cents, 2), 2);
  }

  /** Euros with a given number of decimals (exact amounts show 4). */
  public String euros(BigDecimal euros, int decimals) {
    if (euros == null) {
      return "";
    }
    DecimalFormat f = (DecimalFormat) NumberFormat.getCurrencyInstance(messages.locale());
    f.setCurrency(java.util.Currency.getInstance("EUR"));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setParseBigDecimal(true);
    return f.format(euros);
  }

  /** A plain decimal in the page's language, e.g. {@code 0,883281}. */
  public String decimal(String plain) {
    if (plain == null || plain.isEmpty() || !plain.matches("-?\\d+(\\.\\d+)?")) {
      return plain;
    }
    BigDecimal d = new BigDecimal(plain);
    DecimalFormat f =
        new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(messages.locale()));
    f.setMinimumFractionDigits(Math.max(0, Math.min(d.scale(), 6)));
    return f.format(d);
  }
}
