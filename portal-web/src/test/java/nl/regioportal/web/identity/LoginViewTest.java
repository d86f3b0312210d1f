package nl.regioportal.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginViewTest {

  private String next(String value) {
    LoginView view = new LoginView();
    view.setNext(value);
    return view.safeNext();
  }

  @Test
  void aSignInOnlyReturnsToAPathInsideThePortal() {
    assertThat(next("/r/29/organisations")).isEqualTo("/r/29/organisations");
    assertThat(next(null)).isEqualTo("/");
    assertThat(next("https://evil.example/")).isEqualTo("/");
    assertThat(next("//evil.example/")).isEqualTo("/");
    assertThat(next("/\\evil.example")).isEqualTo("/");
    assertThat(next("/\t/evil.example")).isEqualTo("/");
    assertThat(next("/\n/evil.example")).isEqualTo("/");
    assertThat(next("/ /evil.example")).isEqualTo("/");
  }
}
