package nl.regioportal.integration.referral.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final String SECRET = "geheim-van-de-ontvanger";
  private static final byte[] BODY =
      "{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}".getBytes(UTF_8);

  /**
   * Computed apart from this code: {@code printf '%s' '<body>' | openssl dgst -sha256 -hmac
   * 'geheim-van-de-ontvanger'}.
   */
  private static final String EXPECTED =
      "sha256=e5ccb804ba61727d2ac6379977468b81a652988fbb6a4f789ba489b629a59e35";

  @Test
  void signsTheRawBodyAsOpensslDoes() {
    assertThat(WebhookSignature.sign(SECRET, BODY)).isEqualTo(EXPECTED);
    // a second, well-known vector (the HMAC article's example), also checked with openssl
    assertThat(
            WebhookSignature.sign(
                "key", "The quick brown fox jumps over the lazy dog".getBytes(UTF_8)))
        .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void verifiesItsOwnSignatureOnly() {
    assertThat(WebhookSignature.verify(SECRET, BODY, EXPECTED)).isTrue();
    assertThat(WebhookSignature.verify(SECRET, BODY, " " + EXPECTED.toUpperCase() + " ")).isTrue();

    byte[] changed = BODY.clone();
    changed[changed.length - 2]++;
    assertThat(WebhookSignature.verify(SECRET, changed, EXPECTED)).isFalse();
    assertThat(WebhookSignature.verify("ander-geheim", BODY, EXPECTED)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, BODY, EXPECTED.substring(7))).isFalse();
    assertThat(WebhookSignature.verify(SECRET, BODY, EXPECTED.substring(0, 40))).isFalse();
    assertThat(WebhookSignature.verify(SECRET, BODY, "")).isFalse();
    assertThat(WebhookSignature.verify(SECRET, BODY, null)).isFalse();
  }

  @Test
  void refusesToSignWithoutASecret() {
    assertThatThrownBy(() -> WebhookSignature.sign("", BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookSignature.sign(null, BODY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
