package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.regioportal.web.directory.DirectoryLabels;
import nl.regioportal.web.faces.PageMessages;

/**
 * The words and dates of the referral pages, in the reader's language: states, codes (decline
 * reasons, outcomes, categories) through the bundle ({@code referral.state.*}, ...), stored UTC
 * moments as local time in the Netherlands, terms and municipalities by name. Codes stay codes in
 * the service; only the pages turn them into words, so the figures count the same codes.
 */
@Named
@RequestScoped
public class ReferralLabels {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

  @Inject PageMessages messages;
  @Inject DirectoryLabels labels;

  public String state(Object state) {
    return state == null ? "" : messages.text("referral.state." + state);
  }

  /** A code of a kind ({@code declineReason}, {@code outcome}, {@code category}, ...) as words. */
  public String code(String kind, Object code) {
    return code == null ? "" : messages.text("referral." + kind + "." + code);
  }

  public String term(String code) {
    return labels.term(code, locale());
  }

  public String municipality(String code) {
    return code == null ? "" : labels.municipality(code);
  }

  /** A stored UTC moment as local date and time; empty for none. */
  public String moment(LocalDateTime utc) {
    return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(NL).format(MOMENT);
  }

  public String day(LocalDate date) {
    return date == null ? "" : date.format(DAY);
  }

  /** The ISO date (for a {@code datetime} attribute). */
  public String iso(LocalDateTime utc) {
    return utc == null
        ? ""
        : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(NL).toOffsetDateTime().toString();
  }

  private Locale locale() {
    return messages.locale();
  }
}
