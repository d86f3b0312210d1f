package nl.regioportal.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An organisation's entries in the directory ({@code /r/29/directory/organisations/{id}}). */
public final class OrganisationEntriesPage extends Page {

  OrganisationEntriesPage(WebDriver driver) {
    super(driver);
    expect(By.cssSelector("p.breadcrumb"), "an organisation's entries");
  }

  /** The names of the services listed. */
  public List<String> services() {
    return driver.findElements(By.cssSelector("#entries tbody td:first-child a")).stream()
        .map(a -> a.getText().trim())
        .toList();
  }

  /** The form for a new service of this organisation. */
  public ServiceEditPage addService() {
    clickAndLeave(byId("newService"));
    return new ServiceEditPage(driver);
  }
}
