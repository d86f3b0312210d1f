package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keycloak's pages as a browser goes through them, for the integration tests: the login form, the
 * authenticator app's set-up (the secret read from its "unable to scan" mode, as a person types it
 * into the app) and the one-time code form, with codes computed here (RFC 6238, HMAC-SHA1, 6
 * digits, 30 seconds: the realm's OTP policy).
 */
final class KeycloakLogin {

  private static final Pattern FORM_TAG = Pattern.compile("<form[^>]*>");
  private static final Pattern ACTION_ATTRIBUTE = Pattern.compile("action=\"([^\"]+)\"");
  private static final Pattern SECRET = Pattern.compile("id=\"kc-totp-secret-key\"[^>]*>([^<]+)<");
  private static final Pattern MANUAL = Pattern.compile("href=\"([^\"]*mode=manual[^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

  private KeycloakLogin() {}

  /** The action of the page's form with this id, or an assertion failure naming the page. */
  static String action(HttpResponse<String> page, String formId) {
    String form = form(page, formId);
    assertTrue(
        form != null, "Keycloak's form " + formId + " on " + page.uri() + ": " + page.body());
    Matcher m = ACTION_ATTRIBUTE.matcher(form);
    assertTrue(m.find(), "the form " + formId + " has an action: " + form);
    return m.group(1).replace("&amp;", "&");
  }

  static boolean has(HttpResponse<String> page, String formId) {
    return form(page, formId) != null;
  }

  /** The opening tag of the form with this id (its attributes in any order), or null. */
  private static String form(HttpResponse<String> page, String formId) {
    Matcher tags = FORM_TAG.matcher(page.body());
    while (tags.find()) {
      if (tags.group().contains("id=\"" + formId + "\"")) {
        return tags.group();
      }
    }
    return null;
  }

  /**
   * Follows redirects (the portal's and Keycloak's) until a page answers; relative addresses are
   * the portal's.
   */
  static HttpResponse<String> follow(Http browser, URI portal, HttpResponse<String> r) {
    for (int i = 0; i < 10 && r.statusCode() / 100 == 3; i++) {
      String location = r.headers().firstValue("Location").orElseThrow();
      r = browser.getUrl(r.uri().resolve(location).toString());
    }
    return r;
  }

  /** Submits the login form with a user name and password; returns where that leads. */
  static HttpResponse<String> password(
      Http browser, URI portal, HttpResponse<String> loginPage, String user, String password) {
    return follow(
        browser,
        portal,
        browser.postFormUrl(
            action(loginPage, "kc-form-login"),
            Map.of("username", user, "password", password, "credentialId", "")));
  }

  /**
   * On Keycloak's set-up page of an authenticator app: reads the secret as the "unable to scan"
   * mode shows it, confirms it with a code of the current period; returns the secret and where the
   * confirmation leads.
   */
  static Enrolled enrol(Http browser, URI portal, HttpResponse<String> setupPage) {
    Matcher manual = MANUAL.matcher(setupPage.body());
    assertTrue(manual.find(), "the set-up page offers the secret as text: " + setupPage.body());
    HttpResponse<String> page =
        browser.getUrl(setupPage.uri().resolve(manual.group(1).replace("&amp;", "&")).toString());
    Matcher secret = SECRET.matcher(page.body());
    assertTrue(secret.find(), "the secret on " + page.uri() + ": " + page.body());
    String key = secret.group(1).replace(" ", "").trim();
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(page.body());
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2));
    }
    fields.put("totp", code(key, Instant.now(), 0));
    fields.put("userLabel", "Testtelefoon");
    HttpResponse<String> after =
        follow(browser, portal, browser.postFormUrl(action(page, "kc-totp-settings-form"), fields));
    return new Enrolled(key, after);
  }

  record Enrolled(String secret, HttpResponse<String> page) {}

  /** Submits a one-time code on Keycloak's code form; returns where that leads. */
  static HttpResponse<String> oneTimeCode(
      Http browser, URI portal, HttpResponse<String> codePage, String code) {
    return follow(
        browser,
        portal,
        browser.postFormUrl(action(codePage, "kc-otp-login-form"), Map.of("otp", code)));
  }

  /**
   * The code of the period {@code steps} after the one of {@code at}: the realm accepts one period
   * ahead, and a code once used is not taken again, so a second sign-in right after the set-up uses
   * the next period's.
   */
  static String code(String base32Secret, Instant at, int steps) {
    byte[] key = base32(base32Secret);
    long counter = at.getEpochSecond() / 30 + steps;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
      int o = h[h.length - 1] & 0x0f;
      int binary = (ByteBuffer.wrap(h, o, 4).getInt() & 0x7fffffff) % 1_000_000;
      return String.format(Locale.ROOT, "%06d", binary);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 4648 base32 (what Keycloak shows), without padding. */
  static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String s = text.toUpperCase(Locale.ROOT).replace("=", "");
    ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : s.toCharArray()) {
      int v = alphabet.indexOf(c);
      if (v < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return java.util.Arrays.copyOf(out.array(), out.position());
  }

  /** The RFC 6238 test vector (SHA-1, "12345678901234567890"), so the code above is checked. */
  static void selfCheck() {
    String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // base32 of "12345678901234567890"
    assertEquals("287082", code(secret, Instant.ofEpochSecond(59), 0), "RFC 6238 at T=59");
    assertEquals("081804", code(secret, Instant.ofEpochSecond(1111111109), 0), "at 1111111109");
  }
}
