package nl.regioportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  private static Map<String, String> headersFor(boolean trustedProxy, Map<String, String> sent)
      throws Exception {
    Map<String, String> headers = new HashMap<>();
    HttpServletResponse response =
        Stubs.of(
            HttpServletResponse.class,
            Map.of(
                "setHeader",
                (m, a) -> {
                  headers.put((String) a[0], (String) a[1]);
                  return null;
                }));
    SecurityHeadersFilter filter = new SecurityHeadersFilter();
    filter.address =
        PublicAddressTest.address("production", "https://portal.example", trustedProxy);
    var request = PublicAddressTest.request("portal.example", false, sent);
    FilterChain chain = (req, res) -> {};
    filter.doFilter(
        Stubs.of(
            jakarta.servlet.http.HttpServletRequest.class,
            Map.of(
                "getRequestURI", (m, a) -> "/r/29/",
                "getContextPath", (m, a) -> "",
                "isSecure", (m, a) -> request.isSecure(),
                "getHeader", (m, a) -> request.getHeader((String) a[0]))),
        response,
        chain);
    return headers;
  }

  @Test
  void anyClientsForwardedProtoDoesNotTurnOnHsts() throws Exception {
    assertThat(headersFor(false, Map.of("X-Forwarded-Proto", "https")))
        .doesNotContainKey("Strict-Transport-Security");
  }

  @Test
  void theTrustedProxysForwardedProtoTurnsOnHsts() throws Exception {
    assertThat(headersFor(true, Map.of("X-Forwarded-Proto", "https")))
        .containsKey("Strict-Transport-Security");
    assertThat(headersFor(true, Map.of())).doesNotContainKey("Strict-Transport-Security");
  }
}
