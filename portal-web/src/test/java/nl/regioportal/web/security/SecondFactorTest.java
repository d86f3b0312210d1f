package nl.regioportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

  private static final Set<String> STRONG = SecondFactor.parse("mfa, gold");

  @Test
  void theConfiguredAcrValuesCountAndTheFirstIsWhatIsAskedFor() {
    assertThat(STRONG).containsExactly("mfa", "gold");
    assertThat(SecondFactor.confirmedBy(STRONG, "mfa", List.of())).isTrue();
    assertThat(SecondFactor.confirmedBy(STRONG, "gold", null)).isTrue();
    SecondFactor f = new SecondFactor();
    f.configured = " mfa ,gold";
    f.init();
    assertThat(f.requested()).isEqualTo("mfa");
  }

  @Test
  void aPasswordAloneOrAnSsoCookieDoesNotCount() {
    assertThat(SecondFactor.confirmedBy(STRONG, "password", List.of("pwd"))).isFalse();
    assertThat(SecondFactor.confirmedBy(STRONG, "1", null)).isFalse();
    assertThat(SecondFactor.confirmedBy(STRONG, "0", List.of())).isFalse();
    assertThat(SecondFactor.confirmedBy(STRONG, null, null)).isFalse();
    // acr values compare exactly: no case folding, no prefixes
    assertThat(SecondFactor.confirmedBy(STRONG, "MFA", null)).isFalse();
    assertThat(SecondFactor.confirmedBy(STRONG, "mfa-not", null)).isFalse();
  }

  @Test
  void amrWithAPossessionOrInherenceFactorCountsAsABrokeredProviderSendsIt() {
    assertThat(SecondFactor.confirmedBy(STRONG, null, List.of("pwd", "otp"))).isTrue();
    assertThat(SecondFactor.confirmedBy(STRONG, "urn:other", List.of("hwk"))).isTrue();
    assertThat(SecondFactor.confirmedBy(STRONG, null, List.of("mfa"))).isTrue();
    assertThat(SecondFactor.confirmedBy(STRONG, null, List.of("pwd", "kba"))).isFalse();
  }

  @Test
  void noAcrValueConfiguredIsRefusedAtStart() {
    assertThatThrownBy(() -> SecondFactor.parse(" , "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SecondFactor.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
