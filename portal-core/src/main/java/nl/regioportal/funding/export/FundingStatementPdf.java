package nl.regioportal.funding.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.application.LineView;
import nl.regioportal.funding.application.ShareView;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.domain.ReviewRow;
import nl.regioportal.funding.engine.DerivationLine;
import nl.regioportal.funding.engine.Share;

/**
 * A municipality's statement of one version as PDF (A4), in Dutch or English: what it pays and how
 * that follows from the key, with the whole key so the parties can check each other.
 *
 * <p>A statement, from the top: title; arrangement, budget year, version number and label, status;
 * the municipality's name and code with its amount in large type; its derivation table (per key
 * part: part number, basis, percent, part amount, value as shown, share of the basis as shown,
 * amount before rounding), then the bound adjustment, the rounding to cents and the amount; the
 * review (the municipality's own answer and the progress over all participants); and the whole
 * key's table (every municipality's amount and review, the own row in bold, the total). Every page
 * ends with the footer "Berekend met exacte breuken; afgerond op centen volgens de methode van de
 * grootste overschotten" (or its English equivalent). A statement usually fits on one page; a key
 * with many municipalities continues on the next.
 *
 * <p>Uses the PDF standard fonts (Helvetica, WinAnsi encoding), so nothing is embedded and the euro
 * sign and Dutch accents come out as text that can be searched and extracted.
 */
public final class FundingStatementPdf {

