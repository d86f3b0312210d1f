package nl.regioportal.funding.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTableParserTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final String SOURCE = "CBS StatLine 03759ned";

  private final IndicatorTableParser parser = new IndicatorTableParser();
  private final List<ImportProblem> seen = new ArrayList<>();

  private IndicatorTableParser.Result parse(String csv) {
    return parse(csv, null);
  }

  private IndicatorTableParser.Result parse(String csv, LocalDate defaultDate) {
    var result = parser.parse(new StringReader(csv), "youth_12_27", SOURCE, defaultDate);
    seen.addAll(result.problems());
    assertThat(result.accepted()).isEqualTo(result.problems().isEmpty());
    assertThat(result.table() == null).isEqualTo(!result.accepted());
    return result;
  }

  /** The only problem of a rejected file, checked against the proposed English bundle. */
  private static ImportProblem onlyProblem(IndicatorTableParser.Result result) {
    assertThat(result.accepted()).isFalse();
    assertThat(result.table()).isNull();
    assertThat(result.problems()).hasSize(1);
    return result.problems().get(0);
  }

  private static void assertAt(ImportProblem p, int line, int column, String key) {
    assertThat(p)
        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::key)
        .containsExactly(line, column, key);
  }

  // ---------------------------------------------------------------- good files

  @Test
  void readsACbsStyleFileWithSemicolons() {
    var result =
        parse(
            "Gemeentecode;Gemeentenaam;Peildatum;Waarde\n"
                + "GM0599;Rotterdam;2026-01-01;123456\n"
                + "GM0606;Schiedam;01-01-2026;15230\n"
                + "gm0622;Vlaardingen;1-1-2026;0\n");
    assertThat(result.problems()).isEmpty();
    IndicatorTable table = result.tableOrThrow();
    assertThat(table.indicator()).isEqualTo("youth_12_27");
    assertThat(table.source()).isEqualTo(SOURCE);
    assertThat(table.rows())
        .extracting(
            IndicatorRow::line,
            IndicatorRow::municipalityCode,
            IndicatorRow::value,
            IndicatorRow::suppressedAsFour,
            IndicatorRow::referenceDate)
        .containsExactly(
            tuple(2, "GM0599", new BigDecimal("123456"), false, JAN_1),
            tuple(3, "GM0606", new BigDecimal("15230"), false, JAN_1),
            tuple(4, "GM0622", new BigDecimal("0"), false, JAN_1));
  }

  @Test
  void readsADuoStyleFileWithCommasShortCodesAndSuppressedCounts() {
    LocalDate october = LocalDate.of(2025, 10, 1);
    var result =
        parser.parse(
            new StringReader(
                "GEMEENTECODE,GEMEENTENAAM,AANTAL,INDICATIEAVG\n"
                    + "0599,ROTTERDAM,5123,N\n"
                    + "606,SCHIEDAM,4,J\n"
                    + "0622,VLAARDINGEN,312,\n"
                    + "34,ALMERE,4,j\n"),
            "mbo_students",
            "DUO 01. Studenten per gemeente",
            october);
    assertThat(result.problems()).isEmpty();
    assertThat(result.table().indicator()).isEqualTo("mbo_students");
    assertThat(result.table().rows())
        .extracting(
            IndicatorRow::municipalityCode,
            IndicatorRow::value,
            IndicatorRow::suppressedAsFour,
            IndicatorRow::referenceDate)
        .containsExactly(
            tuple("GM0599", new BigDecimal("5123"), false, october),
            tuple("GM0606", new BigDecimal("4"), true, october),
            tuple("GM0622", new BigDecimal("312"), false, october),
            tuple("GM0034", new BigDecimal("4"), true, october));
  }

  @Test
  void acceptsEveryFlagSpelling() {
    var result =
        parse(
            "municipality_code;value;suppressed\n"
                + "GM0001;4;Y\n"
                + "GM0002;4;true\n"
                + "GM0003;4;TRUE\n"
                + "GM0004;7;false\n"
                + "GM0005;7;n\n"
                + "GM0006;4,0;J\n",
            JAN_1);
    assertThat(result.problems()).isEmpty();
    assertThat(result.table().rows())
        .extracting(IndicatorRow::suppressedAsFour)
        .containsExactly(true, true, true, false, false, true);
  }

  @Test
  void readsDecimalsWithACommaOrAPoint() {
    var result =
        parse(
            "gemeentecode;waarde\n"
                + "GM0599;12,5\n"
                + "GM0606;0.25\n"
                + "GM0622;1234.5678\n"
                + "GM0503;\"0,125\"\n"
                + "GM0518;12,50\n",
            JAN_1);
    assertThat(result.problems()).isEmpty();
    assertThat(result.table().rows())
        .extracting(IndicatorRow::value)
        .containsExactly(
            new BigDecimal("12.5"),
            new BigDecimal("0.25"),
            new BigDecimal("1234.5678"),
            new BigDecimal("0.125"),
            new BigDecimal("12.50"));
  }

  @Test
  void aQuotedDecimalCommaWorksInACommaSeparatedFile() {
    var result = parse("gemeentecode,waarde\nGM0599,\"12,5\"\n", JAN_1);
    assertThat(result.table().rows().get(0).value()).isEqualByComparingTo("12.5");
  }

  @Test
  void aRowsOwnDateOverridesTheDefaultAndTheDefaultFillsEmptyOnes() {
    var result = parse("gemeentecode;waarde;peildatum\nGM0599;10;2025-10-01\nGM0606;11;\n", JAN_1);
    assertThat(result.table().rows())
        .extracting(IndicatorRow::referenceDate)
        .containsExactly(LocalDate.of(2025, 10, 1), JAN_1);
  }

  @Test
  void withoutADateColumnTheDefaultIsUsed() {
    var result = parse("gemeentecode;waarde\nGM0599;10\n", JAN_1);
    assertThat(result.table().rows().get(0).referenceDate()).isEqualTo(JAN_1);
  }

  @Test
  void readsAByteOrderMarkAndHeadersInAnyOrderCaseAndSpacing() {
    var result =
        parse(
            "\uFEFF Waarde ; REFERENCE_DATE;Municipality_Name; GemeenteCode ;extra\n"
                + "17;2026-01-01;Rotterdam;GM0599;ignored\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.table().rows())
        .extracting(IndicatorRow::municipalityCode, IndicatorRow::value)
        .containsExactly(tuple("GM0599", new BigDecimal("17")));
  }

  @Test
  void aValueBeyondTheDecimalLimitsIsAProblemAndIsNotRead() {
    ImportProblem huge =
        onlyProblem(parse("gemeentecode;waarde\nGM0599;1" + "0".repeat(200_000) + "\n", JAN_1));
    assertAt(huge, 2, 2, "indicators.problem.valueOutOfLimits");
    assertThat(huge.message()).hasSizeLessThan(300);
    assertAt(
        onlyProblem(parse("gemeentecode;waarde\nGM0599;0,1234567890123\n", JAN_1)),
        2,
        2,
        "indicators.problem.valueOutOfLimits");
    assertThat(parse("gemeentecode;waarde\nGM0599;0,123456789012\n", JAN_1).accepted()).isTrue();
  }

  @Test
  void lineNumbersCountBlankLinesAndCarriageReturns() {
    var result = parse("gemeentecode;waarde\r\n\r\nGM0599;1\r\n\r\n\r\nGM0606;x\r\n", JAN_1);
    assertAt(onlyProblem(result), 6, 2, "indicators.problem.notANumber");
  }

  @Test
  void aQuotedFieldOverSeveralLinesDoesNotShiftLaterLineNumbers() {
    var result =
        parse(
            "gemeentecode;gemeentenaam;waarde\nGM0599;\"Rotter\ndam\";1\nGM0606;Schiedam;-1\n",
            JAN_1);
    assertAt(onlyProblem(result), 4, 3, "indicators.problem.negativeValue");
  }

  // ---------------------------------------------------------------- the header

  @Test
  void missingRequiredColumnsAreReportedAtTheHeader() {
    var result = parse("gemeentenaam;peildatum\nRotterdam;2026-01-01\n");
    assertThat(result.problems())
        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::key)
        .containsExactly(
            tuple(1, 0, "indicators.problem.missingColumn"),
            tuple(1, 0, "indicators.problem.missingColumn"));
    assertThat(result.problems().get(0).args())
        .containsExactly("gemeentecode", "gemeentecode, municipality_code");
    assertThat(result.problems().get(1).args()).containsExactly("waarde", "waarde, value, aantal");
  }

  @Test
  void withoutADateColumnAndWithoutADefaultTheHeaderIsRejected() {
    var result = parse("gemeentecode;waarde\nGM0599;10\n");
    assertAt(onlyProblem(result), 1, 0, "indicators.problem.missingReferenceDate");
  }

  @Test
  void twoColumnsForTheSameThingAreAmbiguous() {
    var result = parse("gemeentecode;waarde;aantal\nGM0599;10;11\n", JAN_1);
    ImportProblem p = onlyProblem(result);
    assertAt(p, 1, 3, "indicators.problem.duplicateColumn");
    assertThat(p.args()).containsExactly("aantal", 2);
  }

  @Test
  void anEmptyFileIsRejected() {
    for (String empty : List.of("", "\uFEFF", " \n\n  \r\n")) {
      assertAt(onlyProblem(parse(empty, JAN_1)), 1, 0, "indicators.problem.empty");
    }
  }

  @Test
  void aHeaderAloneIsRejected() {
    assertAt(
        onlyProblem(parse("gemeentecode;waarde\n\n", JAN_1)), 2, 0, "indicators.problem.noRows");
  }

  // ---------------------------------------------------------------- the lines

  @Test
  void aLineWithTooManyOrTooFewFieldsIsReportedAsAWhole() {
    var result = parse("gemeentecode;waarde;peildatum\nGM0599;10;2026-01-01;x\nGM0606;10\n");
    assertThat(result.problems())
        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::key)
        .containsExactly(
            tuple(2, 0, "indicators.problem.fieldCount"),
            tuple(3, 0, "indicators.problem.fieldCount"));
    assertThat(result.problems().get(0).args()).containsExactly(4, 3);
    assertThat(result.problems().get(1).args()).containsExactly(2, 3);
  }

  @Test
  void aDecimalCommaUnquotedInACommaSeparatedFileGivesTooManyFields() {
    assertAt(
        onlyProblem(parse("gemeentecode,waarde\nGM0599,12,5\n", JAN_1)),
        2,
        0,
        "indicators.problem.fieldCount");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GM599", "GM05991", "X0599", "12345", "GM 0599", "GM-599", "5a"})
  void aMalformedMunicipalityCodeIsReportedAtItsCell(String code) {
    ImportProblem p = onlyProblem(parse("waarde;gemeentecode\n10;" + code + "\n", JAN_1));
    assertAt(p, 2, 2, "indicators.problem.badMunicipality");
    assertThat(p.args()).containsExactly(code);
  }

  @Test
  void anEmptyMunicipalityCodeIsReported() {
    assertAt(
        onlyProblem(parse("gemeentecode;waarde\n;10\n", JAN_1)),
        2,
        1,
        "indicators.problem.noMunicipality");
  }

  @Test
  void nonAsciiDigitsAreNotACode() {
    assertAt(
        onlyProblem(parse("gemeentecode;waarde\n\u0665\u0669\u0669;10\n", JAN_1)),
        2,
        1,
        "indicators.problem.badMunicipality");
  }

  @Test
  void aNegativeValueIsReported() {
    ImportProblem p = onlyProblem(parse("gemeentecode;waarde\nGM0599;-3\n", JAN_1));
    assertAt(p, 2, 2, "indicators.problem.negativeValue");
    assertThat(p.args()).containsExactly("-3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1e3", "+5", "12.", ".5", "1.2.3", "0x10", "12,5,1", "--1", "NaN"})
  void aNonNumericValueIsReported(String value) {
    ImportProblem p = onlyProblem(parse("gemeentecode;waarde\nGM0599;\"" + value + "\"\n", JAN_1));
    assertAt(p, 2, 2, "indicators.problem.notANumber");
    assertThat(p.args()).containsExactly(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234.567", "1,234,567", "1.234,5", "1,234.5", "1 234", "12'345"})
  void aThousandsSeparatorIsRefused(String value) {
    ImportProblem p = onlyProblem(parse("gemeentecode;waarde\nGM0599;\"" + value + "\"\n", JAN_1));
    assertAt(p, 2, 2, "indicators.problem.thousandsSeparator");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234", "1,234", "12.345", "999,000"})
  void aValueThatMayHaveAThousandsSeparatorIsRefusedAsAmbiguous(String value) {
    ImportProblem p = onlyProblem(parse("gemeentecode;waarde\nGM0599;\"" + value + "\"\n", JAN_1));
    assertAt(p, 2, 2, "indicators.problem.ambiguousValue");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.234", "1234.567", "1,2340", "1,23"})
  void valuesThatCannotHaveAThousandsSeparatorAreNotAmbiguous(String value) {
    assertThat(parse("gemeentecode;waarde\nGM0599;\"" + value + "\"\n", JAN_1).problems())
        .isEmpty();
  }

  @Test
  void anEmptyValueIsReported() {
    assertAt(
        onlyProblem(parse("gemeentecode;waarde\nGM0599;  \n", JAN_1)),
        2,
        2,
        "indicators.problem.noValue");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-30",
        "2026/01/01",
        "13-13-2026",
        "01-01-26",
        "2026-1-1",
        "20260101",
        "001-01-2026",
        "02026-01-01",
        "1 januari 2026"
      })
  void aMalformedDateIsReported(String date) {
    ImportProblem p =
        onlyProblem(parse("gemeentecode;waarde;peildatum\nGM0599;1;" + date + "\n", JAN_1));
    assertAt(p, 2, 3, "indicators.problem.badDate");
    assertThat(p.args()).containsExactly(date);
  }

  @Test
  void anEmptyDateWithoutADefaultIsReported() {
    assertAt(
        onlyProblem(parse("peildatum;gemeentecode;waarde\n2026-01-01;GM0599;1\n;GM0606;2\n")),
        3,
        1,
        "indicators.problem.noReferenceDate");
  }

  @Test
  void aMunicipalityTwiceIsReportedAtTheSecondEvenWrittenDifferently() {
    ImportProblem p =
        onlyProblem(
            parse(
                "gemeentecode;gemeentenaam;waarde\n599;Rotterdam;1\nGM0606;Schiedam;2\n"
                    + "GM0599;Rotterdam;3\n",
                JAN_1));
    assertAt(p, 4, 1, "indicators.problem.duplicateMunicipality");
    assertThat(p.args()).containsExactly("GM0599 (Rotterdam)", 2);
    assertThat(p.message()).contains("also on line 2");
  }

  @Test
  void aSuppressedValueOtherThanFourIsReportedAtTheValue() {
    ImportProblem p =
        onlyProblem(parse("GEMEENTECODE,AANTAL,INDICATIEAVG\n0599,4,J\n0606,3,J\n", JAN_1));
    assertAt(p, 3, 2, "indicators.problem.suppressedNotFour");
    assertThat(p.args()).containsExactly("GM0606", "3");
    assertThat(p.message()).contains("DUO publishes suppressed counts (below 5) as 4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X", "ja", "1", "yes", "JN"})
  void anUnknownFlagIsReported(String flag) {
    ImportProblem p =
        onlyProblem(parse("gemeentecode;waarde;indicatieavg\nGM0599;4;" + flag + "\n", JAN_1));
    assertAt(p, 2, 3, "indicators.problem.badFlag");
    assertThat(p.args()).containsExactly(flag);
  }

  @Test
  void exactly5000LinesAreReadAndOneMoreIsRefused() {
    StringBuilder csv = new StringBuilder("gemeentecode;waarde\n");
    for (int i = 1; i <= IndicatorTableParser.MAX_DATA_LINES; i++) {
      csv.append(i).append(";1\n");
    }
    assertThat(parse(csv.toString(), JAN_1).tableOrThrow().rows()).hasSize(5000);

    csv.append("\n5001;1\n");
    ImportProblem p = onlyProblem(parse(csv.toString(), JAN_1));
    assertAt(p, 5003, 0, "indicators.problem.tooManyLines");
    assertThat(p.args()).containsExactly(5000);
  }

  @Test
  void anUnreadableFileIsReported() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public void close() {}
        };
    ImportProblem p = onlyProblem(parser.parse(failing, "caseload", SOURCE, JAN_1));
    seen.add(p);
    assertAt(p, 1, 0, "indicators.problem.unreadable");
    assertThat(p.args()).containsExactly("disk on fire");
  }

  @Test
  void aFileOverTheSizeLimitIsNotReadToItsEnd() {
    Reader endless =
        new Reader() {
          long served;

          @Override
          public int read(char[] buffer, int offset, int length) {
            served += length;
            java.util.Arrays.fill(buffer, offset, offset + length, 'x');
            return length;
          }

          @Override
          public void close() {}
        };
    ImportProblem p = onlyProblem(parser.parse(endless, "caseload", SOURCE, JAN_1));
    seen.add(p);
    assertAt(p, 1, 0, "indicators.problem.tooLarge");
  }

  @Test
  void textAfterAClosingQuoteMakesTheFileNotCsvAtItsLine() {
    var result = parse("gemeentecode;waarde\nGM0599;1\nGM0606;\"2\"x\nGM0622;1\n", JAN_1);
    assertAt(onlyProblem(result), 3, 0, "indicators.problem.notCsv");
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItsLineStarts() {
    var result =
        parse("gemeentecode;waarde\n\nGM0599;1\nGM0606;\"2\nGM0622;1\n\nGM0503;1\n", JAN_1);
    assertAt(onlyProblem(result), 4, 0, "indicators.problem.notCsv");
  }

  @Test
  void aBrokenQuoteMakesTheFileNotCsv() {
    var result = parse("gemeentecode;waarde\nGM0599;1\nGM0606;\"2\n", JAN_1);
    assertThat(result.accepted()).isFalse();
    assertThat(result.problems())
        .extracting(ImportProblem::key)
        .containsExactly("indicators.problem.notCsv");
    assertThat(result.problems().get(0).line()).isEqualTo(3);
  }

  // ---------------------------------------------------------------- all problems at once

  @Test
  void aFileWithSeveralProblemsReportsEveryOneAndGivesNoRows() {
    var result =
        parse(
            "gemeentecode;gemeentenaam;waarde;peildatum;indicatieavg\n"
                + "GM0599;Rotterdam;123456;2026-01-01;N\n" // 2 fine
                + "GM05X6;Schiedam;-1;2026-01-01;N\n" // 3 code, value
                + "GM0622;Vlaardingen;1.234.567;31-02-2026;N\n" // 4 value, date
                + "0599;Rotterdam;7;2026-01-01;J\n" // 5 not four, twice
                + "GM0503;Delft;3;2026-01-01;maybe\n" // 6 flag
                + "GM0518;Den Haag\n" // 7 field count
                + "GM0513;Gouda;abc;;N\n"); // 8 value, no date
    assertThat(result.accepted()).isFalse();
    assertThat(result.table()).isNull();
    assertThat(result.problems())
        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::key)
        .containsExactly(
            tuple(3, 1, "indicators.problem.badMunicipality"),
            tuple(3, 3, "indicators.problem.negativeValue"),
            tuple(4, 3, "indicators.problem.thousandsSeparator"),
            tuple(4, 4, "indicators.problem.badDate"),
            tuple(5, 3, "indicators.problem.suppressedNotFour"),
            tuple(5, 1, "indicators.problem.duplicateMunicipality"),
            tuple(6, 5, "indicators.problem.badFlag"),
            tuple(7, 0, "indicators.problem.fieldCount"),
            tuple(8, 3, "indicators.problem.notANumber"),
            tuple(8, 4, "indicators.problem.noReferenceDate"));
    assertThatThrownBy(result::tableOrThrow)
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> assertThat(e.problems()).isEqualTo(result.problems()));
  }

  @Test
  void checkingStopsAfter200Problems() {
    StringBuilder csv = new StringBuilder("gemeentecode;waarde\n");
    for (int i = 1; i <= 300; i++) {
      csv.append(i).append(";x\n");
    }
    var result = parse(csv.toString(), JAN_1);
    assertThat(result.problems()).hasSize(IndicatorTableParser.MAX_PROBLEMS + 1);
    ImportProblem last = result.problems().get(IndicatorTableParser.MAX_PROBLEMS);
    assertAt(last, 202, 0, "indicators.problem.tooManyProblems");
  }

  // ---------------------------------------------------------------- arguments

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "equal",
        "Youth",
        "youth-12",
        "youth 12",
        "jeugd_é",
        "abcdefghijabcdefghijabcdefghijabcdefghijk"
      })
  void anInvalidIndicatorNameIsRefusedBeforeReading(String name) {
    assertThat(IndicatorTable.isValidIndicator(name)).isFalse();
    assertThatThrownBy(
            () ->
                parser.parse(
                    new StringReader("gemeentecode;waarde\nGM0599;1\n"), name, SOURCE, JAN_1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ab", "youth_12_27", "mbo_students", "early_leavers", "caseload", "equal_2"})
  void validIndicatorNames(String name) {
    assertThat(IndicatorTable.isValidIndicator(name)).isTrue();
    assertThat(IndicatorTable.isValidIndicator("x".repeat(40))).isTrue();
    var result =
        parser.parse(new StringReader("gemeentecode;waarde\nGM0599;1\n"), name, SOURCE, JAN_1);
    assertThat(result.tableOrThrow().indicator()).isEqualTo(name);
  }

  @Test
  void theSourceIsRequiredShortAndWithoutControlCharacters() {
    for (String bad : new String[] {null, "", "   ", "x".repeat(201), "CBS\nStatLine"}) {
      assertThat(IndicatorTable.isValidSource(bad)).isFalse();
      assertThatThrownBy(() -> parser.parse(new StringReader("a"), "caseload", bad, JAN_1))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(IndicatorTable.isValidSource("x".repeat(200))).isTrue();
    var result =
        parser.parse(
            new StringReader("gemeentecode;waarde\nGM0599;1\n"),
            "caseload",
            "  Wijkteams 2026 ",
            JAN_1);
    assertThat(result.tableOrThrow().source()).isEqualTo("Wijkteams 2026");
  }

  // ---------------------------------------------------------------- the messages

  @Test
  void eachEnglishMessageIsItsProposedPatternWithItsArgsAndDutchHasTheSameKeys()
      throws IOException {
    // run the other tests' kinds of problems through here too
    parse("gemeentecode;waarde;aantal\nGM0599;1;1\n");
    parse("");
    parse("x;y\n");
    parse("gemeentecode;waarde\n\n", JAN_1);
    parse("gemeentecode;waarde\nGM0599;\"1\n", JAN_1);
    aFileWithSeveralProblemsReportsEveryOneAndGivesNoRows();
    anUnreadableFileIsReported();
    aFileOverTheSizeLimitIsNotReadToItsEnd();
    parse("gemeentecode;waarde\nGM0599;1\n" + "GM0599;1\n".repeat(5000), JAN_1);
    parse("gemeentecode;waarde\n;\nGM0599;1.234\nGM0606;1 234\n", JAN_1);
    checkingStopsAfter200Problems();
    aValueBeyondTheDecimalLimitsIsAProblemAndIsNotRead();

    Properties en = load("messages_en.properties");
    Properties nl = load("messages_nl.properties");
    assertThat(nl.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(key).startsWith("indicators.problem.");
      assertThat(arguments(nl.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
    }
    assertThat(seen.stream().map(ImportProblem::key).collect(Collectors.toSet()))
        .hasSizeGreaterThan(15);
    for (ImportProblem p : seen) {
      String pattern = en.getProperty(p.key());
      assertThat(pattern).as(p.key()).isNotNull();
      String formatted =
          p.args().isEmpty()
              ? pattern
              : new MessageFormat(pattern, Locale.ENGLISH).format(p.args().toArray());
      assertThat(formatted).as(p.key()).isEqualTo(p.message());
      assertThat(
              new MessageFormat(nl.getProperty(p.key()), Locale.forLanguageTag("nl"))
                  .format(p.args().toArray()))
          .doesNotContain("{");
    }
  }

  private static List<String> arguments(String pattern) {
    Matcher m = Pattern.compile("\\{[^}]*}").matcher(pattern);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found.stream().sorted().toList();
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = IndicatorTableParserTest.class.getResourceAsStream(name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
