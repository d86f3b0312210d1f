package nl.regioportal.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * Reading the plain values of a JSON body or a query (an enum's name, a date) for the resources,
 * each refusal a {@link Violation} at its field: {@code api.enum.invalid} with the values to choose
 * from, {@code api.date.invalid}.
 */
public final class ApiInput {

  private ApiInput() {}

  /**
   * The constant {@code raw} names (any case; a space for an underscore), {@code null} when {@code
   * raw} is blank; otherwise the violation is added to {@code v} and {@code null} returned.
   */
  public static <E extends Enum<E>> E enumValue(
      List<Violation> v, Class<E> type, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      v.add(
          Violation.of(
              field,
              "api.enum.invalid",
              raw,
              String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
      return null;
    }
  }

  /** As {@link #enumValue(List, Class, String, String)}, refusing a bad value at once. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String raw) {
    List<Violation> v = new ArrayList<>();
    E value = enumValue(v, type, field, raw);
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    return value;
  }

  /** A date {@code YYYY-MM-DD}, {@code null} when blank; a bad one is added to {@code v}. */
  public static LocalDate date(List<Violation> v, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      v.add(Violation.of(field, "api.date.invalid", raw));
      return null;
    }
  }

  /**
   * A local date and time {@code YYYY-MM-DDTHH:MM} (seconds optional, no offset: Dutch local time),
   * {@code null} when blank; a bad one is added to {@code v}.
   */
  public static java.time.LocalDateTime dateTime(List<Violation> v, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDateTime.parse(raw.strip());
    } catch (DateTimeParseException e) {
      v.add(Violation.of(field, "api.dateTime.invalid", raw));
      return null;
    }
  }
}
