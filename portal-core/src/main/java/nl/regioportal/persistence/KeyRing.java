package nl.regioportal.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that encrypt student data at rest (ADR 0022): AES-256-GCM, a fresh random 96-bit IV per
 * value, stored as {@code v1:{keyId}:{base64(iv + ciphertext + tag)}} (standard Base64 with
 * padding, a 128-bit tag). The text {@code v1:{keyId}} is the additional authenticated data, so a
 * value's prefix cannot be changed without the tag noticing.
 *
 * <p>Several keys may be configured, one of them current: new values are always written with the
 * current key; a value written with any configured key is read. That is what key rotation needs:
 * add a key, make it current, re-write the rows ({@link #reencrypt}), then remove the old key.
 *
 * <p>A value that cannot be decrypted (not in this format, an unknown key id, a changed byte, the
 * wrong key under a known id) raises {@link UndecryptableValueException}; it never yields garbage
 * and never falls back to returning the stored text. Immutable and thread-safe.
 */
public final class KeyRing {

  /** The format version that starts every stored value. */
  public static final String VERSION = "v1";

  /** What a key id may look like: it is written into every stored value. */
  static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  static final int IV_BYTES = 12;
  static final int TAG_BITS = 128;
  static final int KEY_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SecretKey> keys;
  private final String current;

  private KeyRing(Map<String, SecretKey> keys, String current) {
    this.keys = Map.copyOf(keys);
    this.current = current;
  }

  /**
   * Reads {@code portal.crypto.keys} ({@code keyId:base64key,keyId2:base64key2}, each key 32 bytes)
   * and {@code portal.crypto.current-key} (one of those ids).
   *
   * @throws IllegalArgumentException naming what is wrong (never a key's bytes)
   */
  public static KeyRing parse(String spec, String currentKeyId) {
    Objects.requireNonNull(spec, "the key list is required");
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    for (String item : spec.split(",")) {
      String entry = item.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int colon = entry.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "portal.crypto.keys: an entry is not keyId:base64key (" + masked(entry) + ")");
      }
      String id = entry.substring(0, colon).strip();
      if (!KEY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "portal.crypto.keys: key id '" + id + "' is not 1 to 32 of A-Z a-z 0-9 _ -");
      }
      byte[] key;
      try {
        key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "portal.crypto.keys: the key of '" + id + "' is not Base64", e);
      }
      if (key.length != KEY_BYTES) {
        throw new IllegalArgumentException(
            "portal.crypto.keys: the key of '"
                + id
                + "' has "
                + key.length
                + " bytes; AES-256 needs "
                + KEY_BYTES
                + " (e.g. openssl rand -base64 32)");
      }
      if (keys.put(id, new SecretKeySpec(key, "AES")) != null) {
        throw new IllegalArgumentException("portal.crypto.keys: key id '" + id + "' twice");
      }
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("portal.crypto.keys names no key");
    }
    String cur = currentKeyId == null ? null : currentKeyId.strip();
    if (cur == null || cur.isEmpty()) {
      if (keys.size() != 1) {
        throw new IllegalArgumentException(
            "portal.crypto.current-key is required when several keys are configured: "
                + keys.keySet());
      }
      cur = keys.keySet().iterator().next();
    }
    if (!keys.containsKey(cur)) {
      throw new IllegalArgumentException(
          "portal.crypto.current-key '" + cur + "' is not in portal.crypto.keys " + keys.keySet());
    }
    return new KeyRing(keys, cur);
  }

  /** A ring of one key (the development key, tests). */
  static KeyRing of(String keyId, byte[] key) {
    return parse(keyId + ":" + Base64.getEncoder().encodeToString(key), keyId);
  }

  private static String masked(String entry) {
    return entry.length() <= 4 ? "…" : entry.substring(0, 4) + "…";
  }

  /** The id new values are written with. */
  public String currentKeyId() {
    return current;
  }

  /** The ids of every configured key. */
  public Set<String> keyIds() {
    return keys.keySet();
  }

  /** Encrypts {@code plain} with the current key; a new IV every time. */
  public String encrypt(String plain) {
    Objects.requireNonNull(plain, "plain text is required");
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    String prefix = VERSION + ":" + current;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(prefix.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
      return prefix + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
    }
  }

  /**
   * Decrypts a stored value written with any configured key.
   *
   * @throws UndecryptableValueException when it is not a {@code v1} value, its key id is not
   *     configured, or its tag does not match (changed, or another key under that id)
   */
  public String decrypt(String stored) {
    Parsed p = parse(stored);
    SecretKey key = keys.get(p.keyId);
    if (key == null) {
      throw new UndecryptableValueException(
          "A stored value was written with key '"
              + p.keyId
              + "', which is not configured (portal.crypto.keys has "
              + keys.keySet()
              + "); was a key removed before its rows were re-encrypted?");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, p.bytes, 0, IV_BYTES));
      cipher.updateAAD((VERSION + ":" + p.keyId).getBytes(StandardCharsets.US_ASCII));
      byte[] plain = cipher.doFinal(p.bytes, IV_BYTES, p.bytes.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new UndecryptableValueException(
          "A stored value does not match its authentication tag (key '"
              + p.keyId
              + "'): it was changed, or written with another key under the same id",
          e);
    } catch (GeneralSecurityException e) {
      throw new UndecryptableValueException("A stored value could not be decrypted: " + e, e);
    }
  }

  /**
   * Encrypts {@code plain} bytes (a file) with the current key: the ASCII prefix {@code
   * v1:{keyId}:}, then the IV, the ciphertext and the tag, without Base64 (a file column is
   * binary).
   */
  public byte[] encryptBytes(byte[] plain) {
    Objects.requireNonNull(plain, "plain bytes are required");
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] prefix = (VERSION + ":" + current + ":").getBytes(StandardCharsets.US_ASCII);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(prefix, 0, prefix.length - 1);
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(prefix.length + IV_BYTES + sealed.length)
          .put(prefix)
          .put(iv)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JVM", e);
    }
  }

  /**
   * Decrypts bytes written by {@link #encryptBytes} with any configured key.
   *
   * @throws UndecryptableValueException as {@link #decrypt}
   */
  public byte[] decryptBytes(byte[] stored) {
    if (stored == null) {
      throw new UndecryptableValueException("No stored value (null)");
    }
    int first = indexOf(stored, 0);
    int second = first < 0 ? -1 : indexOf(stored, first + 1);
    if (second < 0 || second > 80) {
      throw new UndecryptableValueException(
          "Stored bytes are not encrypted bytes of format " + VERSION + ":{keyId}:{data}");
    }
    String version = new String(stored, 0, first, StandardCharsets.US_ASCII);
    String keyId = new String(stored, first + 1, second - first - 1, StandardCharsets.US_ASCII);
    if (!VERSION.equals(version) || !KEY_ID.matcher(keyId).matches()) {
      throw new UndecryptableValueException(
          "Stored bytes are not encrypted bytes of format " + VERSION + ":{keyId}:{data}");
    }
    if (stored.length - second - 1 < IV_BYTES + TAG_BITS / 8) {
      throw new UndecryptableValueException("Stored bytes are too short to be encrypted data");
    }
    Parsed p = new Parsed(keyId, null);
    SecretKey key = keys.get(p.keyId);
    if (key == null) {
      throw new UndecryptableValueException(
          "Stored bytes were written with key '"
              + p.keyId
              + "', which is not configured (portal.crypto.keys has "
              + keys.keySet()
              + ")");
    }
    int data = second + 1;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, data, IV_BYTES));
      cipher.updateAAD(stored, 0, second);
      return cipher.doFinal(stored, data + IV_BYTES, stored.length - data - IV_BYTES);
    } catch (AEADBadTagException e) {
      throw new UndecryptableValueException(
          "Stored bytes do not match their authentication tag (key '"
              + p.keyId
              + "'): they were changed, or written with another key under the same id",
          e);
    } catch (GeneralSecurityException e) {
      throw new UndecryptableValueException("Stored bytes could not be decrypted: " + e, e);
    }
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length && i < 100; i++) {
      if (bytes[i] == ':') {
        return i;
      }
    }
    return -1;
  }

  /** The key id a stored value names (without decrypting it). */
  public static String keyIdOf(String stored) {
    return parse(stored).keyId;
  }

  /** Whether a stored value is written with the current key (rotation: nothing to do for it). */
  public boolean isCurrent(String stored) {
    return current.equals(keyIdOf(stored));
  }

  /**
   * The value re-written with the current key: decrypted (with whichever configured key wrote it)
   * and encrypted again; a value already written with the current key is returned unchanged.
   *
   * @throws UndecryptableValueException as {@link #decrypt}
   */
  public String reencrypt(String stored) {
    String plain = decrypt(stored);
    return isCurrent(stored) ? stored : encrypt(plain);
  }

  private record Parsed(String keyId, byte[] bytes) {}

  private static Parsed parse(String stored) {
    if (stored == null) {
      throw new UndecryptableValueException("No stored value (null)");
    }
    int first = stored.indexOf(':');
    int second = first < 0 ? -1 : stored.indexOf(':', first + 1);
    if (second < 0 || !VERSION.equals(stored.substring(0, first))) {
      throw new UndecryptableValueException(
          "A stored value is not an encrypted value of format " + VERSION + ":{keyId}:{data}");
    }
    String keyId = stored.substring(first + 1, second);
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new UndecryptableValueException("A stored value names no valid key id");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(stored.substring(second + 1));
    } catch (IllegalArgumentException e) {
      throw new UndecryptableValueException("A stored value's data is not Base64", e);
    }
    if (bytes.length < IV_BYTES + TAG_BITS / 8) {
      throw new UndecryptableValueException("A stored value is too short to be encrypted data");
    }
    return new Parsed(keyId, bytes);
  }

  /**
   * The longest stored form of a value of at most {@code plainBytes} UTF-8 bytes under a key id of
   * at most {@code keyIdLength} characters: the column size to declare.
   */
  public static int storedLength(int plainBytes, int keyIdLength) {
    int data = IV_BYTES + plainBytes + TAG_BITS / 8;
    return VERSION.length() + 1 + keyIdLength + 1 + 4 * ((data + 2) / 3);
  }

  @Override
  public String toString() {
    return "KeyRing" + keys.keySet() + " current " + current;
  }
}
