package nl.regioportal.referral.receipt;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.regioportal.referral.InformationCategory;

/**
 * The student's consent receipt as PDF (A4), in Dutch (the default) or English, in plain words for
 * a young person: to whom their information goes (organisation, service), which information (each
 * category explained), what for, until when, how the consent was given and who recorded it, that
 * they can withdraw it at any time and how (through their study coach), and, once withdrawn, when.
 *
 * <p>In the style of the funding statements ({@code FundingStatementPdf}): the PDF standard fonts
 * (Helvetica, WinAnsi), nothing embedded, so the text can be searched and extracted. Times are
 * shown in Dutch time (Europe/Amsterdam).
 */
public final class ConsentReceiptPdf {

  private static final Font TITLE = font(18, Font.BOLD);
  private static final Font HEADING = font(11, Font.BOLD);
  private static final Font TEXT = font(10, Font.NORMAL);
  private static final Font STRONG = font(10, Font.BOLD);
  private static final Font WITHDRAWN =
      new Font(Font.HELVETICA, 11, Font.BOLD, new Color(0xA0, 0, 0));
  private static final Font FOOTER = font(7, Font.ITALIC);

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private ConsentReceiptPdf() {}

  /** English for a locale of language {@code en}, else Dutch. */
  public static Locale language(Locale locale) {
    return locale != null && locale.getLanguage().equals("en")
        ? Locale.ENGLISH
        : Locale.forLanguageTag("nl");
  }

  /** Writes the receipt. Does not close {@code out}. */
  public static void write(ConsentReceipt r, Locale locale, OutputStream out) throws IOException {
    Texts t = new Texts(language(locale));
    Document doc = new Document(PageSize.A4, 50, 50, 50, 60);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    writer.setCloseStream(false);
    writer.setPageEvent(
        new Footer(t.get("footer", r.referralId(), t.dateTime(r.issuedAt()), r.regionName())));
    doc.addTitle(t.get("title"));
    doc.addCreator("Regioportaal");
    doc.open();

    doc.add(new Paragraph(t.get("title"), TITLE));
    doc.add(new Paragraph(t.get("subtitle", r.referralId(), r.regionName()), TEXT));
    if (r.withdrawnAt() != null) {
      Paragraph w =
          new Paragraph(t.get("withdrawn.banner", t.dateTime(r.withdrawnAt())), WITHDRAWN);
      w.setSpacingBefore(10);
      doc.add(w);
    }
    Paragraph intro = new Paragraph(t.get("intro", r.givenName()), TEXT);
    intro.setSpacingBefore(10);
    doc.add(intro);

    section(doc, t.get("about"));
    doc.add(
        line(
            t.get("about.name"),
            r.givenName() + (r.familyName() == null ? "" : " " + r.familyName())));
    if (r.birthDate() != null) {
      doc.add(line(t.get("about.birthDate"), t.date(r.birthDate())));
    }

    section(doc, t.get("to"));
    doc.add(new Paragraph(t.get("to.text", r.receiverOrganisation()), TEXT));
    if (r.service() != null) {
      doc.add(line(t.get("to.service"), r.service()));
    }

    section(doc, t.get("what"));
    doc.add(new Paragraph(t.get("what.intro"), TEXT));
    List items = new List(List.UNORDERED, 12);
    items.setListSymbol(new Chunk("\u2022", TEXT));
    for (InformationCategory c : InformationCategory.values()) {
      if (r.categories().contains(c)) {
        ListItem item = new ListItem();
        item.add(new Chunk(t.get("category." + c.name()) + ": ", STRONG));
        item.add(new Chunk(t.get("category." + c.name() + ".text"), TEXT));
        items.add(item);
      }
    }
    doc.add(items);
    doc.add(new Paragraph(t.get("what.nothingElse"), TEXT));

    section(doc, t.get("why"));
    doc.add(new Paragraph(r.purpose(), TEXT));

    section(doc, t.get("until"));
    doc.add(new Paragraph(t.get("until.text", t.date(r.validUntil())), TEXT));

    section(doc, t.get("how"));
    String giver =
        switch (r.givenBy()) {
          case STUDENT -> t.get("giver.STUDENT");
          case STUDENT_AND_GUARDIAN ->
              r.guardianName() == null || r.guardianName().isBlank()
                  ? t.get("giver.STUDENT_AND_GUARDIAN")
                  : t.get("giver.STUDENT_AND_GUARDIAN.named", r.guardianName());
        };
    doc.add(
        new Paragraph(
            t.get(
                "how.text",
                giver,
                t.get("obtained." + r.obtained().name()),
                t.dateTime(r.givenAt())),
            TEXT));
    doc.add(new Paragraph(t.get("how.recorded", r.recordedBy(), r.senderOrganisation()), TEXT));

    section(doc, t.get("withdraw"));
    doc.add(new Paragraph(t.get("withdraw.text", r.studyCoach(), r.senderOrganisation()), TEXT));
    doc.add(new Paragraph(t.get("withdraw.after", r.receiverOrganisation()), TEXT));
    if (r.withdrawnAt() != null) {
      Paragraph w = new Paragraph(t.get("withdrawn.text", t.dateTime(r.withdrawnAt())), STRONG);
      w.setSpacingBefore(6);
      doc.add(w);
    }

    section(doc, t.get("questions"));
    doc.add(new Paragraph(t.get("questions.text", r.senderOrganisation()), TEXT));

    doc.close();
    out.flush();
  }

