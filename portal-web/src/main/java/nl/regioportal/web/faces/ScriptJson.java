package nl.regioportal.web.faces;

import jakarta.json.JsonStructure;

/**
 * JSON that a page writes into an inline {@code <script>} (a PrimeFaces widget's configuration,
 * such as {@code p:chart}'s value, is written there unescaped). JSON-P escapes quotes and
 * backslashes but not {@code <}: a label {@code </script><script>...} would end the script and
 * start the attacker's. Here {@code <}, {@code >}, {@code &} and the line and paragraph separators
 * are written as {@code \}{@code u} escapes; they occur only inside JSON strings, so the JSON means
 * the same and no text in it can close the element.
 */
public final class ScriptJson {

  private ScriptJson() {}

  public static String of(JsonStructure json) {
    String s = json.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
