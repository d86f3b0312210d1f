package nl.regioportal.web.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Optional;
import nl.regioportal.shared.Decimals;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A decimal amount or percentage as a JSON string ({@code "250000.00"}), as the client sent it. It
 * is bound as text and read by {@link Decimals} only when the field is validated, so a long text is
 * refused by its length before any {@link BigDecimal} is built, and the refusal names the field. A
 * JSON number in its place is kept (as its text) only to be refused: clients may have turned it
 * into binary floating point on the way.
 *
 * @param text the text as sent
 * @param quoted whether it came as a JSON string
 */
@Schema(
    name = "Decimal",
    type = SchemaType.STRING,
    description = "A decimal as a string, with a point: never a JSON number.",
    pattern = "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$",
    maxLength = Decimals.MAX_LENGTH,
    example = "250000.00")
@JsonbTypeDeserializer(DecimalText.Reader.class)
public record DecimalText(
    @Schema(hidden = true) String text, @Schema(hidden = true) boolean quoted) {

  /** How much of a refused text a message repeats. */
  private static final int SHOWN = 24;

  /** The value, when it came as a string that {@link Decimals#plain} reads. */
  public Optional<BigDecimal> value() {
    return quoted ? Decimals.plain(text) : Optional.empty();
  }

  /** The text for a message: cut short, so a refusal never echoes a long input. */
  public String shown() {
    return shown(text);
  }

  /** Any refused text for a message, cut short. */
  public static String shown(String text) {
    String t = String.valueOf(text);
    return t.length() <= SHOWN ? t : t.substring(0, SHOWN) + "…";
  }

  /** Binds a string or a number as text; never parses it. */
  public static final class Reader implements JsonbDeserializer<DecimalText> {
    @Override
    public DecimalText deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      JsonValue v = parser.getValue();
      return v instanceof JsonString s
          ? new DecimalText(s.getString(), true)
          : new DecimalText(v.toString(), false);
    }
  }
}