  private static void section(Document doc, String title) {
    Paragraph p = new Paragraph(title, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(3);
    doc.add(p);
  }

  private static Paragraph line(String label, String value) {
    Paragraph p = new Paragraph();
    p.add(new Chunk(label + ": ", STRONG));
    p.add(new Chunk(value, TEXT));
    return p;
  }

  private static Font font(float size, int style) {
    return new Font(Font.HELVETICA, size, style);
  }

  /** The texts of one language; {@code {0}}, {@code {1}} ... are replaced by the arguments. */
  static final class Texts {
    final Locale locale;
    private final Map<String, String> texts;

    Texts(Locale locale) {
      this.locale = locale;
      this.texts = locale.getLanguage().equals("en") ? EN : NL;
    }

    String get(String key, Object... args) {
      String s = texts.get(key);
      if (s == null) {
        throw new IllegalArgumentException("No receipt text " + key + " in " + locale);
      }
      for (int i = 0; i < args.length; i++) {
        s = s.replace("{" + i + "}", String.valueOf(args[i]));
      }
      return s;
    }

    String date(LocalDate d) {
      return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(d);
    }

    /** A UTC time in Dutch time: "3 december 2026 om 10:15". */
    String dateTime(LocalDateTime utc) {
      var local = utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DUTCH_TIME);
      return get(
          "at",
          DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(local),
          DateTimeFormatter.ofPattern("HH:mm", locale).format(local));
    }
  }

  static final Map<String, String> NL =
      Map.ofEntries(
          Map.entry("title", "Bewijs van toestemming"),
          Map.entry("subtitle", "Verwijzing {0} \u2013 regio {1}"),
          Map.entry(
              "intro",
              "Beste {0}, je hebt toestemming gegeven om informatie over jou te delen, zodat je de"
                  + " juiste hulp krijgt. Hieronder staat precies waarvoor je toestemming hebt"
                  + " gegeven. Bewaar dit bewijs goed."),
          Map.entry("about", "Over wie gaat het?"),
          Map.entry("about.name", "Naam"),
          Map.entry("about.birthDate", "Geboortedatum"),
          Map.entry("to", "Met wie wordt je informatie gedeeld?"),
          Map.entry("to.text", "Alleen met {0}."),
          Map.entry("to.service", "Voor het hulpaanbod"),
          Map.entry("what", "Welke informatie wordt gedeeld?"),
          Map.entry("what.intro", "Je hebt toestemming gegeven voor deze informatie:"),
          Map.entry("what.nothingElse", "Andere informatie over jou wordt niet gedeeld."),
          Map.entry("category.IDENTITY", "Wie je bent"),
          Map.entry("category.IDENTITY.text", "je voornaam, je achternaam en je geboortedatum."),
          Map.entry("category.CONTACT", "Hoe ze je kunnen bereiken"),
          Map.entry(
              "category.CONTACT.text",
              "je telefoonnummer, je e-mailadres en hoe je het liefst benaderd wordt."),
          Map.entry("category.RESIDENCE", "Waar je woont"),
          Map.entry("category.RESIDENCE.text", "de gemeente waar je woont (niet je adres)."),
          Map.entry("category.REASON", "Waarom je hulp zoekt"),
          Map.entry(
              "category.REASON.text",
              "de onderwerpen waar je hulp bij wilt en wat je begeleider daarover heeft"
                  + " opgeschreven."),
          Map.entry("category.EDUCATION", "Je opleiding"),
          Map.entry(
              "category.EDUCATION.text",
              "je school, je opleiding en wie je studieloopbaanbegeleider is."),
          Map.entry("category.ATTACHMENTS", "Bijlagen"),
          Map.entry(
              "category.ATTACHMENTS.text",
              "de bestanden die met de verwijzing worden meegestuurd."),
          Map.entry("why", "Waarvoor?"),
          Map.entry("until", "Tot wanneer?"),
          Map.entry(
              "until.text",
              "Je toestemming geldt tot en met {0}. Daarna wordt er niets meer over jou gedeeld,"
                  + " tenzij je opnieuw toestemming geeft."),
          Map.entry("how", "Hoe heb je toestemming gegeven?"),
          Map.entry("how.text", "Toestemming gegeven door {0}, {1}, op {2}."),
          Map.entry("how.recorded", "Vastgelegd door {0} van {1}."),
          Map.entry("giver.STUDENT", "jou"),
          Map.entry("giver.STUDENT_AND_GUARDIAN", "jou en je ouder of voogd"),
          Map.entry("giver.STUDENT_AND_GUARDIAN.named", "jou en je ouder of voogd {0}"),
          Map.entry("obtained.IN_PERSON", "in een persoonlijk gesprek"),
          Map.entry("obtained.DIGITAL", "digitaal"),
          Map.entry("obtained.PHONE", "telefonisch"),
          Map.entry("withdraw", "Je kunt je toestemming altijd intrekken"),
          Map.entry(
              "withdraw.text",
              "Dat mag op elk moment, en je hoeft niet uit te leggen waarom. Zeg het tegen je"
                  + " studieloopbaanbegeleider ({0}) van {1}; die legt het meteen vast."),
          Map.entry(
              "withdraw.after",
              "Vanaf dat moment deelt het Regioportaal niets meer over jou, en {0} krijgt bericht"
                  + " dat je je toestemming hebt ingetrokken."),
          Map.entry("withdrawn.banner", "Ingetrokken op {0}"),
          Map.entry(
              "withdrawn.text",
              "Je hebt je toestemming ingetrokken op {0}. Sindsdien wordt er niets meer over jou"
                  + " gedeeld."),
          Map.entry("questions", "Vragen?"),
          Map.entry(
              "questions.text",
              "Wil je weten wie je informatie heeft bekeken, of heb je een vraag over deze"
                  + " toestemming? Vraag het je studieloopbaanbegeleider van {0}."),
          Map.entry("at", "{0} om {1}"),
          Map.entry(
              "footer", "Regioportaal \u2013 verwijzing {0} \u2013 gemaakt op {1} \u2013 {2}"));

