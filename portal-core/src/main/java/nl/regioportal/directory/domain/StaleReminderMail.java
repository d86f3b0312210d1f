package nl.regioportal.directory.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The reminder an organisation gets for its directory entries that are stale and not yet reminded
 * in this stale period: one mail listing each entry (name, when and by whom last verified, its
 * page), Dutch first with English below. Pure text; the application queues it in the outbox.
 *
 * @param subject both languages, Dutch first
 * @param body plain text, Dutch first
 */
public record StaleReminderMail(String subject, String body) {

  /** One stale entry as the mail lists it; {@code verifiedAt} is UTC, null for never. */
  public record Entry(long id, String name, LocalDateTime verifiedAt, String verifiedBy) {
    public Entry {
      Objects.requireNonNull(name, "name is required");
    }
  }

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  /**
   * The mail for {@code organisation}'s stale entries in {@code region}, with links built on {@code
   * publicUrl} (the portal's root as browsers reach it, without a trailing slash).
   */
  public static StaleReminderMail of(
      String region, String organisation, List<Entry> entries, String publicUrl) {
    Objects.requireNonNull(region, "region is required");
    Objects.requireNonNull(publicUrl, "publicUrl is required");
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("A reminder lists at least one entry");
    }
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    int n = entries.size();
    String subject =
        "Sociale kaart: "
            + (n == 1 ? "1 vermelding" : n + " vermeldingen")
            + " controleren / Directory: "
            + (n == 1 ? "1 entry" : n + " entries")
            + " to verify";
    StringBuilder b = new StringBuilder();
    b.append("Beste ").append(organisation).append(",\n\n");
    b.append(
        n == 1
            ? "De volgende vermelding van uw organisatie in de sociale kaart van het Regioportaal is"
            : "De volgende vermeldingen van uw organisatie in de sociale kaart van het Regioportaal"
                + " zijn");
    b.append(" langer dan zes maanden niet gecontroleerd. Wilt u ")
        .append(n == 1 ? "die" : "ze")
        .append(" nakijken? Klopt alles nog, kies dan op de pagina van de dienst")
        .append(" \"Gegevens kloppen nog\"; anders past u de gegevens aan.\n\n");
    list(
        b,
        entries,
        base,
        region,
        DUTCH,
        "Nog nooit gecontroleerd",
        "Laatst gecontroleerd op ",
        " door ");
    b.append(
        "U krijgt deze herinnering één keer per vermelding, tot die opnieuw is gecontroleerd.\n\n");
    b.append("-- English --\n\n");
    b.append("Dear ").append(organisation).append(",\n\n");
    b.append(
        n == 1
            ? "The following entry of your organisation in the Regioportaal directory has"
            : "The following entries of your organisation in the Regioportaal directory have");
    b.append(" not been verified for more than six months. Please check ")
        .append(n == 1 ? "it" : "them")
        .append(": if everything is still right, choose \"Details are still right\" on the")
        .append(" service's page; otherwise update the details.\n\n");
    list(b, entries, base, region, Locale.UK, "Never verified", "Last verified on ", " by ");
    b.append("You get this reminder once per entry, until it has been verified again.\n");
    return new StaleReminderMail(subject, b.toString());
  }

  /** Each entry: its name, when and by whom it was last verified, and its page. */
  private static void list(
      StringBuilder b,
      List<Entry> entries,
      String base,
      String region,
      Locale locale,
      String never,
      String verifiedOn,
      String by) {
    for (Entry e : entries) {
      b.append("- ").append(e.name()).append('\n');
      b.append("  ");
      if (e.verifiedAt() == null) {
        b.append(never);
      } else {
        b.append(verifiedOn).append(date(e.verifiedAt(), locale));
        if (e.verifiedBy() != null && !e.verifiedBy().isBlank()) {
          b.append(by).append(e.verifiedBy());
        }
      }
      b.append('\n');
      b.append("  ").append(link(base, region, e)).append("\n\n");
    }
  }

  /** The service's page: {@code /r/{region}/directory/services/{id}} on the public address. */
  static String link(String base, String region, Entry e) {
    return base + "/r/" + region + "/directory/services/" + e.id();
  }

  private static String date(LocalDateTime utc, Locale locale) {
    return utc.atZone(ZoneOffset.UTC)
        .withZoneSameInstant(AMSTERDAM)
        .format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
  }
}
