package nl.regioportal.web.it.browser;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The two widths every main page is looked at: a laptop and a phone. Set through Chrome DevTools'
 * device metrics, so the page's CSS viewport is exactly this wide (a headless window has no frame).
 */
public enum Viewport {
  DESKTOP(1280, 900),
  PHONE(390, 844);

  private final int width;
  private final int height;

  Viewport(int width, int height) {
    this.width = width;
    this.height = height;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The suffix of screenshot names: {@code -1280}, {@code -390}. */
  public String suffix() {
    return "-" + width;
  }

  /** Gives the page this viewport (the page stays loaded; its layout follows). */
  public void apply(ChromeDriver driver) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    // one frame later the layout is the new one
    driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
  }
}
