package nl.regioportal.funding.export;

import static nl.regioportal.funding.export.FundingWorkbookExport.HEADER_ROW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportal.funding.application.ShareView;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.engine.Cents;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FundingWorkbookExportTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private static XSSFWorkbook export(VersionDetails d, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FundingWorkbookExport.write(d, locale, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static BigDecimal euros(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  @Test
  void noCellOfAnySheetShowsTheCodeOfABasis() throws IOException {
    for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
      List<String> texts = new ArrayList<>();
      try (XSSFWorkbook wb = export(Fixture.version(), locale)) {
        for (Sheet sheet : wb) {
          for (Row r : sheet) {
            for (Cell c : r) {
              if (c.getCellType() == CellType.STRING) {
                texts.add(c.getStringCellValue());
              }
            }
          }
        }
      }
      assertThat(texts)
          .as("the labels are there")
          .contains(
              locale == DUTCH ? "Inwoners" : "Residents",
              locale == DUTCH ? "Gelijke delen" : "Equal shares");
      for (String text : texts) {
        for (String code : Fixture.CODES) {
          assertThat(text).as(locale + " cell").doesNotContain(code);
        }
      }
    }
  }

  @Test
  void threeSheetsNamedInTheRequestedLanguage() throws IOException {
    VersionDetails d = Fixture.version();
    try (XSSFWorkbook nl = export(d, DUTCH);
        XSSFWorkbook en = export(d, Locale.ENGLISH)) {
      assertThat(sheetNames(nl)).containsExactly("Verdeling", "Toelichting", "Bronnen");
      assertThat(sheetNames(en)).containsExactly("Shares", "Derivation", "Sources");
      assertThat(nl.getSheetAt(0).getRow(HEADER_ROW).getCell(1).getStringCellValue())
          .isEqualTo("Gemeente");
      assertThat(en.getSheetAt(0).getRow(HEADER_ROW).getCell(1).getStringCellValue())
          .isEqualTo("Municipality");
    }
  }

  @Test
  void titleRowsNameTheArrangementYearVersionAndStatus() throws IOException {
    try (XSSFWorkbook wb = export(Fixture.version(), DUTCH)) {
      for (Sheet sheet : wb) {
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Jeugdhulp Rijnmond");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
            .isEqualTo("Begrotingsjaar 2027");
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
            .isEqualTo("Versie 2 – Begroting 2027");
        assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
            .isEqualTo("Status: gepubliceerd ter beoordeling");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
            .isEqualTo((short) (HEADER_ROW + 1));
        assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
      }
    }
  }

  @Test
  void amountsAreNumericEuroCellsEqualToTheShares() throws IOException {
    VersionDetails d = Fixture.version();
    try (XSSFWorkbook wb = export(d, DUTCH)) {
      Sheet sheet = wb.getSheetAt(0);
      for (int i = 0; i < d.shares().size(); i++) {
        ShareView s = d.shares().get(i);
        Row r = sheet.getRow(HEADER_ROW + 1 + i);
        assertThat(r.getCell(0).getStringCellValue()).isEqualTo(s.code());
        Cell amount = r.getCell(2);
        assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(euros(amount.getNumericCellValue())).isEqualTo(s.share().amount());
        assertThat(amount.getCellStyle().getDataFormatString()).contains("€").contains("0.00");
        assertThat(BigDecimal.valueOf(r.getCell(3).getNumericCellValue()))
            .isEqualByComparingTo(s.share().exactEuros());
      }
    }
  }

  @Test
  void theSumFormulaEvaluatesToTheTotalAndTheCheckSaysSo() throws IOException {
    VersionDetails d = Fixture.version();
    int totalRow = HEADER_ROW + 1 + d.shares().size();
    try (XSSFWorkbook wb = export(d, DUTCH)) {
      Sheet sheet = wb.getSheetAt(0);
      FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
      Cell sum = sheet.getRow(totalRow).getCell(2);

      assertThat(sum.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(sum.getCellFormula()).isEqualTo("SUM(C7:C8)");
      assertThat(euros(eval.evaluate(sum).getNumberValue()))
          .isEqualTo(Cents.toEuros(d.summary().totalCents()));
      assertThat(euros(sheet.getRow(totalRow + 1).getCell(2).getNumericCellValue()))
          .isEqualTo(Cents.toEuros(d.summary().totalCents()));
      Cell check = sheet.getRow(totalRow + 2).getCell(2);
      assertThat(eval.evaluate(check).getStringValue()).isEqualTo("klopt");
      assertThat(check.getStringCellValue()).as("cached result").isEqualTo("klopt");

      // the check does fail: one cent more on Rotterdam
      Cell rotterdam = sheet.getRow(HEADER_ROW + 1).getCell(2);
      rotterdam.setCellValue(rotterdam.getNumericCellValue() + 0.01);
      eval.clearAllCachedResultValues();
      assertThat(eval.evaluate(check).getStringValue()).isEqualTo("WIJKT AF");
    }
  }

  @Test
  void theSuppressedCountIsTextAndTheHiddenValueIsNowhere() throws IOException {
    VersionDetails d = Fixture.version();
    try (XSSFWorkbook wb = export(d, DUTCH)) {
      Sheet shares = wb.getSheetAt(0);
      assertThat(shares.getRow(HEADER_ROW).getCell(11).getStringCellValue())
          .isEqualTo("Caseload naar woonplaats waarde");
      assertThat(shares.getRow(HEADER_ROW + 1).getCell(11).getNumericCellValue()).isEqualTo(1234);
      assertThat(shares.getRow(HEADER_ROW + 2).getCell(11).getStringCellValue()).isEqualTo("<5");

      Sheet derivation = wb.getSheetAt(1);
      Row schiedamCaseload = findRow(derivation, Fixture.SCHIEDAM, "Caseload naar woonplaats");
      assertThat(schiedamCaseload.getCell(6).getStringCellValue()).isEqualTo("<5");
      assertThat(schiedamCaseload.getCell(7).getStringCellValue()).isEqualTo("niet getoond");

      // the value columns: per part on the first sheet, value and share of basis on the second
      DataFormatter f = new DataFormatter(Locale.ROOT);
      String hidden = Integer.toString(Fixture.HIDDEN_CASELOAD);
      String hiddenShare =
          new BigDecimal(Fixture.HIDDEN_CASELOAD)
              .divide(new BigDecimal(1234 + Fixture.HIDDEN_CASELOAD), 6, RoundingMode.HALF_UP)
              .toPlainString();
      for (Row r : shares) {
        for (int col : new int[] {7, 9, 11}) {
          if (r.getRowNum() > HEADER_ROW && r.getCell(col) != null) {
            assertThat(f.formatCellValue(r.getCell(col))).isNotEqualTo(hidden);
          }
        }
      }
      for (Row r : derivation) {
        if (r.getRowNum() > HEADER_ROW && r.getCell(6) != null) {
          assertThat(f.formatCellValue(r.getCell(6))).isNotEqualTo(hidden);
          Cell share = r.getCell(7);
          if (share.getCellType() == CellType.NUMERIC) {
            assertThat(BigDecimal.valueOf(share.getNumericCellValue()).toPlainString())
                .isNotEqualTo(hiddenShare);
          }
        }
      }
      assertThat(shares.getRow(HEADER_ROW + 2).getCell(11).getStringCellValue()).isEqualTo("<5");
    }
  }

  @Test
  void derivationListsEveryPartThenTheAdjustmentsAndTheAmount() throws IOException {
    VersionDetails d = Fixture.version();
    ShareView rotterdam = d.shares().get(0);
    try (XSSFWorkbook wb = export(d, Locale.ENGLISH)) {
      Sheet sheet = wb.getSheetAt(1);
      Row inhabitants = findRow(sheet, Fixture.ROTTERDAM, "Residents");
      assertThat(inhabitants.getCell(2).getNumericCellValue()).isEqualTo(2);
      assertThat(inhabitants.getCell(4).getNumericCellValue()).isEqualTo(0.5);
      assertThat(inhabitants.getCell(5).getNumericCellValue()).isEqualTo(125_000);
      assertThat(inhabitants.getCell(6).getNumericCellValue()).isEqualTo(670_610);
      assertThat(BigDecimal.valueOf(inhabitants.getCell(7).getNumericCellValue()))
          .isEqualByComparingTo(rotterdam.lines().get(1).shownShare());
      assertThat(BigDecimal.valueOf(inhabitants.getCell(8).getNumericCellValue()))
          .isEqualByComparingTo(rotterdam.lines().get(1).line().exactEuros());
      assertThat(findRow(sheet, Fixture.ROTTERDAM, "Equal shares").getCell(6).getNumericCellValue())
          .isEqualTo(1);

      Row amount = findRow(sheet, Fixture.ROTTERDAM, "Amount");
      assertThat(euros(amount.getCell(8).getNumericCellValue()))
          .isEqualTo(rotterdam.share().amount());
      Row rounding = findRow(sheet, Fixture.ROTTERDAM, "Rounding to cents");
      assertThat(rounding.getRowNum()).isEqualTo(amount.getRowNum() - 1);
      assertThat(findRow(sheet, Fixture.ROTTERDAM, "Bound adjustment").getRowNum())
          .isEqualTo(amount.getRowNum() - 2);
    }
  }

  @Test
  void sourcesListEachIndicatorWithItsReferenceDate() throws IOException {
    try (XSSFWorkbook wb = export(Fixture.version(), Locale.ENGLISH)) {
      Sheet sheet = wb.getSheetAt(2);
      Row header = sheet.getRow(HEADER_ROW);
      assertThat(List.of(cellText(header, 0), cellText(header, 1), cellText(header, 2)))
          .containsExactly("Indicator", "Source", "Reference date");
      Row first = sheet.getRow(HEADER_ROW + 1);
      assertThat(cellText(first, 0)).isEqualTo("Residents");
      assertThat(cellText(first, 1)).isEqualTo("CBS StatLine 03759ned");
      assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 1, 1));
      assertThat(cellText(sheet.getRow(HEADER_ROW + 2), 0))
          .isEqualTo("Caseload by place of residence");
      assertThat(sheet.getLastRowNum()).isEqualTo(HEADER_ROW + 2);
    }
  }

  @Test
  void refusesAVersionWhoseAmountsDoNotAddUpToItsTotal() {
    VersionDetails d = Fixture.version(Fixture.result(), -1);

    assertThatThrownBy(() -> export(d, DUTCH)).isInstanceOf(IllegalArgumentException.class);
  }

  private static String cellText(Row r, int col) {
    return r.getCell(col).getStringCellValue();
  }

  /** The derivation row of a municipality whose column D (basis or row label) is {@code label}. */
  private static Row findRow(Sheet sheet, String code, String label) {
    for (Row r : sheet) {
      if (r.getRowNum() > HEADER_ROW
          && r.getCell(0) != null
          && r.getCell(0).getStringCellValue().equals(code)
          && r.getCell(3) != null
          && r.getCell(3).getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new AssertionError("No row " + code + " " + label);
  }
}
