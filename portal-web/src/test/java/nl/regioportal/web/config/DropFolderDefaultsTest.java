package nl.regioportal.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DropFolderDefaultsTest {

  /**
   * A drop folder imports whatever lands in it, as the system: it exists only where an operator
   * configured {@code portal.import.dir} (the routes add nothing without it), never by default.
   */
  @Test
  void thePackagedDefaultsConfigureNoDropFolder() throws Exception {
    Properties defaults = new Properties();
    try (InputStream in =
        DropFolderDefaultsTest.class.getResourceAsStream(
            "/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    assertThat(defaults).doesNotContainKey("portal.import.dir");
  }
}
