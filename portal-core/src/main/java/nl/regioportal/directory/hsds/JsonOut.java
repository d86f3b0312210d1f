package nl.regioportal.directory.hsds;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Collection;

/** A JSON object written the HSDS way: a field without a value is left out, never null. */
final class JsonOut {
  private final JsonObjectBuilder b = Json.createObjectBuilder();

  static JsonOut object() {
    return new JsonOut();
  }

  JsonOut put(String name, String value) {
    if (value != null && !value.isBlank()) {
      b.add(name, value);
    }
    return this;
  }

  /** A required text: written even when empty. */
  JsonOut always(String name, String value) {
    b.add(name, value == null ? "" : value);
    return this;
  }

  JsonOut put(String name, Integer value) {
    if (value != null) {
      b.add(name, value);
    }
    return this;
  }

  JsonOut put(String name, BigDecimal value) {
    if (value != null) {
      b.add(name, value);
    }
    return this;
  }

  JsonOut put(String name, boolean value) {
    b.add(name, value);
    return this;
  }

  JsonOut put(String name, JsonValue value) {
    if (value != null) {
      b.add(name, value);
    }
    return this;
  }

  JsonOut array(String name, Collection<? extends JsonValue> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    b.add(name, a);
    return this;
  }

  JsonObject build() {
    return b.build();
  }

  static JsonArray arrayOf(Collection<? extends JsonValue> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    return a.build();
  }
}
