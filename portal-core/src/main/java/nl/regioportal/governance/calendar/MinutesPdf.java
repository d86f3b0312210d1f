package nl.regioportal.governance.calendar;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Approved minutes as PDF (A4), in the style of the portal's other PDFs: the PDF standard fonts
 * (Helvetica), nothing embedded, so the text can be searched and extracted.
 */
public final class MinutesPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font NOTE = new Font(Font.HELVETICA, 8, Font.ITALIC);

  private MinutesPdf() {}

  /** Writes the minutes; does not close {@code out}. */
  public static void write(String title, String text, String approval, OutputStream out)
      throws IOException {
    Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    writer.setCloseStream(false);
    doc.addTitle(title);
    doc.addCreator("Regioportaal");
    doc.open();
    doc.add(new Paragraph(title, TITLE));
    Paragraph note = new Paragraph(approval, NOTE);
    note.setSpacingAfter(12);
    doc.add(note);
    for (String line : text.split("\\R", -1)) {
      doc.add(new Paragraph(line.isEmpty() ? " " : line, TEXT));
    }
    doc.close();
  }
}
