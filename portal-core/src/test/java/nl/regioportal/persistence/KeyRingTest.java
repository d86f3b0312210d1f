package nl.regioportal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** AES-256-GCM at rest with real keys and the JDK's cipher: nothing of the crypto is replaced. */
class KeyRingTest {

  static final String KEY_A = b64(1);
  static final String KEY_B = b64(2);

  private final KeyRing ringA = KeyRing.parse("a:" + KEY_A, "a");

  @Test
  void aValueComesBackAsItWasWritten() {
    for (String plain : new String[] {"Ëlla-Sophie van der Berg", "", "2009-04-17", "😀 ĳ ß"}) {
      String stored = ringA.encrypt(plain);
      assertThat(stored)
          .matches("v1:a:[A-Za-z0-9+/]+=*")
          .doesNotContain(plain.isEmpty() ? ":::" : plain);
      assertThat(ringA.decrypt(stored)).isEqualTo(plain);
      byte[] data = Base64.getDecoder().decode(stored.substring("v1:a:".length()));
      assertThat(data)
          .hasSize(12 + plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16);
    }
  }

  @Test
  void aFileComesBackAsItWasWrittenAndAChangedOrMovedByteIsRefused() {
    KeyRing both = KeyRing.parse("a:" + KEY_A + ",b:" + KEY_B, "b");
    byte[] file = new byte[70_000];
    new java.util.Random(7).nextBytes(file);
    byte[] stored = both.encryptBytes(file);
    assertThat(new String(stored, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("v1:b:");
    assertThat(stored).hasSize(5 + 12 + file.length + 16);
    assertThat(both.decryptBytes(stored)).isEqualTo(file);
    assertThat(both.encryptBytes(file)).as("a new IV per write").isNotEqualTo(stored);
    assertThat(both.decryptBytes(both.encryptBytes(new byte[0]))).isEmpty();
    for (int i : new int[] {5, 16, 17, stored.length - 1}) {
      byte[] changed = stored.clone();
      changed[i] ^= 0x01;
      assertThatThrownBy(() -> both.decryptBytes(changed))
          .isInstanceOf(UndecryptableValueException.class)
          .hasMessageContaining("authentication tag");
    }
    byte[] moved = stored.clone();
    moved[3] = 'a';
    assertThatThrownBy(() -> both.decryptBytes(moved))
        .isInstanceOf(UndecryptableValueException.class)
        .hasMessageContaining("authentication tag");
    assertThatThrownBy(() -> ringA.decryptBytes(stored))
        .isInstanceOf(UndecryptableValueException.class)
        .hasMessageContaining("'b'");
    for (byte[] junk :
        new byte[][] {
          "%PDF-1.7 not encrypted".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          "v1:a:short".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          new byte[0]
        }) {
      assertThatThrownBy(() -> both.decryptBytes(junk))
          .isInstanceOf(UndecryptableValueException.class);
    }
  }

  @Test
  void twoWritesOfOneValueDiffer() {
    String first = ringA.encrypt("Jansen");
    String second = ringA.encrypt("Jansen");
    assertThat(first).isNotEqualTo(second);
    assertThat(first.substring(5, 21)).as("the IVs").isNotEqualTo(second.substring(5, 21));
    assertThat(ringA.decrypt(first)).isEqualTo(ringA.decrypt(second));
  }

  @Test
  void aChangedByteIsFoundNeverDecryptedToSomethingElse() {
    String stored = ringA.encrypt("Jansen");
    byte[] data = Base64.getDecoder().decode(stored.substring(5));
    for (int i : new int[] {0, 11, 12, data.length - 1}) {
      byte[] changed = data.clone();
      changed[i] ^= 0x01;
      String tampered = "v1:a:" + Base64.getEncoder().encodeToString(changed);
      assertThatThrownBy(() -> ringA.decrypt(tampered))
          .isInstanceOf(UndecryptableValueException.class)
          .hasMessageContaining("authentication tag");
    }
    byte[] cut = java.util.Arrays.copyOf(data, data.length - 1);
    assertThatThrownBy(() -> ringA.decrypt("v1:a:" + Base64.getEncoder().encodeToString(cut)))
        .isInstanceOf(UndecryptableValueException.class);
  }

  @Test
  void aValueMovedUnderAnotherKeyIdOrWrittenWithAnotherKeyIsRefused() {
    KeyRing both = KeyRing.parse("a:" + KEY_A + ",b:" + KEY_B, "a");
    String stored = both.encrypt("Jansen");
    assertThatThrownBy(() -> both.decrypt("v1:b:" + stored.substring(5)))
        .isInstanceOf(UndecryptableValueException.class)
        .hasMessageContaining("authentication tag");
    KeyRing otherKeySameId = KeyRing.parse("a:" + KEY_B, "a");
    assertThatThrownBy(() -> otherKeySameId.decrypt(stored))
        .isInstanceOf(UndecryptableValueException.class);
  }

  @Test
  void whatIsNotAnEncryptedValueIsRefused() {
    for (String stored :
        new String[] {"Jansen", "v2:a:AAAA", "v1:a", "v1:a:not base64!", "v1::AAAA"}) {
      assertThatThrownBy(() -> ringA.decrypt(stored))
          .as(stored)
          .isInstanceOf(UndecryptableValueException.class)
          .hasMessageNotContaining("Jansen");
    }
  }

  @Test
  void anUnknownKeyIdIsNamedInTheError() {
    String stored = KeyRing.parse("old:" + KEY_B, "old").encrypt("Jansen");
    assertThatThrownBy(() -> ringA.decrypt(stored))
        .isInstanceOf(UndecryptableValueException.class)
        .hasMessageContaining("'old'")
        .hasMessageContaining("[a]");
  }

  @Test
  void rotationReadsTheOldKeyAndReencryptsWithTheCurrentOne() {
    String writtenWithA = ringA.encrypt("Jansen");
    KeyRing rotated = KeyRing.parse("a:" + KEY_A + ", b:" + KEY_B, "b");

    assertThat(rotated.decrypt(writtenWithA)).isEqualTo("Jansen");
    assertThat(rotated.isCurrent(writtenWithA)).isFalse();
    assertThat(KeyRing.keyIdOf(rotated.encrypt("x"))).isEqualTo("b");

    String reencrypted = rotated.reencrypt(writtenWithA);
    assertThat(KeyRing.keyIdOf(reencrypted)).isEqualTo("b");
    assertThat(rotated.isCurrent(reencrypted)).isTrue();
    assertThat(rotated.reencrypt(reencrypted)).isSameAs(reencrypted);

    KeyRing onlyB = KeyRing.parse("b:" + KEY_B, "b");
    assertThat(onlyB.decrypt(reencrypted)).isEqualTo("Jansen");
    assertThatThrownBy(() -> onlyB.decrypt(writtenWithA))
        .isInstanceOf(UndecryptableValueException.class)
        .hasMessageContaining("'a'");
  }

  @Test
  void aKeyListThatIsWrongIsRefusedWithoutShowingAKey() {
    assertThatThrownBy(() -> KeyRing.parse("a:" + b64len(16), "a"))
        .hasMessageContaining("16 bytes");
    assertThatThrownBy(() -> KeyRing.parse("a b:" + KEY_A, null)).hasMessageContaining("key id");
    assertThatThrownBy(() -> KeyRing.parse("a:" + KEY_A, "b")).hasMessageContaining("'b'");
    assertThatThrownBy(() -> KeyRing.parse("a:" + KEY_A + ",a:" + KEY_B, "a"))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> KeyRing.parse("a:" + KEY_A + ",b:" + KEY_B, " "))
        .hasMessageContaining("current-key");
    assertThatThrownBy(() -> KeyRing.parse(KEY_A, null))
        .hasMessageContaining("keyId:base64key")
        .hasMessageNotContaining(KEY_A);
    assertThat(KeyRing.parse("a:" + KEY_A, null).currentKeyId()).isEqualTo("a");
  }

  @Test
  void theStoredLengthIsWhatTheColumnMustHold() {
    KeyRing longId = KeyRing.parse("k".repeat(32) + ":" + KEY_A, null);
    for (int n = 0; n < 70; n++) {
      String stored = longId.encrypt("x".repeat(n));
      assertThat(stored.length()).isLessThanOrEqualTo(KeyRing.storedLength(n, 32));
    }
    assertThat(KeyRing.storedLength(100, 32)).isEqualTo(208);
  }

  static String b64(int seed) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i);
    }
    return Base64.getEncoder().encodeToString(key);
  }

  private static String b64len(int n) {
    return Base64.getEncoder().encodeToString(new byte[n]);
  }
}
