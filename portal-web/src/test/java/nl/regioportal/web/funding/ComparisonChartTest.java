package nl.regioportal.web.funding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.engine.Comparison;
import org.junit.jupiter.api.Test;

class ComparisonChartTest {

  private static final String EVIL = "</script><script>alert('x')</script> \"Gemeente\" & <b>";

  private static String chart(String name, String otherLabel) {
    Comparison comparison =
        new Comparison(
            30_000,
            40_000,
            List.of(
                new Comparison.Row("GM0599", 10_000L, 25_000L, 15_000, null),
                new Comparison.Row("GM0606", 20_000L, 15_000L, -5_000, null)));
    return ComparisonChart.json(comparison, Map.of("GM0599", name), otherLabel, "Deze versie");
  }

  /**
   * The configuration is written raw into a {@code <script>} of the page (PrimeFaces' {@code
   * p:chart}): a name with {@code </script>} must not end that script, and no HTML markup may
   * appear in it, whatever a municipality or version label holds.
   */
  @Test
  void labelsCannotEndTheScriptTheChartIsWrittenInto() {
    String json = chart(EVIL, "Versie 2 " + EVIL);

    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(json.toLowerCase()).doesNotContain("</script");
  }

  @Test
  void labelsReadBackExactlyAsWritten() {
    JsonObject chart =
        Json.createReader(new StringReader(chart(EVIL, "Versie 2 " + EVIL))).readObject();

    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getString(0)).isEqualTo(EVIL);
    assertThat(data.getJsonArray("labels").getString(1)).isEqualTo("GM0606");
    assertThat(data.getJsonArray("datasets").getJsonObject(0).getString("label"))
        .isEqualTo("Versie 2 " + EVIL);
    assertThat(
            data.getJsonArray("datasets")
                .getJsonObject(1)
                .getJsonArray("data")
                .getJsonNumber(0)
                .bigDecimalValue())
        .isEqualByComparingTo("250.00");
  }

  @Test
  void lineAndParagraphSeparatorsAreEscapedForOldScriptEngines() {
    assertThat(chart("Noord\u2028Zuid\u2029", "x"))
        .doesNotContain("\u2028")
        .doesNotContain("\u2029");
  }
}
