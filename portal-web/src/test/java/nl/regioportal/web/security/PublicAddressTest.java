package nl.regioportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import nl.regioportal.web.config.TestRunModes;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

  static PublicAddress address(String mode, String publicUrl, boolean trustedProxy) {
    PublicAddress a = new PublicAddress();
    a.runMode = TestRunModes.of(mode);
    a.publicUrl = Optional.ofNullable(publicUrl);
    a.trustedProxy = trustedProxy;
    return a;
  }

  static HttpServletRequest request(String host, boolean secure, Map<String, String> headers) {
    return Stubs.of(
        HttpServletRequest.class,
        Stubs.request(
            Map.of(
                "getScheme",
                "http",
                "getServerName",
                host,
                "getServerPort",
                8080,
                "getContextPath",
                "",
                "isSecure",
                secure),
            headers));
  }

  @Test
  void theConfiguredAddressWinsOverTheHostHeader() {
    assertThat(
            address("production", "https://portal.example/", false)
                .base(request("evil.example", false, Map.of())))
        .isEqualTo("https://portal.example");
  }

  @Test
  void onlyDevelopmentFallsBackToTheRequestsOwnAddress() {
    assertThat(address("development", null, false).base(request("localhost", false, Map.of())))
        .isEqualTo("http://localhost:8080");
    assertThatThrownBy(
            () -> address("production", " ", false).base(request("evil.example", false, Map.of())))
        .hasMessageContaining("PORTAL_PUBLIC_URL");
  }

  @Test
  void aForwardedProtoCountsOnlyBehindAConfiguredTrustedProxy() {
    var forwarded = Map.of("X-Forwarded-Proto", "https");
    assertThat(address("production", null, false).isHttps(request("p", false, forwarded)))
        .isFalse();
    assertThat(address("production", null, true).isHttps(request("p", false, forwarded))).isTrue();
    assertThat(address("production", null, true).isHttps(request("p", false, Map.of()))).isFalse();
    assertThat(address("production", null, false).isHttps(request("p", true, Map.of()))).isTrue();
  }
}
