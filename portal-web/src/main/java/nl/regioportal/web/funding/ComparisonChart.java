package nl.regioportal.web.funding;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.Map;
import nl.regioportal.funding.engine.Comparison;
import nl.regioportal.web.faces.ScriptJson;

/**
 * The comparison chart on the version page: per municipality its amount in both versions, as the
 * Chart.js configuration that {@code p:chart} writes into the page's script; names and labels are
 * data, escaped for that script ({@link ScriptJson}).
 */
final class ComparisonChart {

  private ComparisonChart() {}

  /**
   * @param names municipality names by CBS code (the code where a name is missing)
   * @param otherLabel the legend of the other version's bars
   * @param thisLabel the legend of this version's bars
   */
  static String json(
      Comparison comparison, Map<String, String> names, String otherLabel, String thisLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder a = Json.createArrayBuilder();
    JsonArrayBuilder b = Json.createArrayBuilder();
    for (Comparison.Row r : comparison.rows()) {
      labels.add(names.getOrDefault(r.code(), r.code()));
      a.add(euros(r.amountCentsA()));
      b.add(euros(r.amountCentsB()));
    }
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", otherLabel)
                                    .add("backgroundColor", "#8a99a8")
                                    .add("data", a))
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", thisLabel)
                                    .add("backgroundColor", "#1f5f8b")
                                    .add("data", b))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("responsive", true)
                    .add("maintainAspectRatio", false))
            .build());
  }

  private static BigDecimal euros(Long cents) {
    return cents == null ? BigDecimal.ZERO : BigDecimal.valueOf(cents, 2);
  }
}
