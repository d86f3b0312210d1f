package nl.regioportal.funding.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regioportal.funding.engine.KeyResult;
import org.junit.jupiter.api.Test;

class ComputedKeysTest {

  private final ComputedKeys keys = new ComputedKeys();
  private final AtomicInteger computations = new AtomicInteger();

  private ComputedKeys.Computed compute(long totalCents) {
    computations.incrementAndGet();
    return new ComputedKeys.Computed(
        null,
        List.of(),
        new KeyResult(totalCents, List.of()),
        Map.of(),
        Map.of(),
        Set.of(),
        Map.of());
  }

  @Test
  void theSameRevisionIsComputedOnce() {
    ComputedKeys.Computed first = keys.get("29", 1, 3, () -> compute(100));
    ComputedKeys.Computed again = keys.get("29", 1, 3, () -> compute(999));

    assertThat(again).isSameAs(first);
    assertThat(computations).hasValue(1);
  }

  @Test
  void anotherRevisionRegionOrVersionIsComputedAfresh() {
    keys.get("29", 1, 3, () -> compute(100));

    assertThat(keys.get("29", 1, 4, () -> compute(200)).result().totalCents()).isEqualTo(200);
    assertThat(keys.get("36", 1, 3, () -> compute(300)).result().totalCents()).isEqualTo(300);
    assertThat(keys.get("29", 2, 3, () -> compute(400)).result().totalCents()).isEqualTo(400);
    assertThat(computations).hasValue(4);
    assertThat(keys.size()).isEqualTo(4);
  }
}
