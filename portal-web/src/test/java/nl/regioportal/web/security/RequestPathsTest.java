package nl.regioportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestPathsTest {

  @ParameterizedTest
  @CsvSource({
    "/api/v1/me, /api/v1/me",
    "/api;x=y/v1/me, /api/v1/me",
    "/api/v1;jsessionid=ABC/me, /api/v1/me",
    "//api/v1/me, /api/v1/me",
    "/api//v1/me, /api/v1/me",
    "/x/../api/v1/me, /api/v1/me",
    "/api/./v1/me, /api/v1/me",
    "/../../api/v1/me, /api/v1/me",
    "/%61pi/v1/me, /api/v1/me",
    "/x/%2e%2e/api/v1/me, /api/v1/me",
    "/x/.%2E/api/v1/me, /api/v1/me",
    "/r/29/, /r/29/",
    "/r/29, /r/29",
    "/r/29/., /r/29/",
    "/, /",
    "'', /",
    "/%zz/x, /%zz/x",
    "/caf%C3%A9, /café"
  })
  void normalisesLikeTheContainerMapsAPath(String raw, String normalised) {
    assertThat(RequestPaths.normalise(raw)).isEqualTo(normalised);
  }
}
