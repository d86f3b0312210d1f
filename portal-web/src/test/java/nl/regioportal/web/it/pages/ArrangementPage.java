package nl.regioportal.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One arrangement ({@code /r/29/funding/{id}}): its versions with status and review progress. */
public final class ArrangementPage extends Page {

  private static final By ROWS = By.cssSelector("[id='arrangement:versions_data'] tr[data-ri]");

  /** A version as the arrangement lists it. */
  public record Row(int number, String label, String status, String reviews) {}

  ArrangementPage(WebDriver driver) {
    super(driver);
    expect(By.id("arrangement:versions"), "an arrangement's versions");
  }

  public List<Row> versions() {
    return driver.findElements(ROWS).stream()
        .map(
            tr -> {
              List<WebElement> cells = tr.findElements(By.tagName("td"));
              String status =
                  cells.get(2).findElement(By.cssSelector(".status")).getAttribute("class");
              return new Row(
                  Integer.parseInt(cells.get(0).getText().trim()),
                  cells.get(1).getText().trim(),
                  status.replaceAll(".*status-(\\w+).*", "$1"),
                  cells.get(4).getText().trim());
            })
        .toList();
  }

  public Row version(int number) {
    return versions().stream()
        .filter(r -> r.number() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No version " + number + ": " + versions()));
  }

  /** Opens a version by its number. */
  public VersionPage openVersion(int number) {
    WebElement link =
        driver.findElements(ROWS).stream()
            .map(tr -> tr.findElement(By.cssSelector("td:first-child a")))
            .filter(a -> a.getText().trim().equals(Integer.toString(number)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No version " + number + ": " + versions()));
    clickAndLeave(link);
    return new VersionPage(driver);
  }
}
