package nl.regioportal.funding.export;

import static nl.regioportal.funding.export.Fixture.ROTTERDAM;
import static nl.regioportal.funding.export.Fixture.SCHIEDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.engine.Cents;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class FundingCsvExportTest {

  private static byte[] export(VersionDetails d, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FundingCsvExport.write(d, locale, out);
    return out.toByteArray();
  }

  /**
   * Parses the file after checking and dropping its byte order mark; the first record is the
   * header.
   */
  private static List<CSVRecord> parse(byte[] bytes) throws IOException {
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').get();
    try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
      return p.getRecords();
    }
  }

  @Test
  void amountsAddUpToTheTotalExactly() throws IOException {
    VersionDetails d = Fixture.version();
    List<CSVRecord> rows = parse(export(d, Locale.forLanguageTag("nl")));

    assertThat(rows).hasSize(3);
    long sum = 0;
    for (CSVRecord r : rows.subList(1, rows.size())) {
      assertThat(r.get(2)).matches("\\d+,\\d{2}");
      sum += Cents.parse(r.get(2).replace(',', '.'));
    }
    assertThat(sum).isEqualTo(d.summary().totalCents()).isEqualTo(25_000_000L);
  }

  @Test
  void rowsCarryEachMunicipalitysShareAndDerivation() throws IOException {
    VersionDetails d = Fixture.version();
    List<CSVRecord> rows = parse(export(d, Locale.forLanguageTag("nl")));

    for (int i = 0; i < d.shares().size(); i++) {
      var s = d.shares().get(i);
      CSVRecord r = rows.get(i + 1);
      assertThat(r.size()).isEqualTo(7 + 2 * d.parts().size());
      assertThat(r.get(0)).isEqualTo(s.code());
      assertThat(r.get(1)).isEqualTo(s.name());
      assertThat(r.get(2)).isEqualTo(Cents.format(s.share().amountCents()).replace('.', ','));
      assertThat(dutch(r.get(3))).isEqualByComparingTo(s.share().exactEuros());
      assertThat(r.get(3)).matches("\\d+,\\d{4}");
      assertThat(dutch(r.get(4))).isEqualByComparingTo(s.share().roundingAdjustmentCents());
      assertThat(r.get(5)).isEqualTo("NONE");
      // the equal part: value 1, amount 20% of 250000 / 2
      assertThat(r.get(7)).isEqualTo("1");
      assertThat(dutch(r.get(8))).isEqualByComparingTo("25000");
    }
    assertThat(rows.get(1).get(0)).isEqualTo(ROTTERDAM);
    assertThat(rows.get(1).get(6)).isEqualTo("APPROVED");
    assertThat(rows.get(2).get(0)).isEqualTo(SCHIEDAM);
    assertThat(rows.get(2).get(6)).isEmpty();
    assertThat(rows.get(1).get(9)).isEqualTo("670610");
  }

  @Test
  void headerInDutchAndInEnglish() throws IOException {
    VersionDetails d = Fixture.version();

    assertThat(parse(export(d, Locale.forLanguageTag("nl-NL"))).get(0).values())
        .containsExactly(
            "Code",
            "Gemeente",
            "Bedrag",
            "Exact bedrag",
            "Afronding (cent)",
            "Grens",
            "Beoordeling",
            "Gelijke delen waarde",
            "Gelijke delen bedrag",
            "Inwoners waarde",
            "Inwoners bedrag",
            "Caseload naar woonplaats waarde",
            "Caseload naar woonplaats bedrag");
    assertThat(parse(export(d, Locale.ENGLISH)).get(0).values())
        .containsExactly(
            "Code",
            "Municipality",
            "Amount",
            "Exact amount",
            "Rounding (cents)",
            "Bound",
            "Review",
            "Equal shares value",
            "Equal shares amount",
            "Residents value",
            "Residents amount",
            "Caseload by place of residence value",
            "Caseload by place of residence amount");
  }

  @Test
  void theHeaderNamesEveryBasisByItsLabelNeverByItsCode() throws IOException {
    for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
      List<String> header = parse(export(Fixture.version(), locale)).get(0).toList();
      for (String cell : header) {
        for (String code : Fixture.CODES) {
          assertThat(cell).as(locale + " header").doesNotContain(code);
        }
      }
    }
  }

  @Test
  void anOwnIndicatorWithoutAnEnglishLabelShowsItsDutchOneInEnglish() throws IOException {
    VersionDetails d =
        Fixture.withBases(
            Fixture.version(),
            nl.regioportal.funding.domain.BasisCatalogue.withOwn(
                List.of(
                    new nl.regioportal.funding.domain.Basis(
                        "inhabitants",
                        "Inwoners op 1 januari",
                        null,
                        nl.regioportal.funding.domain.Basis.Kind.REGION))));

    assertThat(parse(export(d, Locale.ENGLISH)).get(0).toList())
        .contains("Inwoners op 1 januari value", "Equal shares value");
  }

  @Test
  void dutchIsTheDefault() throws IOException {
    VersionDetails d = Fixture.version();

    assertThat(parse(export(d, null)).get(0).get(1)).isEqualTo("Gemeente");
    assertThat(parse(export(d, Locale.GERMAN)).get(0).get(1)).isEqualTo("Gemeente");
  }

  @Test
  void theSuppressedCountShowsAsLessThanFiveAndTheHiddenValueIsNotInTheFile() throws IOException {
    byte[] bytes = export(Fixture.version(), Locale.forLanguageTag("nl"));
    List<CSVRecord> rows = parse(bytes);

    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(";<5;");
    assertThat(rows.get(2).get(11)).isEqualTo("<5");
    assertThat(rows.get(1).get(11)).isEqualTo("1234");
    for (CSVRecord r : rows) {
      assertThat(r.values()).doesNotContain(Integer.toString(Fixture.HIDDEN_CASELOAD));
    }
  }

  @Test
  void usesSemicolonsAndCrlf() throws IOException {
    String text = new String(export(Fixture.version(), Locale.ENGLISH), StandardCharsets.UTF_8);

    assertThat(text).startsWith("\uFEFFCode;Municipality;Amount;");
    assertThat(List.of(text.split("\r\n", -1))).hasSize(4).last().isEqualTo("");
  }

  /**
   * OWASP CSV injection: a name that a spreadsheet would read as a formula ({@code =}, {@code +},
   * {@code -}, {@code @}, tab, carriage return first) is written with a leading single quote, so it
   * stays text; the names come from reference data and reach every reader of the key.
   */
  @Test
  void aNameThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
    for (String evil :
        List.of(
            "=HYPERLINK(\"https://evil.example\",\"klik\")",
            "+31 20 1234567",
            "-2+3",
            "@SUM(A1:A9)",
            "\tTab",
            "\rCR")) {
      VersionDetails d =
          Fixture.version(Fixture.result(), 0, code -> code.equals(ROTTERDAM) ? evil : "Schiedam");
      List<CSVRecord> rows = parse(export(d, Locale.ENGLISH));

      assertThat(rows.get(1).get(1)).as(evil).isEqualTo("'" + evil);
      assertThat(rows.get(2).get(1)).isEqualTo("Schiedam");
    }
  }

  /** Numbers stay numbers: a negative rounding such as {@code -0.3333} is not quoted. */
  @Test
  void negativeNumbersInNumericColumnsStayNumbers() throws IOException {
    List<CSVRecord> rows = parse(export(Fixture.version(), Locale.ENGLISH));

    List<String> roundings = rows.subList(1, rows.size()).stream().map(r -> r.get(4)).toList();
    assertThat(roundings).anyMatch(r -> r.startsWith("-"));
    for (CSVRecord r : rows.subList(1, rows.size())) {
      for (int column : new int[] {2, 3, 4, 8, 10, 12}) {
        assertThat(r.get(column)).matches("-?\\d+(\\.\\d+)?");
      }
    }
  }

  /** Dutch Excel reads {@code 0,25} as a number and {@code 0.25} as text (or a date). */
  @Test
  void theDutchFileWritesDecimalCommasTheEnglishOneDecimalPointsTheSameNumbers()
      throws IOException {
    List<CSVRecord> nl = parse(export(Fixture.version(), Locale.forLanguageTag("nl-NL")));
    List<CSVRecord> en = parse(export(Fixture.version(), Locale.ENGLISH));
    int[] numeric = {2, 3, 4, 8, 10, 12};
    for (int row = 1; row < nl.size(); row++) {
      for (int column : numeric) {
        String dutch = nl.get(row).get(column);
        String english = en.get(row).get(column);
        assertThat(dutch).matches("-?\\d+(,\\d+)?");
        assertThat(english).matches("-?\\d+(\\.\\d+)?");
        assertThat(dutch).isEqualTo(english.replace('.', ','));
      }
    }
    assertThat(nl.get(1).get(3)).contains(",");
  }

  @Test
  void aDecimalKeepsItsScaleAndIsNeverGrouped() {
    Locale dutch = Locale.forLanguageTag("nl");
    assertThat(FundingCsvExport.decimal(new BigDecimal("-0.3333"), dutch)).isEqualTo("-0,3333");
    assertThat(FundingCsvExport.decimal(new BigDecimal("-0.3333"), Locale.ENGLISH))
        .isEqualTo("-0.3333");
    assertThat(FundingCsvExport.decimal(new BigDecimal("1234567.50"), dutch))
        .isEqualTo("1234567,50");
    assertThat(FundingCsvExport.decimal(new BigDecimal("1234567.50"), Locale.UK))
        .isEqualTo("1234567.50");
    assertThat(FundingCsvExport.decimal(new BigDecimal("1234"), dutch)).isEqualTo("1234");
    assertThat(FundingCsvExport.decimal(new BigDecimal("1E+3"), dutch)).isEqualTo("1000");
    assertThat(FundingCsvExport.decimal(new BigDecimal("0.1"), Locale.GERMAN))
        .as("any other language is Dutch")
        .isEqualTo("0,1");
    assertThat(FundingCsvExport.decimal(new BigDecimal("12345678901234567890.123456789"), dutch))
        .as("exact, never through a double")
        .isEqualTo("12345678901234567890,123456789");
  }

  private static BigDecimal dutch(String number) {
    return new BigDecimal(number.replace(',', '.'));
  }

  @Test
  void refusesAVersionWhoseAmountsDoNotAddUpToItsTotal() {
    VersionDetails d = Fixture.version(Fixture.result(), 1);

    assertThatThrownBy(() -> export(d, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("250000.00");
  }
}
