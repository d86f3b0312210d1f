package nl.regioportal.web.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.engine.Comparison;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.api.Timestamps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The funding API's bodies through JSON-B as Payara binds them: the shapes are a contract. */
class FundingDtoTest {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private static final String KEY =
      """
      {"label": "A", "total": "250000.00",
       "parts": [{"basis": "EQUAL", "percent": "20"}, {"basis": "caseload", "percent": "80"}],
       "municipalities": [
         {"code": "GM0599", "indicators": {"caseload": 410}, "minimum": "100.50"},
         {"code": "GM0606", "indicators": {"caseload": {"value": 4, "suppressedAsFour": true}}}],
       "sources": {"caseload": {"source": "Registratie", "referenceDate": "2026-01-01"}}}
      """;

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  private static KeyDraft draft(String json) {
    return KeyDto.draft(JSONB.fromJson(json, KeyDto.class));
  }

  private static List<Violation> refused(String json) {
    return catchThrowableOfType(InvalidInputException.class, () -> draft(json)).violations();
  }

  @Test
  void aKeyIsReadWithDecimalStringsAndBothFormsOfIndicatorValue() {
    KeyDraft key = draft(KEY);
    assertThat(key.total()).isEqualByComparingTo("250000.00");
    assertThat(key.parts().get(1).percent()).isEqualByComparingTo("80");
    assertThat(key.municipalities().get(0).minimumCents()).isEqualTo(10050L);
    assertThat(key.municipalities().get(0).indicators().get("caseload").value())
        .isEqualByComparingTo("410");
    assertThat(key.municipalities().get(1).indicators().get("caseload").suppressedAsFour())
        .isTrue();
    assertThat(key.sources().get("caseload").referenceDate()).hasToString("2026-01-01");
  }

  @Test
  void aJsonNumberWhereADecimalStringBelongsIsRefusedAtItsField() {
    assertThat(refused(KEY.replace("\"250000.00\"", "250000.00")))
        .containsExactly(Violation.of("total", "funding.json.decimal", "250000.00"));
    assertThat(refused(KEY.replace("\"80\"", "80")))
        .extracting(Violation::field)
        .containsExactly("parts[1].percent");
  }

  @Test
  void aLongDecimalStringIsRefusedByItsLengthAndNotEchoed() {
    List<Violation> v = refused(KEY.replace("250000.00", "9".repeat(200_000)));
    assertThat(v).extracting(Violation::field).containsExactly("total");
    assertThat(v.get(0).args().get(0).toString()).hasSizeLessThan(30);
    assertThat(refused(KEY.replace("250000.00", "0".repeat(50) + "250000.00")))
        .extracting(Violation::field)
        .containsExactly("total");
  }

  @Test
  void everyOtherMistakeInAValueIsAViolationAtItsPath() {
    assertThat(
            refused(
                KEY.replace("\"100.50\"", "\"100.505\"")
                    .replace("410", "\"410\"")
                    .replace("2026-01-01", "1 januari")
                    .replace("\"basis\": \"EQUAL\", ", "")))
        .extracting(Violation::field, Violation::key)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("parts[0].basis", "funding.json.string"),
            org.assertj.core.groups.Tuple.tuple(
                "municipalities[0].indicators.caseload", "funding.json.number"),
            org.assertj.core.groups.Tuple.tuple("municipalities[0].minimum", "funding.json.amount"),
            org.assertj.core.groups.Tuple.tuple(
                "sources.caseload.referenceDate", "api.date.invalid"));
    assertThat(refused(KEY.replace("\"100.50\"", "\"-1\"")))
        .containsExactly(Violation.of("municipalities[0].minimum", "funding.json.amount", "-1"));
    assertThat(refused("{}"))
        .containsExactly(Violation.of("total", "funding.json.decimal", "null"));
  }

  @Test
  void anAbsentKeyIsRefusedAsAWhole() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> KeyDto.draft(null)))
        .extracting(InvalidInputException::violations)
        .isEqualTo(List.of(Violation.of(null, "funding.key.required")));
  }

  @Test
  void absentValuesAreLeftOutExceptInAComparisonWhereTheyAreNull() {
    String summary =
        JSONB.toJson(
            new VersionSummaryDto(
                1,
                1,
                "A",
                "DRAFT",
                "1.00",
                2,
                0,
                0,
                Timestamps.utc(LocalDateTime.of(2026, 12, 2, 11, 22, 28, 123_456_000)),
                Timestamps.utc(LocalDateTime.of(2026, 12, 2, 11, 22)),
                null));
    assertThat(summary)
        .contains("\"createdAt\":\"2026-12-02T11:22:28Z\"")
        .contains("\"publishedAt\":\"2026-12-02T11:22:00Z\"")
        .doesNotContain("lockedAt")
        .startsWith("{\"id\":1,\"number\":1,\"label\":\"A\"");
    String comparison =
        JSONB.toJson(
            ComparisonDto.of(
                1,
                2,
                new Comparison(
                    100, 150, List.of(new Comparison.Row("GM0599", null, 150L, 150L, null))),
                java.util.Map.of()));
    assertThat(comparison)
        .contains("\"amountA\":null")
        .contains("\"amountB\":\"1.50\"")
        .contains("\"differencePercent\":null")
        .contains("\"totalA\":\"1.00\"");
  }
}
