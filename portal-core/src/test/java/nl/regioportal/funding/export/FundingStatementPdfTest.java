package nl.regioportal.funding.export;

import static nl.regioportal.funding.export.Fixture.ROTTERDAM;
import static nl.regioportal.funding.export.Fixture.SCHIEDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.application.VersionDetails;
import org.junit.jupiter.api.Test;

class FundingStatementPdfTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** The text of each page. */
  private static List<String> pages(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        pages.add(extractor.getTextFromPage(p));
      }
      return pages;
    } finally {
      reader.close();
    }
  }

  private static byte[] statement(VersionDetails d, String code, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FundingStatementPdf.write(d, code, locale, out);
    return out.toByteArray();
  }

  private static byte[] all(VersionDetails d, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FundingStatementPdf.write(d, locale, out);
    return out.toByteArray();
  }

  @Test
  void dutchStatementShowsTheMunicipalityItsAmountAndTheOthers() throws IOException {
    List<String> pages = pages(statement(Fixture.version(), SCHIEDAM, DUTCH));

    assertThat(pages).hasSize(1);
    String text = pages.get(0);
    assertThat(text)
        .contains("Bijdrage van Schiedam (GM0606)")
        .contains("€ 38.522,69")
        .contains("Rotterdam")
        .contains("€ 211.477,31")
        .contains("€ 250.000,00")
        .contains("Jeugdhulp Rijnmond")
        .contains("Begrotingsjaar 2027")
        .contains("Versie 2 – Begroting 2027")
        .contains("Status: gepubliceerd ter beoordeling")
        .contains(
            "Berekend met exacte breuken; afgerond op centen volgens de methode van de grootste"
                + " overschotten");
  }

  @Test
  void englishStatementFormatsMoneyTheEnglishWay() throws IOException {
    String text = pages(statement(Fixture.version(), ROTTERDAM, Locale.ENGLISH)).get(0);

    assertThat(text)
        .contains("Contribution of Rotterdam (GM0599)")
        .contains("€211,477.31")
        .contains("Schiedam")
        .contains("€38,522.69")
        .contains(
            "Calculated with exact fractions; rounded to cents by the largest remainder method")
        .doesNotContain("€ 211.477,31");
  }

  @Test
  void basesShowByTheirLabelsInTheStatementsLanguageNeverByTheirCodes() throws IOException {
    // a label may wrap in its cell: compare with single spaces
    String dutch = String.join(" ", pages(all(Fixture.version(), DUTCH))).replaceAll("\\s+", " ");
    String english =
        String.join(" ", pages(all(Fixture.version(), Locale.ENGLISH))).replaceAll("\\s+", " ");

    assertThat(dutch).contains("Gelijke delen", "Inwoners", "Caseload naar woonplaats");
    assertThat(english).contains("Equal shares", "Residents", "Caseload by place of residence");
    for (String code : Fixture.CODES) {
      assertThat(dutch).doesNotContain(code);
      assertThat(english).doesNotContain(code);
    }
  }

  @Test
  void derivationShowsEachPartAndTheSuppressedCountAsLessThanFive() throws IOException {
    VersionDetails d = Fixture.version();
    String schiedam = pages(statement(d, SCHIEDAM, DUTCH)).get(0);

    // the equal part: 20% of € 250.000,00 split in two
    assertThat(schiedam)
        .contains("Gelijke delen")
        .contains("€ 50.000,0000")
        .contains("€ 25.000,0000");
    assertThat(schiedam).contains("80.123").contains("<5").contains("niet getoond");
    assertThat(schiedam).as("share of basis with its 6 decimals").contains("0,500000");
    assertThat(schiedam).contains("Correctie voor grenzen").contains("Afronding op centen");
    String rounding =
        MoneyFormat.format(
            d.shares()
                .get(1)
                .share()
                .roundingAdjustmentCents()
                .movePointLeft(2)
                .setScale(4, RoundingMode.HALF_UP),
            DUTCH);
    assertThat(schiedam).contains(rounding);

    String rotterdam = pages(statement(d, ROTTERDAM, DUTCH)).get(0);
    assertThat(rotterdam).contains("1.234").doesNotContain("<5").doesNotContain("niet getoond");
  }

  @Test
  void reviewStatusOfTheMunicipalityAndOfAll() throws IOException {
    VersionDetails d = Fixture.version();

    assertThat(pages(statement(d, ROTTERDAM, DUTCH)).get(0))
        .contains("Beoordeling door de gemeente: akkoord op 2 maart 2026")
        .contains("1 van 2 gemeenten akkoord, 0 met bezwaar");
    assertThat(pages(statement(d, SCHIEDAM, Locale.ENGLISH)).get(0))
        .contains("Review by the municipality: not yet reviewed")
        .contains("1 of 2 municipalities approved, 0 objected");
  }

  @Test
  void allMunicipalitiesOnePageEach() throws IOException {
    VersionDetails d = Fixture.version();
    byte[] pdf = all(d, DUTCH);

    PdfReader reader = new PdfReader(pdf);
    assertThat(reader.getNumberOfPages()).isEqualTo(d.shares().size()).isEqualTo(2);
    reader.close();
    List<String> pages = pages(pdf);
    assertThat(pages.get(0)).contains("Bijdrage van Rotterdam (GM0599)");
    assertThat(pages.get(1)).contains("Bijdrage van Schiedam (GM0606)");
  }

  @Test
  void refusesAMunicipalityThatDoesNotTakePart() {
    assertThatThrownBy(() -> statement(Fixture.version(), "GM0363", DUTCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GM0363");
  }

  @Test
  void refusesAVersionWhoseAmountsDoNotAddUpToItsTotal() {
    VersionDetails d = Fixture.version(Fixture.result(), 100);

    assertThatThrownBy(() -> all(d, DUTCH)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leavesTheStreamOpen() throws IOException {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            throw new AssertionError("closed the caller's stream");
          }
        };
    FundingStatementPdf.write(Fixture.version(), DUTCH, out);
    FundingWorkbookExport.write(Fixture.version(), DUTCH, out);
    FundingCsvExport.write(Fixture.version(), DUTCH, out);
    assertThat(out.size()).isPositive();
  }
}
