package nl.regioportal.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One organisation, or the form for a new one ({@code /r/29/organisations/{id}}, {@code /new}). */
public final class OrganisationPage extends Page {

  OrganisationPage(WebDriver driver) {
    super(driver);
    expect(By.id("org:name"), "an organisation's form");
  }

  public String name() {
    return driver.findElement(By.id("org:name")).getAttribute("value");
  }

  /** Whether its name can be changed here (the coordinator's pages; read-only for others). */
  public boolean editable() {
    var name = driver.findElement(By.id("org:name"));
    return name.getAttribute("readonly") == null && name.getAttribute("disabled") == null;
  }
}
