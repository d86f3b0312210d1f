package nl.regioportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioportal.web.config.TestRunModes;
import org.junit.jupiter.api.Test;

class PortalAuthenticationMechanismTest {

  @Test
  void theSignInRedirectAddressComesFromThePublicUrlNotTheHostHeader() {
    OidcSignIn oidc = new OidcSignIn();
    oidc.configuredIssuer = Optional.of("https://id.example/realms/regioportal");
    oidc.clientId = "regioportal-portal";
    oidc.configuredSecret = Optional.of("secret");
    oidc.init();
    PortalAuthenticationMechanism mechanism = new PortalAuthenticationMechanism();
    mechanism.oidc = oidc;
    mechanism.runMode = TestRunModes.of("production");
    mechanism.publicAddress =
        PublicAddressTest.address("production", "https://portal.example", false);

    HttpSession session = Stubs.of(HttpSession.class, Map.of());
    HttpServletRequest request =
        Stubs.of(
            HttpServletRequest.class,
            Map.of(
                "getRequestURI", (m, a) -> "/oidc/sign-in",
                "getContextPath", (m, a) -> "",
                "getParameter", (m, a) -> "next".equals(a[0]) ? "/r/29/" : null,
                "getScheme", (m, a) -> "http",
                "getServerName", (m, a) -> "evil.example",
                "getServerPort", (m, a) -> 80,
                "getHeader", (m, a) -> "Host".equals(a[0]) ? "evil.example" : null,
                "getSession", (m, a) -> session));
    List<String> redirects = new ArrayList<>();
    HttpMessageContext context =
        Stubs.of(
            HttpMessageContext.class,
            Map.of(
                "getAuthParameters",
                (m, a) -> AuthenticationParameters.withParams(),
                "redirect",
                (m, a) -> {
                  redirects.add((String) a[0]);
                  return AuthenticationStatus.SEND_CONTINUE;
                }));

    mechanism.validateRequest(request, null, context);

    assertThat(redirects).hasSize(1);
    String location = URLDecoder.decode(redirects.get(0), StandardCharsets.UTF_8);
    assertThat(location)
        .startsWith("https://id.example/realms/regioportal/protocol/openid-connect/auth")
        .contains("redirect_uri=https://portal.example/oidc/callback")
        .doesNotContain("evil.example");
  }
}
