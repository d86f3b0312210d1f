package nl.regioportal.web.funding;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.shared.Decimals;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One municipality's value of an indicator as sent: a JSON number ({@code 112000}), or {@code
 * {"value": 4, "suppressedAsFour": true}} for a count the source published as 4. Bound as the
 * number's text and read by {@link Decimals} when validated, like every decimal of the API;
 * anything else is kept only to be refused at its field.
 *
 * @param number the number's text, or {@code null} when no number was sent
 */
@Schema(
    name = "IndicatorValue",
    description =
        "A JSON number, or {\"value\": 4, \"suppressedAsFour\": true} for a count published as 4.",
    oneOf = {Number.class, IndicatorDto.Suppressed.class},
    example = "112000")
public record IndicatorDto(
    @Schema(hidden = true) String number, @Schema(hidden = true) boolean suppressedAsFour) {

  /** The object form, for the schema. */
  @Schema(name = "SuppressedIndicatorValue")
  public record Suppressed(Number value, Boolean suppressedAsFour) {}

  /** The value, when a plain number within {@link Decimals}' limits was sent. */
  Optional<IndicatorValue> value() {
    return Decimals.plain(number).map(v -> new IndicatorValue(v, suppressedAsFour));
  }

  /**
   * A JSON number as plain text for {@link Decimals}. JSON-P has read it already, within its own
   * limit of length; a huge exponent ({@code 1e99999}) stays in scientific form and is refused.
   */
  private static String text(JsonNumber n) {
    BigDecimal d = n.bigDecimalValue();
    return Math.abs(d.scale()) > Decimals.MAX_LENGTH ? d.toString() : d.toPlainString();
  }

  /** The value as sent: a number, the object form, or anything else (to be refused). */
  static IndicatorDto of(JsonValue v) {
    if (v instanceof JsonNumber n) {
      return new IndicatorDto(text(n), false);
    }
    if (v instanceof JsonObject o && o.get("value") instanceof JsonNumber n) {
      return new IndicatorDto(text(n), o.getBoolean("suppressedAsFour", false));
    }
    return new IndicatorDto(null, false);
  }

  /**
   * Binds a municipality's indicators, name by name, in the order sent (JSON-B cannot bind a map's
   * values of two shapes by itself).
   */
  public static final class MapReader implements JsonbDeserializer<Map<String, IndicatorDto>> {
    @Override
    public Map<String, IndicatorDto> deserialize(
        JsonParser parser, DeserializationContext ctx, Type type) {
      Map<String, IndicatorDto> values = new LinkedHashMap<>();
      parser.getObject().forEach((name, v) -> values.put(name, of(v)));
      return values;
    }
  }
}
