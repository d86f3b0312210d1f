package nl.regioportal.integration.referral.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code sha256=} and the lower-case hex HMAC-SHA256 of the
 * raw body bytes, keyed with the secret the receiver and the portal share (the form GitHub's {@code
 * X-Hub-Signature-256} uses, so receivers can use code they know). It proves the body came from the
 * portal and was not changed; the {@code Idempotency-Key} makes a repeat harmless.
 */
public final class WebhookSignature {

  /** The header the signature travels in. */
  public static final String HEADER = "X-Regioportaal-Signature";

  private static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** {@code sha256=<64 hex digits>} of the body. */
  public static String sign(String secret, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
  }

  /**
   * Whether the header is the body's signature under the secret. Compares in constant time (no
   * early exit on the first differing byte), so timing tells an attacker nothing of the expected
   * value; a missing or malformed header is simply false.
   */
  public static boolean verify(String secret, byte[] body, String signatureHeader) {
    if (signatureHeader == null) {
      return false;
    }
    byte[] expected = sign(secret, body).getBytes(UTF_8);
    byte[] given = signatureHeader.trim().toLowerCase(java.util.Locale.ROOT).getBytes(UTF_8);
    return MessageDigest.isEqual(expected, given);
  }

  private static byte[] hmac(String secret, byte[] body) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("A webhook secret is needed to sign");
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), ALGORITHM));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
