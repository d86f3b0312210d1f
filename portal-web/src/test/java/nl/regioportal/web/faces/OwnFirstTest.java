package nl.regioportal.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OwnFirstTest {

  private static final List<String> CODES = List.of("GM0489", "GM0599", "GM0606", "GM0622");

  @Test
  void theOwnMunicipalityComesFirstAndTheRestKeepTheirOrder() {
    assertThat(OwnFirst.sort(CODES, Function.identity(), "GM0606"))
        .containsExactly("GM0606", "GM0489", "GM0599", "GM0622");
  }

  @Test
  void withoutAnOwnMunicipalityOrOneNotListedTheOrderStays() {
    assertThat(OwnFirst.sort(CODES, Function.identity(), null)).isEqualTo(CODES);
    assertThat(OwnFirst.sort(CODES, Function.identity(), "GM0344")).isEqualTo(CODES);
  }
}
