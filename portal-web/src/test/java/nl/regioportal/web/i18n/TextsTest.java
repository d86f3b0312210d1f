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

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (var in = TextsTest.class.getResourceAsStream("/nl/regioportal/web/i18n/" + name);
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }
}
