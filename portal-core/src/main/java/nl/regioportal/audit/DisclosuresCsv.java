package nl.regioportal.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A student's disclosure overview as CSV, in the house style of the portal's exports: UTF-8 with a
 * byte order mark, {@code ;} between fields (Dutch Excel), CRLF, quoted only where needed, text
 * that starts like a formula ({@code = + - @}, tab, CR) prefixed with {@code '} (OWASP CSV
 * injection). One header row, then one row per entry, oldest first:
 *
 * <ol>
 *   <li>{@code Volgnummer}: the entry's seq in the region's trail
 *   <li>{@code Tijdstip (UTC)}: {@code 2026-12-03 09:15:02}
 *   <li>{@code Gebruiker}: user name, or {@code system}
 *   <li>{@code Organisatie}: the organisation's name, else its id, else empty
 *   <li>{@code Rol}: the role(s) the user acted in ({@code care-worker})
 *   <li>{@code Handeling}: the Dutch label of the action ({@code inzien}, {@code verstrekken})
 *   <li>{@code Verwijzing}: the referral's id, or empty
 *   <li>{@code Onderwerp}: what was touched
 *   <li>{@code Herkomst}: IP address, or {@code system} / the job
 * </ol>
 */
public final class DisclosuresCsv {

  /** The header row. */
  public static final List<String> HEADERS =
      List.of(
          "Volgnummer",
          "Tijdstip (UTC)",
          "Gebruiker",
          "Organisatie",
          "Rol",
          "Handeling",
          "Verwijzing",
          "Onderwerp",
          "Herkomst");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  private static final String FORMULA_START = "=+-@\t\r";

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private DisclosuresCsv() {}

  /**
   * Writes {@code entries}; {@code organisationNames} maps organisation ids to names (an id without
   * a name is written as the id). Flushes, does not close {@code out}.
   */
  public static void write(
      List<Disclosure> entries, Map<Long, String> organisationNames, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(w, FORMAT);
    csv.printRecord(HEADERS);
    for (Disclosure d : entries) {
      Long org = d.actorOrganisationId();
      csv.printRecord(
          Long.toString(d.seq()),
          AT.format(d.at()),
          text(d.actor()),
          org == null ? "" : text(organisationNames.getOrDefault(org, org.toString())),
          text(d.actorRole()),
          text(d.actionDutch()),
          d.referralId() == null ? "" : d.referralId().toString(),
          text(d.subject()),
          text(d.origin()));
    }
    csv.flush();
  }

  static String text(String cell) {
    return cell != null && !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0
        ? "'" + cell
        : cell;
  }
}
