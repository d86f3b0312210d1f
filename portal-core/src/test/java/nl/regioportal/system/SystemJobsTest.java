package nl.regioportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SystemJobsTest {

  @Test
  void theBackOffDoublesFromHalfAMinuteUpToSixHours() {
    assertThat(SystemJobs.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(SystemJobs.backoff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(SystemJobs.backoff(5)).isEqualTo(Duration.ofMinutes(8));
    assertThat(SystemJobs.backoff(SystemJobs.MAX_ATTEMPTS))
        .isEqualTo(Duration.ofHours(4).plusMinutes(16));
    assertThat(SystemJobs.backoff(40)).isEqualTo(Duration.ofHours(6));
  }
}
