package nl.regioportal.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.regioportal.tenant.RegionCode;

/**
 * The pseudonymous key of a student ({@code student_key} of the audit trail, ADR 0021/0022): the
 * same student gets the same key on every referral of a region, without the audit table holding a
 * name or birth date, and nobody without the pseudonym key ({@value Keys#PSEUDONYM}) can compute or
 * test a key from a name.
 *
 * <p>Definition (version {@code s1}): {@code "s1-" + hex(HMAC-SHA256(pseudonymKey, input))}, 67
 * characters, lower-case hex, where {@code input} is the UTF-8 bytes of
 *
 * <pre>region + "\n" + norm(givenNames) + "\n" + norm(familyName) + "\n" + birthDate</pre>
 *
 * with the region's two-digit code, the birth date as ISO {@code yyyy-MM-dd}, and {@code norm}:
 * Unicode NFKD, combining marks removed (é -&gt; e, ĳ -&gt; ij), lower case (root locale), and then
 * only letters and digits kept (spaces, hyphens, apostrophes and dots dropped), so that {@code "Van
 * der Berg-d'Ancona"} and {@code "van der berg dancona"} are the same name. The region is part of
 * the input: one student has unrelated keys in two regions, so audit trails of two regions cannot
 * be joined on it.
 *
 * <p>It is as good as its input: spelling variants that survive {@code norm} (a missing second
 * given name, a typo) give another key. Use the given names and family name as the referral records
 * them. Changing the pseudonym key changes every key: it is not rotated.
 */
public final class StudentPseudonym {

  /** The prefix of keys of this definition. */
  public static final String VERSION = "s1";

  /** The length of a key: {@code s1-} and 64 hex digits. */
  public static final int LENGTH = 67;

  private StudentPseudonym() {}

  /** The student's key in {@code region}, with the configured pseudonym key. */
  public static String of(
      RegionCode region, String givenNames, String familyName, LocalDate birthDate) {
    return of(Keys.pseudonymKey(), region, givenNames, familyName, birthDate);
  }

  static String of(
      byte[] key, RegionCode region, String givenNames, String familyName, LocalDate birthDate) {
    Objects.requireNonNull(region, "region is required");
    Objects.requireNonNull(birthDate, "birth date is required");
    String given = norm(givenNames, "given names");
    String family = norm(familyName, "family name");
    String input = region.value() + "\n" + given + "\n" + family + "\n" + birthDate;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return VERSION
          + "-"
          + HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }

  /** A name as the key reads it; see the class description. */
  static String norm(String name, String what) {
    Objects.requireNonNull(name, what + " is required");
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    if (out.isEmpty()) {
      throw new IllegalArgumentException("A student's " + what + " has no letters");
    }
    return out.toString();
  }
}
