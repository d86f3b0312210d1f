package nl.regioportal.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the student-data keys come from (ADR 0022): MicroProfile Config, read once on first use and
 * kept. Static because JPA converters are made by EclipseLink, not CDI, so nothing can be injected
 * into them.
 *
 * <ul>
 *   <li>{@value #KEYS} ({@code PORTAL_CRYPTO_KEYS}): {@code keyId:base64key,keyId2:base64key2},
 *       each an AES-256 key of 32 bytes ({@code openssl rand -base64 32});
 *   <li>{@value #CURRENT} ({@code PORTAL_CRYPTO_CURRENT_KEY}): the id new values are written with
 *       (may be left out when there is one key);
 *   <li>{@value #PSEUDONYM} ({@code PORTAL_CRYPTO_PSEUDONYM_KEY}): the HMAC key of {@link
 *       StudentPseudonym}, Base64, at least 32 bytes; never rotated (a new key gives every student
 *       a new pseudonym).
 * </ul>
 *
 * In development mode ({@code portal.mode=development}) a missing key is replaced by a fixed,
 * public development key (id {@value #DEVELOPMENT_KEY_ID}), with one warning in the log: the
 * embedded database's demo data is not secret. In production a missing or malformed key fails at
 * first use with a message naming the setting, and {@link #check()} lets the start-up checks fail
 * before anyone works; the development key id is refused there.
 */
public final class Keys {

  public static final String KEYS = "portal.crypto.keys";
  public static final String CURRENT = "portal.crypto.current-key";
  public static final String PSEUDONYM = "portal.crypto.pseudonym-key";
  static final String MODE = "portal.mode";

  /** The id of the fixed development key: public, never for real student data. */
  public static final String DEVELOPMENT_KEY_ID = "development-only";

  private static final Logger LOG = Logger.getLogger(Keys.class.getName());

  private static final int PSEUDONYM_KEY_MIN_BYTES = 32;

  /** The loaded keys. */
  record Loaded(KeyRing ring, byte[] pseudonymKey) {}

  private static volatile Function<String, Optional<String>> source = Keys::fromMicroProfile;
  private static volatile Loaded loaded;

  private Keys() {}

  /** The ring of encryption keys; loaded on first use. */
  public static KeyRing ring() {
    return load().ring();
  }

  static byte[] pseudonymKey() {
    return load().pseudonymKey();
  }

  /**
   * Loads the keys now, so that a production instance with missing or malformed keys refuses to
   * start instead of failing at the first student record. Call it from the start-up checks.
   *
   * @throws IllegalStateException naming the setting that is missing or wrong
   */
  public static void check() {
    load();
  }

  /**
   * Checks the given settings as {@link #check()} checks the configured ones, without loading or
   * keeping anything: for start-up checks that read the settings themselves (injected
   * {@code @ConfigProperty} values, unit tests without MicroProfile Config). {@code settings}
   * answers {@value #KEYS}, {@value #CURRENT}, {@value #PSEUDONYM} and {@code portal.mode}.
   *
   * @throws IllegalStateException naming the setting that is missing or wrong
   */
  public static void check(Function<String, Optional<String>> settings) {
    read(settings);
  }

  /**
   * Replaces where the settings come from and forgets loaded keys: for tests, which have no
   * MicroProfile Config implementation. {@code null} goes back to MicroProfile Config.
   */
  static synchronized void use(Function<String, Optional<String>> settings) {
    source = settings == null ? Keys::fromMicroProfile : settings;
    loaded = null;
  }

  private static Loaded load() {
    Loaded l = loaded;
    if (l == null) {
      synchronized (Keys.class) {
        l = loaded;
        if (l == null) {
          l = read(source);
          loaded = l;
        }
      }
    }
    return l;
  }

  static Loaded read(Function<String, Optional<String>> settings) {
    boolean development =
        "development".equals(settings.apply(MODE).map(String::strip).orElse("production"));
    Optional<String> spec = settings.apply(KEYS).filter(s -> !s.isBlank());
    Optional<String> pseudonym = settings.apply(PSEUDONYM).filter(s -> !s.isBlank());
    KeyRing ring;
    if (spec.isPresent()) {
      try {
        ring = KeyRing.parse(spec.get(), settings.apply(CURRENT).orElse(null));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("Student data cannot be encrypted: " + e.getMessage(), e);
      }
      if (!development && ring.keyIds().contains(DEVELOPMENT_KEY_ID)) {
        throw new IllegalStateException(
            "Student data cannot be encrypted: the key id '"
                + DEVELOPMENT_KEY_ID
                + "' is reserved for development mode");
      }
    } else if (development) {
      LOG.warning(
          "portal.crypto.keys is not set: student data is encrypted with the public development"
              + " key '"
              + DEVELOPMENT_KEY_ID
              + "' (development mode only; never for real student data)");
      ring = KeyRing.of(DEVELOPMENT_KEY_ID, developmentBytes("regioportal development key"));
    } else {
      throw new IllegalStateException(
          "Student data cannot be encrypted: "
              + KEYS
              + " (PORTAL_CRYPTO_KEYS) is not set. Set it to keyId:base64key with a key of 32"
              + " random bytes (openssl rand -base64 32) and "
              + CURRENT
              + " to that id; see docs/decisions/0022-student-data-encrypted-at-rest.md");
    }
    byte[] pseudonymKey;
    if (pseudonym.isPresent()) {
      try {
        pseudonymKey = Base64.getDecoder().decode(pseudonym.get().strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(PSEUDONYM + " (PORTAL_CRYPTO_PSEUDONYM_KEY) is not Base64");
      }
      if (pseudonymKey.length < PSEUDONYM_KEY_MIN_BYTES) {
        throw new IllegalStateException(
            PSEUDONYM
                + " has "
                + pseudonymKey.length
                + " bytes; it needs at least "
                + PSEUDONYM_KEY_MIN_BYTES
                + " (openssl rand -base64 32)");
      }
    } else if (development) {
      LOG.warning(
          "portal.crypto.pseudonym-key is not set: student keys of the audit trail use the public"
              + " development key (development mode only)");
      pseudonymKey = developmentBytes("regioportal development pseudonym key");
    } else {
      throw new IllegalStateException(
          "Student keys cannot be computed: "
              + PSEUDONYM
              + " (PORTAL_CRYPTO_PSEUDONYM_KEY) is not set. Set it to 32 random bytes in Base64"
              + " (openssl rand -base64 32); never change it afterwards");
    }
    return new Loaded(ring, pseudonymKey);
  }

  /** A fixed key for development: the SHA-256 of a public text. */
  private static byte[] developmentBytes(String label) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> fromMicroProfile(String name) {
    return ConfigProvider.getConfig().getOptionalValue(name, String.class);
  }
}
