package nl.regioportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-12-02T08:00:00Z");

  private static SessionLifetime lifetime(String maxAge, String rolesRefresh) {
    SessionLifetime l = new SessionLifetime();
    l.configuredMaxAge = maxAge;
    l.configuredRolesRefresh = rolesRefresh;
    l.init();
    return l;
  }

  private static SignedInCaller throughKeycloak(Instant rolesReadAt) {
    return new SignedInCaller(
        "kc-user",
        Set.of("school-staff"),
        Set.of(),
        "id-token",
        "refresh",
        SIGNED_IN,
        rolesReadAt,
        false);
  }

  @Test
  void aSessionEndsAtItsAbsoluteLifetimeHoweverActive() {
    SessionLifetime l = lifetime("PT8H", "PT2M");
    Instant end = SIGNED_IN.plus(Duration.ofHours(8));
    assertThat(l.of(throughKeycloak(end.minusSeconds(30)), end.minusSeconds(1)))
        .isEqualTo(SessionLifetime.Verdict.CURRENT);
    assertThat(l.of(throughKeycloak(end.minusSeconds(30)), end))
        .isEqualTo(SessionLifetime.Verdict.ENDED);
    assertThat(l.of(new SignedInCaller("coordinator", Set.of(), SIGNED_IN), end))
        .as("the development login too")
        .isEqualTo(SessionLifetime.Verdict.ENDED);
  }

  @Test
  void rolesFromKeycloakAreReadAgainAfterTheRefreshInterval() {
    SessionLifetime l = lifetime("PT8H", "PT2M");
    Instant read = SIGNED_IN.plus(Duration.ofMinutes(10));
    assertThat(l.of(throughKeycloak(read), read.plusSeconds(119)))
        .isEqualTo(SessionLifetime.Verdict.CURRENT);
    assertThat(l.of(throughKeycloak(read), read.plusSeconds(120)))
        .isEqualTo(SessionLifetime.Verdict.REFRESH_ROLES);
    assertThat(l.of(new SignedInCaller("coordinator", Set.of(), SIGNED_IN), read.plusSeconds(600)))
        .as("the development login has nothing to refresh")
        .isEqualTo(SessionLifetime.Verdict.CURRENT);
  }

  @Test
  void theSettingsMustBePositiveDurations() {
    assertThatThrownBy(() -> lifetime("PT0S", "PT2M"))
        .hasMessageContaining("portal.session.max-age");
    assertThatThrownBy(() -> lifetime("PT8H", "-PT1M"))
        .hasMessageContaining("portal.session.roles-refresh");
  }
}
