package nl.regioportal.funding.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.funding.application.LineView;
import nl.regioportal.funding.application.ShareView;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.funding.engine.DerivationLine;
import nl.regioportal.funding.engine.KeyPart;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One version as an Excel workbook ({@code .xlsx}) for people, in Dutch or English. Every sheet
 * starts with four title rows (arrangement title; budget year; version number and label; status),
 * an empty row, and a header row that stays in view when scrolling (row 6). Amounts are numeric
 * cells with a euro number format, so they can be added up and checked; values shown as {@code <5}
 * (suppressed small counts) are text.
 *
 * <ol>
 *   <li><b>Verdeling / Shares</b> – the table of {@link FundingCsvExport}, one row per municipality
 *       (code, name, amount, exact amount, rounding in cents, bound, review, then per key part the
 *       value as shown and the part amount), bound and review in words. Below it: a total row with
 *       {@code SUM} over the amounts, the version's total as recorded, and a check row that says
 *       "klopt" / "OK" when the two are equal (to the cent) and "WIJKT AF" / "DIFFERS" otherwise.
 *   <li><b>Toelichting / Derivation</b> – per municipality per key part one line: part number,
 *       basis, percent, part amount (the total times the percent), value as shown, share of the
 *       basis as shown ("niet getoond" / "not shown" where it would reveal a suppressed count) and
 *       the amount before bounds and rounding; then the bound adjustment, the rounding to cents
 *       (both in euros) and the amount.
 *   <li><b>Bronnen / Sources</b> – per indicator its source and reference date.
 * </ol>
 *
 * Formulas are evaluated before writing, so viewers that do not recalculate show the results too.
 */
public final class FundingWorkbookExport {

  /** The row (0-based) of the header on every sheet: after four title rows and an empty row. */
  public static final int HEADER_ROW = 5;

  private static final int MAX_WIDTH = 60;

  private FundingWorkbookExport() {}

