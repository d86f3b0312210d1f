package nl.regioportal.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void dutchIsTheDefaultWhateverTheMachineSpeaks() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(Texts.text(null, "nav.signOut")).isEqualTo("Afmelden");
      assertThat(Texts.text(Locale.GERMAN, "nav.signOut")).isEqualTo("Afmelden");
      assertThat(Texts.text(Locale.UK, "nav.signOut")).isEqualTo("Sign out");
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void violationsAreFormattedWithTheirValues() {
    assertThat(Texts.text(Texts.DUTCH, Violation.of("brin", "organisation.brin.invalid", "1234")))
        .isEqualTo(
            "\"1234\" is geen geldige BRIN-code: twee cijfers en twee letters, bijvoorbeeld 25PZ.");
  }

  @Test
  void bothLanguagesHaveEveryKey() throws Exception {
    Properties en = load("messages.properties");
    Properties nl = load("messages_nl.properties");
    assertThat(nl.keySet()).isEqualTo(en.keySet());
  }

  /**
   * Every message key that the code hands to a {@link Violation} or an import problem is in the
   * bundle: a missing one would show the raw key to a person.
   */
  @Test
  void everyKeyTheCodeUsesHasAText() throws Exception {
    Properties en = load("messages.properties");
    java.util.regex.Pattern use =
        java.util.regex.Pattern.compile(
            // Violation.of(field, key, ...): the key is the second argument (a field may have dots
            // too: "student.birthDate"); the others: the first dotted text
            "(?:Violation\\.of\\(\\s*(?:\"[^\"]*\"|[^,\";]+)\\s*,\\s*|(?:ImportProblem\\.of|problem)\\(\\s*[^;]*?)"
                + "\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");
    java.util.Set<String> missing = new java.util.TreeSet<>();
    int seen = 0;
    for (String module : java.util.List.of("../tenants", "../portal-core", ".")) {
      java.nio.file.Path root = java.nio.file.Path.of(module, "src/main/java");
      try (var files = java.nio.file.Files.walk(root)) {
        for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          var m = use.matcher(java.nio.file.Files.readString(f));
          while (m.find()) {
            seen++;
            if (!en.containsKey(m.group(1))) {
              missing.add(m.group(1) + " (" + f.getFileName() + ")");
            }
          }
        }
      }
    }
    assertThat(seen).as("keys found in the code").isGreaterThan(50);
    assertThat(missing).isEmpty();
  }

  /** A text with placeholders is a MessageFormat pattern: one that does not parse fails at use. */
  @Test
  void everyTextWithPlaceholdersIsAValidPattern() throws Exception {
    java.util.List<String> broken = new java.util.ArrayList<>();
    for (String bundle : java.util.List.of("messages.properties", "messages_nl.properties")) {
      Properties p = load(bundle);
      for (String key : p.stringPropertyNames()) {
        String text = p.getProperty(key);
        if (text.matches("(?s).*\\{\\d.*")) {
          try {
            new java.text.MessageFormat(text, Locale.ENGLISH).format(new Object[] {1L, 2L, 3L, 4L});
          } catch (IllegalArgumentException e) {
            broken.add(bundle + " " + key + ": " + e.getMessage());
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (var in = TextsTest.class.getResourceAsStream("/nl/regioportal/web/i18n/" + name);
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }
}
