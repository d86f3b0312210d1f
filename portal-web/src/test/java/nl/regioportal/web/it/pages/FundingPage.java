package nl.regioportal.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Cost sharing ({@code /r/29/funding}): the region's arrangements with their latest version. */
public final class FundingPage extends Page {

  private static final By TITLES = By.cssSelector("[id='arrangements_data'] tr td:first-child a");

  FundingPage(WebDriver driver) {
    super(driver);
    expect(By.id("arrangements"), "the list of arrangements");
  }

  public List<String> titles() {
    return driver.findElements(TITLES).stream().map(a -> a.getText().trim()).toList();
  }

  /** Opens an arrangement by its title. */
  public ArrangementPage open(String title) {
    WebElement link =
        driver.findElements(TITLES).stream()
            .filter(a -> a.getText().trim().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError(title + " is not listed: " + titles()));
    clickAndLeave(link);
    return new ArrangementPage(driver);
  }

  /** Whether the page offers a new arrangement (coordinators only). */
  public boolean offersNew() {
    return has("new");
  }

  /** Starts a new arrangement in the key editor. */
  public EditorPage startNew() {
    clickAndLeave(byId("new"));
    return new EditorPage(driver);
  }
}
