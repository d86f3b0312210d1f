package nl.regioportal.web.it.pages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page of the portal has: the template's heading, navigation and messages, and the
 * waiting that PrimeFaces' AJAX updates need. Page objects say what a person does ("approve with
 * this comment"); the locators stay in here and in the page classes, never in the tests.
 */
public abstract class Page {

  private static final Pattern STATUS = Pattern.compile("\\((\\d{3})\\)");
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  protected final WebDriver driver;
  protected final WebDriverWait wait;

  protected Page(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    awaitIdle();
  }

  /**
   * Fails unless {@code marker} is on the page: a page object is only made for the page it
   * describes, and an error page instead says which status it showed.
   */
  protected final void expect(By marker, String what) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(marker));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Expected " + what + " at " + driver.getCurrentUrl() + " but the page says: " + heading(),
          e);
    }
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public String title() {
    return driver.getTitle();
  }

  /** The page's first-level heading, or an empty string. */
  public String heading() {
    List<WebElement> h1 = driver.findElements(By.tagName("h1"));
    return h1.isEmpty() ? "" : h1.get(0).getText().trim();
  }

  /** The HTTP status an error page shows in its heading, if this is one. */
  public Optional<Integer> errorStatus() {
    if (driver.findElements(By.cssSelector("main p[role=alert]")).isEmpty()) {
      return Optional.empty();
    }
    Matcher m = STATUS.matcher(heading());
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** The texts of the main menu's links. */
  public List<String> menu() {
    return driver.findElements(By.cssSelector("nav a")).stream()
        .map(a -> a.getText().trim())
        .toList();
  }

  /** The links of the main navigation marked {@code aria-current="page"}, by their address. */
  public List<String> menuLinksMarkedCurrent() {
    return driver.findElements(By.cssSelector("nav a[aria-current='page']")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  /** The messages shown at the top of the page (PrimeFaces' global messages), as text. */
  public List<String> messages() {
    return driver
        .findElements(By.cssSelector(".ui-messages li, .ui-messages-info-summary"))
        .stream()
        .map(e -> e.getText().trim())
        .filter(t -> !t.isEmpty())
        .distinct()
        .toList();
  }

  /** Whether a visible element with this id is on the page. */
  public boolean has(String id) {
    return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
  }

  /** The visible text of the page's main region. */
  public String mainText() {
    return driver.findElement(By.id("main")).getText();
  }

  protected WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  protected WebElement byId(String id) {
    return visible(By.id(id));
  }

  /** Types into a field, replacing what it held. */
  protected void type(String id, String text) {
    WebElement field = byId(id);
    field.clear();
    field.sendKeys(text);
  }

  protected void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks something that leaves the page (a link, a non-AJAX button) and waits for the next. */
  protected void clickAndLeave(WebElement element) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.__leaving = true;");
    element.click();
    new WebDriverWait(driver, TIMEOUT)
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> js.executeScript("return window.__leaving === true;") != Boolean.TRUE);
    awaitIdle();
  }

  /**
   * Clicks a PrimeFaces AJAX button whose response replaces {@code replaced} (e.g. the form) and
   * waits until it has been replaced and no request is running.
   */
  protected void clickAndAwaitUpdate(WebElement button, WebElement replaced) {
    button.click();
    wait.until(d -> gone(replaced));
    awaitIdle();
  }

  /** Whether an element has left the document (Chromium answers that in more than one way). */
  protected static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Waits until the document has loaded and PrimeFaces/jQuery run no request. */
  protected final void awaitIdle() {
    new WebDriverWait(driver, TIMEOUT)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.JavascriptException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.jQuery || jQuery.active === 0)"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax"
                                + "     || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /** Chooses the option whose text is {@code label} in a PrimeFaces selectOneMenu. */
  protected void selectMenuByLabel(String id, String label) {
    Object value =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var o = Array.from(document.getElementById(arguments[0] + '_input').options)"
                    + ".find(o => o.text.trim() === arguments[1]); return o ? o.value : null;",
                id,
                label);
    if (value == null) {
      throw new AssertionError("No choice " + label + " in " + id);
    }
    selectMenu(id, value.toString());
  }

  /** Chooses a value in a PrimeFaces selectOneMenu as a click on its item would. */
  protected void selectMenu(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
  }

  /** Sets a native date or time input ({@code type=date}, {@code datetime-local}) to a value. */
  protected void setNative(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));",
            id,
            value);
  }

  /** Clicks a button that asks for a confirmation, then "yes", and waits for {@code replaced}. */
  protected void clickAndConfirm(WebElement button, WebElement replaced) {
    button.click();
    clickAndAwaitUpdate(
        visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog-yes")),
        replaced);
  }

  /** Digits of an amount as shown ("€ 56.316,11" -> "5631611"), to compare without locale. */
  public static String digits(String shown) {
    return shown.replaceAll("[^0-9]", "");
  }
}