  private static final Font TITLE = font(16, Font.BOLD);
  private static final Font HEADING = font(11, Font.BOLD);
  private static final Font TEXT = font(9, Font.NORMAL);
  private static final Font AMOUNT = font(24, Font.BOLD);
  private static final Font CELL = font(8, Font.NORMAL);
  private static final Font CELL_BOLD = font(8, Font.BOLD);
  private static final Font FOOTER = font(7, Font.ITALIC);
  private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);

  private FundingStatementPdf() {}

  /**
   * Writes one municipality's statement. Does not close {@code out}.
   *
   * @param municipalityCode the municipality, e.g. {@code GM0599}
   * @param locale the language: English for {@code en}, else Dutch
   * @throws IllegalArgumentException if the municipality does not take part in the version, or the
   *     amounts do not add up to the version's total
   */
  public static void write(
      VersionDetails version, String municipalityCode, Locale locale, OutputStream out)
      throws IOException {
    Exports.checkTotal(version);
    ShareView share =
        version.shares().stream()
            .filter(s -> s.code().equals(municipalityCode))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        municipalityCode + " does not take part in this version"));
    render(version, List.of(share), Labels.of(locale, version), out);
  }

  /**
   * Writes every municipality's statement into one PDF, in the version's order, each starting on a
   * new page (so one page per municipality when each statement fits on a page). Does not close
   * {@code out}.
   *
   * @param locale the language: English for {@code en}, else Dutch
   * @throws IllegalArgumentException if the amounts do not add up to the version's total
   */
  public static void write(VersionDetails version, Locale locale, OutputStream out)
      throws IOException {
    Exports.checkTotal(version);
    render(version, version.shares(), Labels.of(locale, version), out);
  }

  // ---------------------------------------------------------------------------------------------

  private static void render(
      VersionDetails d, List<ShareView> statements, Labels l, OutputStream out) throws IOException {
    Document doc = new Document(PageSize.A4, 42, 42, 42, 54);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    writer.setCloseStream(false);
    writer.setPageEvent(new Footer(l.get("pdf.footer")));
    doc.addTitle(l.get("pdf.title") + " – " + d.arrangementTitle());
    doc.addCreator("Regioportaal");
    doc.open();
    boolean first = true;
    for (ShareView s : statements) {
      if (!first) {
        doc.newPage();
      }
      first = false;
      statement(doc, d, s, l);
    }
    doc.close();
    out.flush();
  }

  private static void statement(Document doc, VersionDetails d, ShareView s, Labels l) {
    Locale loc = l.locale();
    doc.add(new Paragraph(l.get("pdf.title"), TITLE));
    List<String> titles = Exports.titleLines(d, l);
    doc.add(new Paragraph(l.get("pdf.arrangement") + ": " + titles.get(0), TEXT));
    for (String line : titles.subList(1, titles.size())) {
      doc.add(new Paragraph(line, TEXT));
    }

    Paragraph who =
        new Paragraph(l.get("pdf.amountOf") + " " + s.name() + " (" + s.code() + ")", HEADING);
    who.setSpacingBefore(14);
    doc.add(who);
    doc.add(new Paragraph(MoneyFormat.format(s.share().amountCents(), loc), AMOUNT));

    doc.add(heading(l.get("pdf.derivation")));
    doc.add(derivation(s, l));

    doc.add(heading(l.get("pdf.review")));
    doc.add(new Paragraph(l.get("pdf.reviewOwn") + ": " + review(s.review(), l), TEXT));
    int approvals = 0;
    int objections = 0;
    for (ShareView other : d.shares()) {
      if (other.review() != null) {
        switch (other.review().decision()) {
          case APPROVED -> approvals++;
          case OBJECTED -> objections++;
        }
      }
    }
    doc.add(
        new Paragraph(
            String.format(
                Locale.ROOT, l.get("pdf.reviewProgress"), approvals, d.shares().size(), objections),
            TEXT));

    doc.add(heading(l.get("pdf.wholeKey")));
    doc.add(wholeKey(d, s, l));
  }

  private static PdfPTable derivation(ShareView s, Labels l) {
    Locale loc = l.locale();
    PdfPTable t = table(new float[] {0.6f, 2.4f, 1.2f, 1.8f, 1.3f, 1.5f, 2.0f});
    header(
        t,
        new boolean[] {true, false, true, true, true, true, true},
        l.get("col.part"),
        l.get("col.basis"),
        l.get("col.percent"),
        l.get("col.partTotal"),
        l.get("col.value"),
        l.get("col.basisShare"),
        l.get("col.beforeRounding"));
    int n = 0;
    for (LineView line : s.lines()) {
      DerivationLine dl = line.line();
      BigDecimal share = Exports.decimalOrNull(line.shownShare());
      t.addCell(cell(Integer.toString(++n), CELL, true));
      t.addCell(cell(l.basis(dl.basis()), CELL, false));
      t.addCell(cell(Exports.percent(dl.percent(), loc), CELL, true));
      t.addCell(cell(MoneyFormat.format(Exports.euros4(dl.partCents()), loc), CELL, true));
      t.addCell(cell(Exports.shown(line.shownValue(), loc), CELL, true));
      t.addCell(
          cell(share == null ? l.get("value.notShown") : Exports.number(share, loc), CELL, true));
      t.addCell(cell(MoneyFormat.format(dl.exactEuros(), loc), CELL, true));
    }
    Share sh = s.share();
    summaryRow(
        t, l.get("row.boundAdjustment"), MoneyFormat.format(sh.boundAdjustmentEuros(), loc), CELL);
    summaryRow(
        t,
        l.get("row.roundingAdjustment"),
        MoneyFormat.format(
            sh.roundingAdjustmentCents().movePointLeft(2).setScale(4, RoundingMode.HALF_UP), loc),
        CELL);
    summaryRow(t, l.get("row.amount"), MoneyFormat.format(sh.amountCents(), loc), CELL_BOLD);
    if (sh.bound() != Share.Bound.NONE) {
      summaryRow(t, l.get("col.bound"), l.bound(sh.bound()), CELL);
    }
    return t;
  }

  private static PdfPTable wholeKey(VersionDetails d, ShareView own, Labels l) {
    Locale loc = l.locale();
    PdfPTable t = table(new float[] {1.2f, 3.5f, 2.0f, 2.3f});
    header(
        t,
        new boolean[] {false, false, true, false},
        l.get("col.code"),
        l.get("col.name"),
        l.get("col.amount"),
        l.get("col.review"));
    for (ShareView s : d.shares()) {
      Font f = s.code().equals(own.code()) ? CELL_BOLD : CELL;
      t.addCell(cell(s.code(), f, false));
      t.addCell(cell(s.name(), f, false));
      t.addCell(cell(MoneyFormat.format(s.share().amountCents(), loc), f, true));
      t.addCell(cell(l.review(s.review() == null ? null : s.review().decision()), f, false));
    }
    t.addCell(cell("", CELL_BOLD, false));
    t.addCell(cell(l.get("row.total"), CELL_BOLD, false));
    t.addCell(cell(MoneyFormat.format(d.summary().totalCents(), loc), CELL_BOLD, true));
    t.addCell(cell("", CELL_BOLD, false));
    return t;
  }

  private static String review(ReviewRow r, Labels l) {
    if (r == null) {
      return l.review(null);
    }
    String text = l.review(r.decision());
    if (r.decidedAt() != null) {
      text +=
          " "
              + l.get("pdf.reviewedOn")
              + " "
              + Exports.date(r.decidedAt().toLocalDate(), l.locale());
    }
    if (r.comment() != null && !r.comment().isBlank()) {
      text += ": " + r.comment();
    }
    return text;
  }

  // ---------------------------------------------------------------------------------------------

  private static Font font(float size, int style) {
    return new Font(Font.HELVETICA, size, style);
  }

  private static Paragraph heading(String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    return p;
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setHeaderRows(1);
    return t;
  }

  /** The header row; {@code right[i]}: column {@code i} holds numbers, aligned right. */
  private static void header(PdfPTable t, boolean[] right, String... labels) {
    for (int i = 0; i < labels.length; i++) {
      PdfPCell c = cell(labels[i], CELL_BOLD, right[i]);
      c.setBackgroundColor(HEADER_FILL);
      t.addCell(c);
    }
  }

  /** A label over all but the last column, the value in the last. */
  private static void summaryRow(PdfPTable t, String label, String value, Font f) {
    PdfPCell c = cell(label, f, false);
    c.setColspan(t.getNumberOfColumns() - 1);
    t.addCell(c);
    t.addCell(cell(value, f, true));
  }

  private static PdfPCell cell(String text, Font f, boolean right) {
    PdfPCell c = new PdfPCell(new Phrase(text, f));
    c.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    c.setPadding(3);
    c.setBorderWidth(0.5f);
    c.setBorderColor(Color.GRAY);
    return c;
  }

  /** Writes the footer text at the bottom of every page. */
  private static final class Footer extends PdfPageEventHelper {
    private final String text;

    Footer(String text) {
      this.text = text;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      Rectangle page = document.getPageSize();
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_CENTER,
          new Phrase(new Chunk(text, FOOTER)),
          (page.getLeft() + page.getRight()) / 2,
          page.getBottom() + 28,
          0);
    }
  }
}
