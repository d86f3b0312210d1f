package nl.regioportal.web.it.pages;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One version of a funding key ({@code /r/29/funding/versions/{id}}): its status and total, every
 * municipality's share with its derivation and review, and what the reader may do with it (the
 * coordinator publishes a draft; a policy officer approves or objects for the own municipality).
 */
public final class VersionPage extends Page {

  /** A municipality's row. */
  public record Share(
      String code, String name, String amount, boolean own, String decision, String comment) {

    /** The review decision's status name ({@code APPROVED}, {@code OBJECTED}) or empty. */
    public Optional<String> review() {
      return Optional.ofNullable(decision);
    }
  }

  /** One line of a derivation: a part of the key and what it gives the municipality. */
  public record Line(String basis, String percent, String value, String basisShare, String exact) {}

  /** A municipality's derivation as the page explains it. */
  /**
   * A municipality's derivation as shown. {@code allColumnsInView}: the table ends inside the box
   * that scrolls it, so every column shows without scrolling sideways.
   */
  public record Derivation(
      String caption, List<Line> lines, String amount, boolean allColumnsInView) {}

  VersionPage(WebDriver driver) {
    super(driver);
    expect(By.id("version:shares"), "a version of a funding key");
  }

  /** The version's status name from its heading: DRAFT, PUBLISHED, LOCKED or SUPERSEDED. */
  public String status() {
    String css = driver.findElement(By.cssSelector("h1 .status")).getAttribute("class");
    return css.replaceAll(".*status-(\\w+).*", "$1");
  }

  /** The version's id, from the address. */
  public long id() {
    String path = driver.getCurrentUrl().replaceAll("[?#].*", "");
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  public String total() {
    return driver.findElement(By.id("total")).getText().trim();
  }

  /** The participating municipalities' codes, in the table's order. */
  public List<String> codes() {
    return rows().stream().map(tr -> tr.getAttribute("data-rk")).toList();
  }

  public Share share(String code) {
    WebElement tr = row(code);
    List<WebElement> cells = tr.findElements(By.xpath("./td"));
    WebElement municipality = cells.get(1);
    String name =
        municipality
            .getText()
            .replace(code, "")
            .replaceAll("·.*", "")
            .trim()
            .replaceAll("\\s+", " ");
    boolean own = !municipality.findElements(By.cssSelector(".own-marker")).isEmpty();
    WebElement review = cells.get(cells.size() - 1);
    String decision = null;
    String comment = null;
    List<WebElement> status = review.findElements(By.cssSelector(".status"));
    if (!status.isEmpty()) {
      decision = status.get(0).getAttribute("class").replaceAll(".*status-(\\w+).*", "$1");
      String text = review.getText();
      int dash = text.indexOf('—');
      comment = dash < 0 ? null : text.substring(dash + 1).trim();
    }
    return new Share(code, name, cells.get(2).getText().trim(), own, decision, comment);
  }

  /** The municipality marked as the reader's own, if any. */
  public Optional<Share> own() {
    return codes().stream().map(this::share).filter(Share::own).findFirst();
  }

  /** Opens a municipality's derivation (the row's toggler) and reads it. */
  public Derivation openDerivation(String code) {
    WebElement tr = row(code);
    WebElement toggler = tr.findElement(By.cssSelector(".ui-row-toggler"));
    if (!"true".equals(toggler.getAttribute("aria-expanded"))) {
      toggler.click();
    }
    By expansion =
        By.xpath(
            "//tr[@data-rk='"
                + code
                + "']/following-sibling::tr[1][contains(@class,'ui-expanded-row-content')]"
                + "//table[contains(@class,'derivation')]");
    WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(expansion));
    awaitIdle();
    List<Line> lines =
        table.findElements(By.cssSelector("tbody tr")).stream()
            .map(r -> r.findElements(By.tagName("td")))
            .filter(tds -> tds.size() == 5)
            .map(
                tds ->
                    new Line(
                        tds.get(0).getText().trim(),
                        tds.get(1).getText().trim(),
                        tds.get(2).getText().trim(),
                        tds.get(3).getText().trim(),
                        tds.get(4).getText().trim()))
            .toList();
    String amount = table.findElement(By.cssSelector("tr.total td:last-child")).getText().trim();
    String caption = table.findElement(By.tagName("caption")).getText().trim();
    Object inView =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "var t = arguments[0], box = t.closest('.scroll-x') || t.parentElement;"
                    + " return t.getBoundingClientRect().right"
                    + "   <= box.getBoundingClientRect().right + 1"
                    + "   && box.scrollWidth <= box.clientWidth + 1;",
                table);
    return new Derivation(caption, lines, amount, Boolean.TRUE.equals(inView));
  }

  public boolean offersPublish() {
    return has("version:publish");
  }

  public boolean offersEdit() {
    return has("version:edit");
  }

  public boolean offersReview() {
    return has("version:approve") && has("version:object");
  }

  /** Publishes the draft for review (confirming the question) and shows the page anew. */
  public VersionPage publish() {
    WebElement form = driver.findElement(By.id("version"));
    byId("version:publish").click();
    WebElement yes =
        visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog-yes"));
    WebElement content = form.findElement(By.cssSelector(".summary-grid"));
    yes.click();
    wait.until(d -> gone(content));
    awaitIdle();
    return this;
  }

  /** Reloads the page (the heading is outside the form an AJAX answer replaces). */
  public VersionPage reload() {
    driver.navigate().refresh();
    return new VersionPage(driver);
  }

  /** Approves for the own municipality, with an optional comment. */
  public VersionPage approve(String comment) {
    return answer("version:approve", comment);
  }

  /** Objects for the own municipality; the page asks for the reason in the comment. */
  public VersionPage object(String comment) {
    return answer("version:object", comment);
  }

  private VersionPage answer(String button, String comment) {
    type("version:comment", comment == null ? "" : comment);
    clickAndAwaitUpdate(byId(button), driver.findElement(By.id("version:shares")));
    return this;
  }

  /** Opens the draft in the key editor. */
  public EditorPage edit() {
    clickAndLeave(byId("version:edit"));
    return new EditorPage(driver);
  }

  private List<WebElement> rows() {
    return driver.findElements(By.cssSelector("[id='version:shares_data'] > tr[data-rk]"));
  }

  private WebElement row(String code) {
    return rows().stream()
        .filter(tr -> code.equals(tr.getAttribute("data-rk")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " does not take part: " + codes()));
  }
}
