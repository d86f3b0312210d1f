package nl.regioportal.shared;

import java.util.List;

/**
 * One thing wrong with a caller's input.
 *
 * @param field the input field (a form field id or JSON property), or {@code null} for the whole
 * @param key the message key in the portal's resource bundle
 * @param args values for the message's placeholders
 */
public record Violation(String field, String key, List<Object> args) {
  public static Violation of(String field, String key, Object... args) {
    return new Violation(field, key, List.of(args));
  }
}
