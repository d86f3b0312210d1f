package nl.regioportal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionCode;
import org.junit.jupiter.api.Test;

class CbsAreaTableParserTest {

  private final CbsAreaTableParser parser = new CbsAreaTableParser();

  private CbsAreaTableParser.Result parse(String csv) {
    return parser.parse(new StringReader(csv));
  }

  @Test
  void readsTheCbsLayoutWithSemicolonsAndLenientCodes() {
    var result =
        parse(
            "\uFEFFGemeentecode;Gemeentenaam;RMC-regio code;RMC-regio's naam\n"
                + "GM0599;Rotterdam;MC29;Rijnmond\n"
                + "606;Schiedam;29;Rijnmond\n"
                + "\n");
    assertThat(result.accepted()).isTrue();
    assertThat(result.rows())
        .extracting(CbsAreaRow::municipality, CbsAreaRow::region, CbsAreaRow::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                new MunicipalityCode("GM0599"), new RegionCode("29"), 2),
            org.assertj.core.groups.Tuple.tuple(
                new MunicipalityCode("GM0606"), new RegionCode("29"), 3));
  }

  @Test
  void readsCommasAndColumnsInAnyOrder() {
    var result = parse("RMC-regio code,Gemeentenaam,GemeentecodeGM\nRM36,Oss,GM0828\n");
    assertThat(result.accepted()).isTrue();
    assertThat(result.rows().get(0).municipalityName()).isEqualTo("Oss");
  }

  @Test
  void aMissingColumnRejectsTheFileAtTheHeader() {
    var result = parse("Gemeentecode;Gemeentenaam\nGM0599;Rotterdam\n");
    assertThat(result.accepted()).isFalse();
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("RMC-regio code");
            });
  }

  @Test
  void everyBadCellIsReportedWithLineAndColumnAndNothingIsReturned() {
    var result =
        parse(
            "Gemeentecode;Gemeentenaam;RMC-regio code\n"
                + "GM0599;Rotterdam;MC29\n"
                + "GM05X6;Schiedam;MC29\n"
                + "GM0622;;MC2x\n"
                + "GM0599;Rotterdam;MC29\n");
    assertThat(result.accepted()).isFalse();
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(ImportProblem::line, ImportProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, 1),
            org.assertj.core.groups.Tuple.tuple(4, 2),
            org.assertj.core.groups.Tuple.tuple(4, 3),
            org.assertj.core.groups.Tuple.tuple(5, 1));
    assertThat(result.problems().get(3).message()).contains("also on line 2");
  }

  @Test
  void anEmptyFileOrAHeaderAloneIsRejected() {
    assertThat(parse("").accepted()).isFalse();
    assertThat(parse("Gemeentecode;Gemeentenaam;RMC-regio code\n").accepted()).isFalse();
  }
}
