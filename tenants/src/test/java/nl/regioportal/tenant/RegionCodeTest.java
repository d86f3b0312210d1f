package nl.regioportal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

  @Test
  void parsesTheWaysCbsAndPeopleWriteARegion() {
    assertThat(RegionCode.parse("29")).contains(new RegionCode("29"));
    assertThat(RegionCode.parse(" MC29 ")).contains(new RegionCode("29"));
    assertThat(RegionCode.parse("rm05")).contains(new RegionCode("05"));
    assertThat(RegionCode.parse("5")).contains(new RegionCode("05"));
  }

  @Test
  void rejectsWhatIsNoRegionCode() {
    assertThat(RegionCode.parse("x9")).isEmpty();
    assertThat(RegionCode.parse("290")).isEmpty();
    assertThat(RegionCode.parse(null)).isEmpty();
    assertThatThrownBy(() -> new RegionCode("MC29")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void municipalityCodesAreNormalised() {
    assertThat(MunicipalityCode.parseLenient("599")).contains(new MunicipalityCode("GM0599"));
    assertThat(MunicipalityCode.parseLenient("gm0599")).contains(new MunicipalityCode("GM0599"));
    assertThat(MunicipalityCode.parseLenient("GM05X9")).isEmpty();
    assertThat(MunicipalityCode.parseLenient("12345")).isEmpty();
    assertThat(MunicipalityCode.isValid("GM0599")).isTrue();
    assertThat(MunicipalityCode.isValid("0599")).isFalse();
  }
}
