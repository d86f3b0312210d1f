package nl.regioportal.web.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page screenshots (Chrome DevTools' {@code Page.captureScreenshot} beyond the viewport) into
 * {@code -Dscreenshots.dir} (the build's {@code target/screenshots}), named by what they show.
 */
public final class Screenshots {

  /** Higher pages are cut here: a screenshot of a runaway page stays a picture. */
  private static final int MAX_HEIGHT = 12_000;

  private final ChromeDriver driver;
  private final Path dir;

  public Screenshots(ChromeDriver driver) {
    this(driver, Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
  }

  public Screenshots(ChromeDriver driver, Path dir) {
    this.driver = driver;
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** Writes {@code <name>.png} of the whole page as it is now; returns the file. */
  public Path take(String name) {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>)
            (Map<?, ?>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
    Map<?, ?> viewport = (Map<?, ?>) metrics.get("cssLayoutViewport");
    double width = Math.max(number(content.get("width")), number(viewport.get("clientWidth")));
    double height =
        Math.min(
            MAX_HEIGHT,
            Math.max(number(content.get("height")), number(viewport.get("clientHeight"))));
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "width",
                    Math.ceil(width),
                    "height",
                    Math.ceil(height),
                    "scale",
                    1)));
    byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : 0;
  }
}
