package nl.regioportal.web.it.browser;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.manager.SeleniumManager;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} driven by Debian's {@code
 * chromium-driver}, both named explicitly, so Selenium Manager never looks for (or downloads) a
 * browser or a driver. Paths: {@code -Dchromium.binary} (default {@value #DEFAULT_BINARY}) and
 * {@code -Dchromedriver.path} (default {@value #DEFAULT_DRIVER}).
 */
public final class Chromium {

  static final String DEFAULT_BINARY = "/usr/bin/chromium";
  static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

  /** The flags that work on these machines (a container as root, no GPU, no network but ours). */
  static final List<String> FLAGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--hide-scrollbars",
          "--lang=nl-NL",
          "--window-size=1280,900");

  /**
   * Selenium looks for a CDP binding matching the browser (for its DevTools API, unused here: CDP
   * commands go through chromedriver) and warns when there is none; kept quiet.
   */
  private static final Logger CDP_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_FINDER.setLevel(Level.SEVERE);
  }

  private static final Map<ChromeDriver, Path> PROFILES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Chromium() {}

  public static Path binary() {
    return Path.of(System.getProperty("chromium.binary", DEFAULT_BINARY));
  }

  public static Path driverExecutable() {
    return Path.of(System.getProperty("chromedriver.path", DEFAULT_DRIVER));
  }

  /**
   * Fails with what to install when the browser or its driver is missing (the IT then fails with
   * this message rather than with Selenium's attempt to find one).
   */
  public static void requireInstalled() {
    Path binary = binary();
    Path driver = driverExecutable();
    if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
      throw new IllegalStateException(
          "The browser tests need Chromium and its WebDriver: "
              + (Files.isExecutable(binary) ? "" : binary + " is missing; ")
              + (Files.isExecutable(driver) ? "" : driver + " is missing; ")
              + "install Debian's packages `chromium` and `chromium-driver` (apt-get install"
              + " chromium chromium-driver; .ci/run does this), or name others with"
              + " -Dchromium.binary=... and -Dchromedriver.path=...");
    }
  }

  /** A fresh browser with its own new profile directory under {@code profiles}. */
  public static ChromeDriver start(Path profiles) {
    requireInstalled();
    Path profile;
    try {
      Files.createDirectories(profiles);
      profile = Files.createTempDirectory(profiles, "profile-");
    } catch (IOException e) {
      throw new IllegalStateException("No profile directory under " + profiles, e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary().toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption(
        "prefs", Map.of("intl.accept_languages", "nl-NL,nl", "credentials_enable_service", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverExecutable().toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(60))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    PROFILES.put(driver, profile);
    requireSeleniumManagerUnused();
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** Ends the browser and removes its profile directory. */
  public static void stop(ChromeDriver driver) {
    try {
      driver.quit();
    } finally {
      Path profile = PROFILES.remove(driver);
      if (profile != null) {
        try (var files = Files.walk(profile)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
          // a profile left in target/ is harmless; the next clean removes it
        }
      }
    }
  }

  /**
   * Selenium Manager extracts and runs its binary only when it is asked for paths; with both paths
   * given it must never have been: its binary is still unknown. (The field is Selenium's private
   * one; if a later Selenium renames it, the check says so instead of passing silently.)
   */
  static void requireSeleniumManagerUnused() {
    try {
      Field binary = SeleniumManager.class.getDeclaredField("binary");
      binary.setAccessible(true);
      if (binary.get(SeleniumManager.getInstance()) != null
          && System.getenv("SE_MANAGER_PATH") == null) {
        throw new IllegalStateException(
            "Selenium Manager was invoked: the browser tests must use the named chromium and"
                + " chromedriver only");
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalStateException(
          "Cannot check that Selenium Manager stayed unused (Selenium changed its internals)", e);
    }
  }
}