  /**
   * Writes the workbook; see the class description for its layout. Does not close {@code out}.
   *
   * @param locale the language of sheet names, headers and words: English for {@code en}, else
   *     Dutch
   * @throws IllegalArgumentException if the amounts do not add up to the version's total
   */
  public static void write(VersionDetails version, Locale locale, OutputStream out)
      throws IOException {
    Exports.checkTotal(version);
    Labels l = Labels.of(locale, version);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb, l);
      wb.getProperties().getCoreProperties().setTitle(version.arrangementTitle());
      shares(wb.createSheet(l.get("sheet.shares")), version, l, st);
      derivation(wb.createSheet(l.get("sheet.derivation")), version, l, st);
      sources(wb.createSheet(l.get("sheet.sources")), version, l, st);
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      wb.write(out);
    }
    out.flush();
  }

  // ---------------------------------------------------------------------------------------------

  private static void shares(Sheet sheet, VersionDetails d, Labels l, Styles st) {
    Table t = new Table(sheet, d, l, st);
    t.header(
        l.get("col.code"),
        l.get("col.name"),
        l.get("col.amount"),
        l.get("col.exact"),
        l.get("col.rounding"),
        l.get("col.bound"),
        l.get("col.review"));
    int col = 7;
    for (KeyPart part : d.parts()) {
      t.headerCell(col++, l.basis(part.basis()) + " " + l.get("col.partValue"));
      t.headerCell(col++, l.basis(part.basis()) + " " + l.get("col.partAmount"));
    }
    int first = t.next;
    for (ShareView s : d.shares()) {
      Row r = t.row();
      t.text(r, 0, s.code());
      t.text(r, 1, s.name());
      t.euros(r, 2, Cents.toEuros(s.share().amountCents()), st.euro2);
      t.euros(r, 3, s.share().exactEuros(), st.euro4);
      t.number(r, 4, s.share().roundingAdjustmentCents(), st.cents4);
      t.text(r, 5, l.bound(s.share().bound()));
      t.text(r, 6, l.review(s.review() == null ? null : s.review().decision()));
      col = 7;
      for (KeyPart part : d.parts()) {
        LineView line = FundingCsvExport.line(s, part);
        if (line != null) {
          t.value(r, col, line.shownValue());
          t.euros(r, col + 1, line.line().exactEuros(), st.euro4);
        }
        col += 2;
      }
    }
    int last = t.next - 1;
    String amounts = "C" + (first + 1) + ":C" + (last + 1);

    Row total = t.row();
    t.text(total, 1, l.get("row.total"), st.bold);
    Cell sum = total.createCell(2);
    sum.setCellFormula("SUM(" + amounts + ")");
    sum.setCellStyle(st.euro2Bold);

    Row recorded = t.row();
    t.text(recorded, 1, l.get("row.versionTotal"));
    t.euros(recorded, 2, Cents.toEuros(d.summary().totalCents()), st.euro2);

    Row check = t.row();
    t.text(check, 1, l.get("row.check"));
    String sumRef = new CellReference(total.getRowNum(), 2).formatAsString();
    String recordedRef = new CellReference(recorded.getRowNum(), 2).formatAsString();
    Cell checkCell = check.createCell(2);
    checkCell.setCellFormula(
        "IF(ROUND("
            + sumRef
            + "-"
            + recordedRef
            + ",2)=0,\""
            + l.get("check.ok")
            + "\",\""
            + l.get("check.differs")
            + "\")");
    checkCell.setCellStyle(st.bold);
    t.finish(2);
  }

  private static void derivation(Sheet sheet, VersionDetails d, Labels l, Styles st) {
    Table t = new Table(sheet, d, l, st);
    t.header(
        l.get("col.code"),
        l.get("col.name"),
        l.get("col.part"),
        l.get("col.basis"),
        l.get("col.percent"),
        l.get("col.partTotal"),
        l.get("col.value"),
        l.get("col.basisShare"),
        l.get("col.beforeRounding"));
    for (ShareView s : d.shares()) {
      int n = 0;
      for (LineView line : s.lines()) {
        DerivationLine dl = line.line();
        Row r = t.row();
        t.text(r, 0, s.code());
        t.text(r, 1, s.name());
        t.number(r, 2, BigDecimal.valueOf(++n), st.integer);
        t.text(r, 3, l.basis(dl.basis()));
        t.percent(r, 4, dl.percent());
        t.euros(r, 5, Exports.euros4(dl.partCents()), st.euro4);
        t.value(r, 6, line.shownValue());
        BigDecimal share = Exports.decimalOrNull(line.shownShare());
        if (share == null) {
          t.text(r, 7, l.get("value.notShown"));
        } else {
          t.number(r, 7, share, st.share);
        }
        t.euros(r, 8, dl.exactEuros(), st.euro4);
      }
      Row bound = t.row();
      t.text(bound, 0, s.code());
      t.text(bound, 1, s.name());
      t.text(bound, 3, l.get("row.boundAdjustment"));
      t.euros(bound, 8, s.share().boundAdjustmentEuros(), st.euro4);
      Row rounding = t.row();
      t.text(rounding, 0, s.code());
      t.text(rounding, 1, s.name());
      t.text(rounding, 3, l.get("row.roundingAdjustment"));
      t.euros(rounding, 8, s.share().roundingAdjustmentCents().movePointLeft(2), st.euro4);
      Row amount = t.row();
      t.text(amount, 0, s.code(), st.bold);
      t.text(amount, 1, s.name(), st.bold);
      t.text(amount, 3, l.get("row.amount"), st.bold);
      t.euros(amount, 8, Cents.toEuros(s.share().amountCents()), st.euro2Bold);
      t.next++;
    }
    t.finish(2);
  }

  private static void sources(Sheet sheet, VersionDetails d, Labels l, Styles st) {
    Table t = new Table(sheet, d, l, st);
    t.header(l.get("col.indicator"), l.get("col.source"), l.get("col.referenceDate"));
    for (Map.Entry<String, IndicatorSource> e : d.sources().entrySet()) {
      Row r = t.row();
      t.text(r, 0, l.basis(e.getKey()));
      IndicatorSource src = e.getValue();
      if (src != null && src.source() != null) {
        t.text(r, 1, src.source());
      }
      if (src != null && src.referenceDate() != null) {
        t.date(r, 2, src.referenceDate());
      }
    }
    t.finish(0);
  }

  // ---------------------------------------------------------------------------------------------

  /** The cell styles of one workbook. */
  private static final class Styles {
    final XSSFWorkbook wb;
    final Labels l;
    final CellStyle title;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle euro2;
    final CellStyle euro2Bold;
    final CellStyle euro4;
    final CellStyle cents4;
    final CellStyle share;
    final CellStyle integer;
    final CellStyle date;
    final Map<String, CellStyle> byFormat = new HashMap<>();

    Styles(XSSFWorkbook wb, Labels l) {
      this.wb = wb;
      this.l = l;
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      Font boldFont = wb.createFont();
      boldFont.setBold(true);
      bold = wb.createCellStyle();
      bold.setFont(boldFont);
      header = wb.createCellStyle();
      header.setFont(boldFont);
      header.setBorderBottom(BorderStyle.THIN);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      boolean english = l.english();
      String euro = english ? "\"€\"" : "\"€ \"";
      String minus = english ? "-\"€\"" : "\"€ -\"";
      euro2 = format(euro + "#,##0.00;" + minus + "#,##0.00");
      euro2Bold = wb.createCellStyle();
      euro2Bold.cloneStyleFrom(euro2);
      euro2Bold.setFont(boldFont);
      euro4 = format(euro + "#,##0.0000;" + minus + "#,##0.0000");
      cents4 = format("0.0000");
      share = format("0.000000");
      integer = format("#,##0");
      date = format(english ? "d mmm yyyy" : "d-m-yyyy");
    }

    /** A style with this number format, one per format. */
    CellStyle format(String format) {
      return byFormat.computeIfAbsent(
          format,
          f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
          });
    }

    /** A format showing exactly {@code scale} decimals, grouped: {@code #,##0.00}. */
    CellStyle decimals(int scale, String suffix) {
      return format(scale <= 0 ? "#,##0" + suffix : "#,##0." + "0".repeat(scale) + suffix);
    }
  }

  /** Writes one sheet's rows, keeping track of the column widths. */
  private static final class Table {
    final Sheet sheet;
    final Labels l;
    final Styles st;
    final Map<Integer, Integer> widths = new HashMap<>();
    int next;

    Table(Sheet sheet, VersionDetails d, Labels l, Styles st) {
      this.sheet = sheet;
      this.l = l;
      this.st = st;
      List<String> titles = Exports.titleLines(d, l);
      for (int i = 0; i < titles.size(); i++) {
        Cell c = sheet.createRow(i).createCell(0);
        c.setCellValue(titles.get(i));
        c.setCellStyle(i == 0 ? st.title : null);
      }
      next = HEADER_ROW;
    }

    void header(String... labels) {
      for (int i = 0; i < labels.length; i++) {
        headerCell(i, labels[i]);
      }
    }

    void headerCell(int col, String label) {
      Row r =
          sheet.getRow(HEADER_ROW) == null ? sheet.createRow(HEADER_ROW) : sheet.getRow(HEADER_ROW);
      Cell c = r.createCell(col);
      c.setCellValue(label);
      c.setCellStyle(st.header);
      widen(col, label.length());
      next = HEADER_ROW + 1;
    }

    Row row() {
      return sheet.createRow(next++);
    }

    void text(Row r, int col, String text) {
      text(r, col, text, null);
    }

    void text(Row r, int col, String text, CellStyle style) {
      Cell c = r.createCell(col);
      c.setCellValue(text);
      if (style != null) {
        c.setCellStyle(style);
      }
      widen(col, text.length());
    }

    void euros(Row r, int col, BigDecimal euros, CellStyle style) {
      Cell c = r.createCell(col);
      c.setCellValue(euros.doubleValue());
      c.setCellStyle(style);
      widen(col, MoneyFormat.format(euros, l.locale()).length());
    }

    void number(Row r, int col, BigDecimal value, CellStyle style) {
      Cell c = r.createCell(col);
      c.setCellValue(value.doubleValue());
      c.setCellStyle(style);
      widen(col, Exports.number(value, l.locale()).length() + 1);
    }

    /** A value as shown: a number where it is one (with its own decimals), else text. */
    void value(Row r, int col, String shown) {
      BigDecimal n = Exports.decimalOrNull(shown);
      if (n == null) {
        text(r, col, shown == null ? "" : shown);
      } else {
        number(r, col, n, st.decimals(n.stripTrailingZeros().scale(), ""));
      }
    }

    /** A percentage such as {@code 33.5} as the fraction {@code 0.335} in a percent format. */
    void percent(Row r, int col, BigDecimal percent) {
      BigDecimal p = percent.stripTrailingZeros();
      Cell c = r.createCell(col);
      c.setCellValue(p.movePointLeft(2).doubleValue());
      c.setCellStyle(st.format(p.scale() <= 0 ? "0%" : "0." + "0".repeat(p.scale()) + "%"));
      widen(col, Exports.percent(p, l.locale()).length());
    }

    void date(Row r, int col, LocalDate date) {
      Cell c = r.createCell(col);
      c.setCellValue(date);
      c.setCellStyle(st.date);
      widen(col, 12);
    }

    void widen(int col, int chars) {
      widths.merge(col, chars, Math::max);
    }

    /** Sets the column widths and freezes the header row and the first {@code columns} columns. */
    void finish(int columns) {
      widths.forEach(
          (col, chars) ->
              sheet.setColumnWidth(col, Math.min(MAX_WIDTH, Math.max(8, chars + 2)) * 256));
      sheet.createFreezePane(columns, HEADER_ROW + 1);
    }
  }
}
