package nl.regioportal.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The region's organisations ({@code /r/29/organisations}): a searchable, paged table. */
public final class OrganisationsPage extends Page {

  OrganisationsPage(WebDriver driver) {
    super(driver);
    expect(By.id("list:table"), "the list of organisations");
  }

  public List<String> names() {
    return driver
        .findElements(By.cssSelector("[id='list:table_data'] tr td:first-child a"))
        .stream()
        .map(a -> a.getText().trim())
        .toList();
  }

  /** Opens an organisation by its name in the list. */
  public OrganisationPage open(String name) {
    clickAndLeave(
        driver.findElements(By.cssSelector("[id='list:table_data'] tr td:first-child a")).stream()
            .filter(a -> a.getText().trim().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " is not listed: " + names())));
    return new OrganisationPage(driver);
  }

  /** Whether the page offers to add an organisation (coordinators only). */
  public boolean offersNew() {
    return has("list:new");
  }
}
