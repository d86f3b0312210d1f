package nl.regioportal.funding.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.regioportal.funding.application.LineView;
import nl.regioportal.funding.application.ShareView;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.funding.engine.KeyPart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The whole key of one version as CSV, for spreadsheets and other programs.
 *
 * <p>The file: UTF-8 with a byte order mark (so Excel reads it as UTF-8), {@code ;} between fields
 * (Dutch Excel), lines ending in CRLF, fields quoted only where needed. One header row with labels
 * in the requested language, then one row per municipality in the version's order; no title or
 * total rows. The columns:
 *
 * <ol>
 *   <li>{@code Code} – the CBS code, e.g. {@code GM0599}
 *   <li>{@code Gemeente} / {@code Municipality} – the name
 *   <li>{@code Bedrag} / {@code Amount} – what it pays in euros, 2 decimals, no grouping: {@code
 *       204511,22} (Dutch) or {@code 204511.22} (English). The column adds up to the version's
 *       total exactly.
 *   <li>{@code Exact bedrag} / {@code Exact amount} – its exact share after bounds, before
 *       rounding, in euros with 4 decimals (HALF_UP): {@code 204511,2233}
 *   <li>{@code Afronding (cent)} / {@code Rounding (cents)} – amount minus exact share, in cents
 *       with 4 decimals, between -1 and 1: {@code -0,3333}
 *   <li>{@code Grens} / {@code Bound} – which of its own bounds fixed its share: {@code NONE},
 *       {@code MINIMUM} or {@code MAXIMUM} (codes, the same in every language)
 *   <li>{@code Beoordeling} / {@code Review} – {@code APPROVED}, {@code OBJECTED}, or empty while
 *       the municipality has not answered
 *   <li>then per key part, in key order, two columns headed by the label of the part's basis in the
 *       file's language ({@code Gelijke delen} / {@code Equal shares}, {@code Caseload naar
 *       woonplaats} / {@code Caseload by place of residence}, or the region's own label): {@code
 *       <basis> waarde} / {@code <basis> value} – the value as shown to the reader (a plain
 *       decimal, or {@code <5} for a suppressed small count); and {@code <basis> bedrag} / {@code
 *       <basis> amount} – the municipality's amount for that part before bounds and rounding, in
 *       euros with 4 decimals
 * </ol>
 *
 * Numbers are written as a spreadsheet of the header's language reads them: a decimal comma in
 * Dutch (the default, for Dutch Excel, which also expects the {@code ;}), a decimal point in
 * English; never grouped, so a program that splits on {@code ;} has at most one separator to read.
 * Text cells (code, name, headers) that start with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return get a leading single quote, so a spreadsheet shows them instead of
 * running them as a formula (OWASP CSV injection); numeric columns are never quoted.
 */
public final class FundingCsvExport {

  /** The field delimiter: {@code ;}, what Dutch Excel expects. */
  public static final char DELIMITER = ';';

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setDelimiter(DELIMITER).setRecordSeparator("\r\n").get();

  /** The characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
  private static final String FORMULA_START = "=+-@\t\r";

  /** A plain decimal as the engine shows values: {@code -0.3333}, {@code 1234}. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private FundingCsvExport() {}

  /**
   * Writes the whole key as CSV; see the class description for the layout. Flushes, does not close
   * {@code out}.
   *
   * @param locale the language of the header row: English for {@code en}, else Dutch
   * @throws IllegalArgumentException if the amounts do not add up to the version's total
   */
  public static void write(VersionDetails version, Locale locale, OutputStream out)
      throws IOException {
    Exports.checkTotal(version);
    Labels l = Labels.of(locale, version);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(w, FORMAT);
    csv.printRecord(header(version, l));
    for (ShareView s : version.shares()) {
      List<String> row = new ArrayList<>();
      row.add(text(s.code()));
      row.add(text(s.name()));
      row.add(decimal(Cents.toEuros(s.share().amountCents()), locale));
      row.add(decimal(s.share().exactEuros(), locale));
      row.add(decimal(s.share().roundingAdjustmentCents(), locale));
      row.add(s.share().bound().name());
      row.add(s.review() == null ? "" : s.review().decision().name());
      for (KeyPart part : version.parts()) {
        LineView line = line(s, part);
        row.add(line == null ? "" : numberOrText(line.shownValue(), locale));
        row.add(line == null ? "" : decimal(line.line().exactEuros(), locale));
      }
      csv.printRecord(row);
    }
    csv.flush();
  }

  /** The header row in the language of {@code l}. */
  private static List<String> header(VersionDetails version, Labels l) {
    List<String> h = new ArrayList<>();
    for (String key :
        List.of(
            "col.code",
            "col.name",
            "col.amount",
            "col.exact",
            "col.rounding",
            "col.bound",
            "col.review")) {
      h.add(l.get(key));
    }
    for (KeyPart part : version.parts()) {
      h.add(text(l.basis(part.basis()) + " " + l.get("col.partValue")));
      h.add(text(l.basis(part.basis()) + " " + l.get("col.partAmount")));
    }
    return h;
  }

  /**
   * A text cell that a spreadsheet will not run: one that starts like a formula gets a leading
   * single quote ({@code =1+2} becomes {@code '=1+2}). Only text goes through here; the numeric
   * columns are written from numbers, so a negative amount such as {@code -12.50} stays a number.
   */
  static String text(String cell) {
    return cell != null && !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0
        ? "'" + cell
        : cell;
  }

  /**
   * A value as shown (a plain decimal, or {@code <5}): a number is written as one in the file's
   * language, anything else as text.
   */
  private static String numberOrText(String cell, Locale locale) {
    return cell != null && NUMBER.matcher(cell).matches()
        ? decimal(new BigDecimal(cell), locale)
        : text(cell);
  }

  /**
   * A number as a spreadsheet of the file's language reads it: all its decimals (its scale), no
   * grouping, a plain minus sign, and the language's decimal separator, a comma in Dutch ({@code
   * -0,3333}) and a point in English ({@code -0.3333}). Exact: formatted from the {@link
   * BigDecimal}, never through floating point.
   */
  static String decimal(BigDecimal value, Locale locale) {
    DecimalFormat f = new DecimalFormat("0", MoneyFormat.symbols(locale));
    f.setGroupingUsed(false);
    f.setMinimumFractionDigits(Math.max(0, value.scale()));
    f.setMaximumFractionDigits(Math.max(0, value.scale()));
    f.setRoundingMode(RoundingMode.UNNECESSARY);
    return f.format(value);
  }

  /** The share's derivation line for a part, or {@code null} if it has none. */
  static LineView line(ShareView s, KeyPart part) {
    for (LineView line : s.lines()) {
      if (line.line().basis().equals(part.basis())) {
        return line;
      }
    }
    return null;
  }
}
