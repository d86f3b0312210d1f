package nl.regioportal.web.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.regioportal.web.it.browser.Axe;
import nl.regioportal.web.it.browser.Chromium;
import nl.regioportal.web.it.browser.Layout;
import nl.regioportal.web.it.browser.Screenshots;
import nl.regioportal.web.it.browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Keycloak's login page in the portal's look (ADR 0026): the realm's login theme {@code
 * regioportal}, which {@link KeycloakServer} installs as an operator does, in the real browser (the
 * same headless Chromium and axe-core as {@code BrowserIT}), in Dutch and in English, at a laptop's
 * and a phone's width, with screenshots {@code login-<nl|en>-<1280|390>.png} in target/screenshots
 * (the ones kept are in docs/screenshots). No portal is started: the page is Keycloak's own.
 */
@ExtendWith(KeycloakServer.class)
class LoginThemeIT {

  /** The portal's primary colour (--basis-color-action-2-inverse-bg-default, #00568b). */
  private static final String PRIMARY = "rgb(0, 86, 139)";

  private static ChromeDriver driver;
  private static Screenshots screenshots;
  private static Axe axe;

  @BeforeAll
  static void browser() {
    driver = Chromium.start(Path.of("target/chromium-profiles"));
    screenshots = new Screenshots(driver);
    axe = Axe.load();
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      Chromium.stop(driver);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "nl, Inloggen bij het Regioportaal, Gebruikersnaam of e-mailadres, Inloggen",
    "en, Sign in to the Regioportaal, Username or e-mail address, Sign in"
  })
  void theLoginPageIsThePortalsInEitherLanguage(
      String locale, String title, String usernameLabel, String button) {
    KeycloakServer.awaitReady();
    driver.get(signIn(locale));

    // the theme: its stylesheets after keycloak.v2's, the portal's name in the header
    assertEquals(locale, driver.findElement(By.tagName("html")).getAttribute("lang"));
    List<String> styles =
        driver.findElements(By.cssSelector("link[rel=stylesheet]")).stream()
            .map(l -> l.getAttribute("href"))
            .toList();
    assertTrue(
        styles.stream().anyMatch(h -> h.endsWith("/login/regioportal/css/regioportal.css"))
            && styles.stream().anyMatch(h -> h.endsWith("/login/regioportal/css/nlds-tokens.css"))
            && styles.stream().anyMatch(h -> h.endsWith("/login/regioportal/css/portal-roles.css")),
        "the theme's stylesheets: " + styles);
    assertEquals("Regioportaal", driver.findElement(By.id("kc-header-wrapper")).getText());
    // the portal's words, in the language asked for
    assertEquals(title, driver.findElement(By.id("kc-page-title")).getText());
    assertEquals(
        usernameLabel, driver.findElement(By.cssSelector("label[for=username]")).getText());
    assertEquals(button, driver.findElement(By.id("kc-login")).getText());
    // the portal's look: the header's primary rule, the primary button, the system font
    assertEquals(PRIMARY, style("#kc-header", "borderTopColor"));
    assertEquals(PRIMARY, style("#kc-login", "backgroundColor"));
    assertEquals("rgb(255, 255, 255)", style("#kc-login", "color"));
    assertTrue(style("body", "fontFamily").startsWith("system-ui"), style("body", "fontFamily"));

    List<String> problems = new ArrayList<>();
    for (Viewport viewport : Viewport.values()) {
      viewport.apply(driver);
      String name = "login-" + locale + viewport.suffix();
      Layout.Width width = Layout.width(driver);
      if (!width.fits()) {
        problems.add(name + ": " + width);
      }
      Axe.Scan scan = axe.scan(driver, name);
      if (!scan.blocking().isEmpty()) {
        problems.add(scan.describeBlocking());
      }
      // the picture at rest: without the focus the page puts on the first field
      ((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
      Path file = screenshots.take(name);
      assertTrue(file.toFile().length() > 1000, file + " is a picture");
    }
    assertTrue(
        problems.isEmpty(),
        "Too wide, or serious accessibility violations (axe-core):\n"
            + String.join("\n", problems));
  }

  /** Moving through the login page with Tab, every element that takes focus shows the ring. */
  @Test
  void everyFocusedElementOfTheLoginPageShowsTheFocusRing() {
    KeycloakServer.awaitReady();
    Viewport.DESKTOP.apply(driver);
    driver.get(signIn("nl"));
    ((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
    List<String> seen = new ArrayList<>();
    List<String> invisible = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Layout.Focus focus = Layout.tab(driver);
      if (focus.element().startsWith("body") || seen.contains(focus.element())) {
        break;
      }
      seen.add(focus.element());
      if (!focus.visible()) {
        invisible.add(focus.toString());
      }
    }
    assertTrue(seen.size() >= 4, "the language, the fields, the link and the button: " + seen);
    assertTrue(invisible.isEmpty(), "Focus without a ring:\n" + String.join("\n", invisible));
  }

  /**
   * The theme's texts replace Keycloak's: each key is one of Keycloak's base messages, or one that
   * keycloak.v2's templates ask for without a text (the language choice's label); a key no template
   * asks for would be a text no page shows. Both languages have the same keys.
   */
  @Test
  void everyTextOfTheThemeIsOneOfKeycloaksOwnKeys() throws IOException {
    Path jar;
    try (Stream<Path> jars =
        Files.list(Path.of(System.getProperty("keycloak.home"), "lib/lib/main"))) {
      jar =
          jars.filter(
                  p -> p.getFileName().toString().matches("org\\.keycloak\\.keycloak-themes-\\d.*"))
              .findFirst()
              .orElseThrow();
    }
    List<String> unknown = new ArrayList<>();
    try (JarFile themes = new JarFile(jar.toFile())) {
      for (String type : List.of("login", "email")) {
        Set<String> known =
            new TreeSet<>(
                properties(
                        themes.getInputStream(
                            themes.getEntry(
                                "theme/base/" + type + "/messages/messages_en.properties")))
                    .stringPropertyNames());
        for (JarEntry ftl : Collections.list(themes.entries())) {
          if (ftl.getName().matches("theme/keycloak\\.v2/" + type + "/[^/]+\\.ftl")) {
            String template = new String(themes.getInputStream(ftl).readAllBytes(), UTF_8);
            MSG.matcher(template).results().forEach(m -> known.add(m.group(1)));
          }
        }
        Set<String> nl = ours(type, "nl");
        assertEquals(nl, ours(type, "en"), type + ": the same texts in Dutch and English");
        for (String key : nl) {
          if (!known.contains(key)) {
            unknown.add(type + ": " + key);
          }
        }
      }
    }
    assertTrue(unknown.isEmpty(), "Not a key of Keycloak's base theme: " + unknown);
  }

  private static final Pattern MSG = Pattern.compile("msg\\(\"([A-Za-z0-9.-]+)\"");

  private static Set<String> ours(String type, String locale) throws IOException {
    String resource =
        KeycloakServer.THEME + "/" + type + "/messages/messages_" + locale + ".properties";
    try (InputStream in = LoginThemeIT.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource);
      return new TreeSet<>(properties(in).stringPropertyNames());
    }
  }

  private static Properties properties(InputStream in) throws IOException {
    Properties p = new Properties();
    try (in) {
      p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    return p;
  }

  /** The computed value of one style property of the first element the selector finds. */
  private static String style(String selector, String property) {
    return String.valueOf(
        ((JavascriptExecutor) driver)
            .executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];",
                selector,
                property));
  }

  /**
   * The realm's sign-in page as the portal opens it: an authorization request of the tests' portal
   * client (PKCE, as the realm requires), in the language asked for.
   */
  private static String signIn(String locale) {
    return KeycloakServer.ISSUER
        + "/protocol/openid-connect/auth?client_id=regioportal-portal-it&response_type=code"
        + "&scope=openid&code_challenge_method=S256"
        + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        + "&redirect_uri="
        + URLEncoder.encode("http://127.0.0.1/signed-in", StandardCharsets.UTF_8)
        + "&ui_locales="
        + locale;
  }
}
