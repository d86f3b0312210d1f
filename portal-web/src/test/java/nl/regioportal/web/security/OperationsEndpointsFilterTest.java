package nl.regioportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.regioportal.web.config.RunMode;
import org.junit.jupiter.api.Test;

class OperationsEndpointsFilterTest {

  private final Map<String, Object> answered = new HashMap<>();
  private final StringWriter body = new StringWriter();
  private final AtomicBoolean passedOn = new AtomicBoolean();

  private void ask(boolean development, String user, boolean admin) throws Exception {
    OperationsEndpointsFilter filter = new OperationsEndpointsFilter();
    filter.runMode =
        new RunMode() {
          @Override
          public boolean isDevelopment() {
            return development;
          }
        };
    Principal principal = user == null ? null : () -> user;
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, args) ->
                    switch (m.getName()) {
                      case "getUserPrincipal" -> principal;
                      case "isUserInRole" -> admin && "platform-admin".equals(args[0]);
                      case "getRequestURI" -> "/metrics";
                      default -> null;
                    });
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (p, m, args) -> {
                  switch (m.getName()) {
                    case "setStatus" -> answered.put("status", args[0]);
                    case "setHeader" -> answered.put((String) args[0], args[1]);
                    case "getWriter" -> {
                      return new PrintWriter(body);
                    }
                    default -> {}
                  }
                  return null;
                });
    FilterChain chain = (req, res) -> passedOn.set(true);
    filter.doFilter(request, response, chain);
  }

  @Test
  void inProductionAnAnonymousCallerIsAskedForAToken() throws Exception {
    ask(false, null, false);
    assertThat(passedOn).isFalse();
    assertThat(answered).containsEntry("status", 401);
    assertThat((String) answered.get("WWW-Authenticate")).startsWith("Bearer");
    assertThat(body.toString()).contains("/problems/unauthenticated");
  }

  @Test
  void inProductionAMemberWhoIsNoPlatformAdminIsRefused() throws Exception {
    ask(false, "coordinator", false);
    assertThat(passedOn).isFalse();
    assertThat(answered).containsEntry("status", 403);
  }

  @Test
  void inProductionAPlatformAdminGetsThrough() throws Exception {
    ask(false, "admin", true);
    assertThat(passedOn).isTrue();
    assertThat(answered).isEmpty();
  }

  @Test
  void inDevelopmentTheEndpointsStayOpen() throws Exception {
    ask(true, null, false);
    assertThat(passedOn).isTrue();
  }

  @Test
  void metricsAndOpenApiAreGuardedButHealthIsNot() {
    assertThat(OperationsEndpointsFilter.isOperations("/metrics")).isTrue();
    assertThat(OperationsEndpointsFilter.isOperations("/metrics/application")).isTrue();
    assertThat(OperationsEndpointsFilter.isOperations("/openapi")).isTrue();
    assertThat(OperationsEndpointsFilter.isOperations("/health/ready")).isFalse();
    assertThat(OperationsEndpointsFilter.isOperations("/metricsx")).isFalse();
  }
}
