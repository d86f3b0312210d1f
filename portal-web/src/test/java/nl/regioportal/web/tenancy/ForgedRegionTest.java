package nl.regioportal.web.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForgedRegionTest {

  @Test
  void regionFieldsAreRecognisedInJsonAndFacesNames() {
    assertThat(ForgedRegion.isRegionField("region")).isTrue();
    assertThat(ForgedRegion.isRegionField("tenantId")).isTrue();
    assertThat(ForgedRegion.isRegionField("org:tenant_id")).isTrue();
    assertThat(ForgedRegion.isRegionField("org:regionName")).isFalse();
    assertThat(ForgedRegion.isRegionField("alsoInRegions")).isFalse();
    assertThat(ForgedRegion.isRegionField(null)).isFalse();
  }

  @Test
  void onlyAnotherRegionIsAContradiction() {
    assertThat(ForgedRegion.contradiction("29", "36")).contains("36");
    assertThat(ForgedRegion.contradiction("29", "29")).isEmpty();
    assertThat(ForgedRegion.contradiction("29", "MC29")).isEmpty();
    assertThat(ForgedRegion.contradiction("01", "1")).isEmpty();
    assertThat(ForgedRegion.contradiction("29", " ")).isEmpty();
    assertThat(ForgedRegion.contradiction("29", "MC30")).contains("MC30");
  }
}
