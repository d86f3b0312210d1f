package nl.regioportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieSecurityTest {

  private static boolean secure(String publicUrl, boolean trustedProxy) {
    SessionCookieSecurity s = new SessionCookieSecurity();
    s.address = PublicAddressTest.address("production", publicUrl, trustedProxy);
    return s.secureCookie();
  }

  @Test
  void behindTheTrustedProxyOfAnHttpsAddressTheCookieIsSecure() {
    assertThat(secure("https://portal.example", true)).isTrue();
  }

  @Test
  void otherwiseTheContainerDecidesFromTheConnectionItself() {
    assertThat(secure("https://portal.example", false)).isFalse();
    assertThat(secure("http://localhost:8080", true)).isFalse();
    assertThat(secure(null, true)).isFalse();
  }
}
