package nl.regioportal.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The directory's search page ({@code /r/29/directory}): a form, results with reasons, facets. */
public final class DirectoryPage extends Page {

  DirectoryPage(WebDriver driver) {
    super(driver);
    expect(By.id("search"), "the directory's search form");
  }

  /** Fills in the form (null leaves a field as it is) and searches. */
  public DirectoryPage search(String text, String municipalityName, Integer age) {
    if (text != null) {
      type("q", text);
    }
    if (municipalityName != null) {
      new Select(byId("municipality")).selectByVisibleText(municipalityName);
    }
    if (age != null) {
      type("age", String.valueOf(age));
    }
    clickAndLeave(byId("go"));
    return new DirectoryPage(driver);
  }

  /** Ticks a life domain in the facets (by its code) and searches again. */
  public DirectoryPage domain(String code) {
    WebElement box =
        driver.findElement(By.cssSelector("input[name='domain'][value='" + code + "']"));
    if (!box.isSelected()) {
      box.click();
    }
    clickAndLeave(byId("go"));
    return new DirectoryPage(driver);
  }

  /** The names of the services found, in order. */
  public List<String> names() {
    return cards().stream()
        .map(c -> c.findElement(By.cssSelector("h3 a")).getText().trim())
        .toList();
  }

  /** The line that says why the service was found. */
  public String reasonsOf(String name) {
    return card(name).findElement(By.cssSelector(".reasons")).getText().trim();
  }

  /** The facet label of a life domain (its name and count), e.g. "Wonen (2)". */
  public String domainFacet(String code) {
    String id =
        driver
            .findElement(By.cssSelector("input[name='domain'][value='" + code + "']"))
            .getAttribute("id");
    return driver.findElement(By.cssSelector("label[for='" + id + "']")).getText().trim();
  }

  /** The heading over the results ("3 gevonden"). */
  public String found() {
    return byId("results-heading").getText().trim();
  }

  public ServicePage open(String name) {
    clickAndLeave(card(name).findElement(By.cssSelector("h3 a")));
    return new ServicePage(driver);
  }

  private List<WebElement> cards() {
    return driver.findElements(By.cssSelector("#results > li.service-card"));
  }

  private WebElement card(String name) {
    return cards().stream()
        .filter(c -> c.findElement(By.cssSelector("h3 a")).getText().trim().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found: " + names()));
  }
}
