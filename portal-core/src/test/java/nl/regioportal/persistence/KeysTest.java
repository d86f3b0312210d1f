package nl.regioportal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.regioportal.tenant.RegionCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where the keys come from and what happens without them; the converters as EclipseLink calls them.
 * Settings come through {@link Keys#use} (there is no MicroProfile Config implementation in these
 * tests).
 */
class KeysTest {

  private final Map<String, String> settings = new HashMap<>();
  private final List<LogRecord> warnings = new ArrayList<>();
  private final Logger log = Logger.getLogger(Keys.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(r);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  KeysTest() {
    Keys.use(name -> Optional.ofNullable(settings.get(name)));
    log.addHandler(capture);
  }

  @AfterEach
  void restore() {
    log.removeHandler(capture);
    Keys.use(null);
  }

  @Test
  void productionWithoutKeysFailsAtTheCheckAndAtFirstUse() {
    assertThatThrownBy(Keys::check)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("portal.crypto.keys")
        .hasMessageContaining("PORTAL_CRYPTO_KEYS");
    assertThatThrownBy(() -> new EncryptedText().convertToDatabaseColumn("Jansen"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("portal.crypto.keys");
  }

  @Test
  void givenSettingsAreCheckedWithoutBeingKept() {
    Map<String, String> given =
        Map.of(Keys.KEYS, "k9:" + KeyRingTest.b64(3), Keys.PSEUDONYM, KeyRingTest.b64(9));
    Keys.check(name -> Optional.ofNullable(given.get(name)));
    assertThatThrownBy(() -> Keys.check(name -> Optional.empty()))
        .hasMessageContaining("PORTAL_CRYPTO_KEYS");
    // the configured (here: empty) settings are still the ones in use
    assertThatThrownBy(Keys::ring).hasMessageContaining("portal.crypto.keys");
  }

  @Test
  void productionWithoutThePseudonymKeyFails() {
    settings.put(Keys.KEYS, "k1:" + KeyRingTest.b64(1));
    assertThatThrownBy(Keys::check).hasMessageContaining("portal.crypto.pseudonym-key");
    settings.put(Keys.PSEUDONYM, KeyRingTest.b64(9).substring(0, 20));
    Keys.use(name -> Optional.ofNullable(settings.get(name)));
    assertThatThrownBy(Keys::check).hasMessageContaining("at least 32");
  }

  @Test
  void productionRefusesTheDevelopmentKeyIdAndMalformedKeys() {
    settings.put(Keys.PSEUDONYM, KeyRingTest.b64(9));
    settings.put(Keys.KEYS, Keys.DEVELOPMENT_KEY_ID + ":" + KeyRingTest.b64(1));
    assertThatThrownBy(Keys::check).hasMessageContaining("reserved for development");
    settings.put(Keys.KEYS, "k1:short");
    Keys.use(name -> Optional.ofNullable(settings.get(name)));
    assertThatThrownBy(Keys::check).hasMessageContaining("portal.crypto.keys");
  }

  @Test
  void configuredKeysAreUsedAndTheCurrentOneWrites() {
    settings.put(Keys.KEYS, "k1:" + KeyRingTest.b64(1) + ",k2:" + KeyRingTest.b64(2));
    settings.put(Keys.CURRENT, "k2");
    settings.put(Keys.PSEUDONYM, KeyRingTest.b64(9));
    Keys.check();
    EncryptedText text = new EncryptedText();
    String stored = text.convertToDatabaseColumn("Jansen");
    assertThat(stored).startsWith("v1:k2:");
    assertThat(text.convertToEntityAttribute(stored)).isEqualTo("Jansen");
    assertThat(text.convertToDatabaseColumn(null)).isNull();
    assertThat(text.convertToEntityAttribute(null)).isNull();
    assertThat(warnings).isEmpty();
  }

  @Test
  void developmentWithoutKeysUsesTheDevelopmentKeyAndWarnsOnce() {
    settings.put("portal.mode", "development");
    EncryptedText text = new EncryptedText();
    String stored = text.convertToDatabaseColumn("Jansen");
    assertThat(stored).startsWith("v1:" + Keys.DEVELOPMENT_KEY_ID + ":");
    assertThat(text.convertToEntityAttribute(text.convertToDatabaseColumn("x"))).isEqualTo("x");
    StudentPseudonym.of(new RegionCode("29"), "Jan", "Jansen", LocalDate.of(2009, 4, 17));
    StudentPseudonym.of(new RegionCode("29"), "Piet", "Jansen", LocalDate.of(2009, 4, 17));
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0).getMessage()).contains("development");

    // the development key is fixed: what one start wrote, the next one reads
    Keys.use(name -> Optional.ofNullable(settings.get(name)));
    assertThat(text.convertToEntityAttribute(stored)).isEqualTo("Jansen");
  }

  @Test
  void aDateIsStoredEncryptedAsItsIsoForm() {
    settings.put(Keys.KEYS, "k".repeat(32) + ":" + KeyRingTest.b64(1));
    settings.put(Keys.PSEUDONYM, KeyRingTest.b64(9));
    EncryptedDate date = new EncryptedDate();
    LocalDate birth = LocalDate.of(2009, 4, 17);
    String stored = date.convertToDatabaseColumn(birth);
    assertThat(stored).doesNotContain("2009").hasSizeLessThanOrEqualTo(EncryptedDate.STORED_LENGTH);
    assertThat(Keys.ring().decrypt(stored)).isEqualTo("2009-04-17");
    assertThat(date.convertToEntityAttribute(stored)).isEqualTo(birth);
    assertThat(date.convertToDatabaseColumn(null)).isNull();
    String notADate = Keys.ring().encrypt("17 april");
    assertThatThrownBy(() -> date.convertToEntityAttribute(notADate))
        .isInstanceOf(UndecryptableValueException.class);
  }
}