  static final Map<String, String> EN =
      Map.ofEntries(
          Map.entry("title", "Consent receipt"),
          Map.entry("subtitle", "Referral {0} \u2013 region {1}"),
          Map.entry(
              "intro",
              "Dear {0}, you agreed to share information about you so that you get the right"
                  + " help. Below is exactly what you agreed to. Please keep this receipt."),
          Map.entry("about", "Who is this about?"),
          Map.entry("about.name", "Name"),
          Map.entry("about.birthDate", "Date of birth"),
          Map.entry("to", "Who receives your information?"),
          Map.entry("to.text", "Only {0}."),
          Map.entry("to.service", "For the service"),
          Map.entry("what", "Which information is shared?"),
          Map.entry("what.intro", "You agreed to share this information:"),
          Map.entry("what.nothingElse", "Nothing else about you is shared."),
          Map.entry("category.IDENTITY", "Who you are"),
          Map.entry(
              "category.IDENTITY.text", "your first name, your last name and your date of birth."),
          Map.entry("category.CONTACT", "How to reach you"),
          Map.entry(
              "category.CONTACT.text",
              "your phone number, your e-mail address and how you prefer to be contacted."),
          Map.entry("category.RESIDENCE", "Where you live"),
          Map.entry("category.RESIDENCE.text", "the municipality you live in (not your address)."),
          Map.entry("category.REASON", "Why you are looking for help"),
          Map.entry(
              "category.REASON.text",
              "the topics you want help with and what your coach wrote down about them."),
          Map.entry("category.EDUCATION", "Your education"),
          Map.entry(
              "category.EDUCATION.text",
              "your school, your programme and who your study coach is."),
          Map.entry("category.ATTACHMENTS", "Attachments"),
          Map.entry("category.ATTACHMENTS.text", "the files sent along with the referral."),
          Map.entry("why", "What for?"),
          Map.entry("until", "Until when?"),
          Map.entry(
              "until.text",
              "Your consent is valid up to and including {0}. After that nothing more about you is"
                  + " shared, unless you agree again."),
          Map.entry("how", "How did you give your consent?"),
          Map.entry("how.text", "Consent given by {0}, {1}, on {2}."),
          Map.entry("how.recorded", "Recorded by {0} of {1}."),
          Map.entry("giver.STUDENT", "you"),
          Map.entry("giver.STUDENT_AND_GUARDIAN", "you and your parent or guardian"),
          Map.entry("giver.STUDENT_AND_GUARDIAN.named", "you and your parent or guardian {0}"),
          Map.entry("obtained.IN_PERSON", "in a conversation in person"),
          Map.entry("obtained.DIGITAL", "digitally"),
          Map.entry("obtained.PHONE", "by phone"),
          Map.entry("withdraw", "You can withdraw your consent at any time"),
          Map.entry(
              "withdraw.text",
              "You may do so at any moment, and you do not have to explain why. Tell your study"
                  + " coach ({0}) at {1}, who records it straight away."),
          Map.entry(
              "withdraw.after",
              "From that moment the Regioportaal shares nothing more about you, and {0} is told"
                  + " that you withdrew your consent."),
          Map.entry("withdrawn.banner", "Withdrawn on {0}"),
          Map.entry(
              "withdrawn.text",
              "You withdrew your consent on {0}. Since then nothing more about you has been"
                  + " shared."),
          Map.entry("questions", "Questions?"),
          Map.entry(
              "questions.text",
              "Do you want to know who looked at your information, or do you have a question about"
                  + " this consent? Ask your study coach at {0}."),
          Map.entry("at", "{0} at {1}"),
          Map.entry("footer", "Regioportaal \u2013 referral {0} \u2013 made on {1} \u2013 {2}"));

  /** Writes the footer at the bottom of every page. */
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
          page.getBottom() + 30,
          0);
    }
  }
}
