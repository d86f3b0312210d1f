package nl.regioportal.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * One organisation ({@code /r/29/organisations/{id}}): the form {@code org} for those who may
 * change it, the read-only view {@code orgView} for everyone else; or the form for a new one
 * ({@code /new}).
 */
public final class OrganisationPage extends Page {

  OrganisationPage(WebDriver driver) {
    super(driver);
    expect(By.cssSelector("[id='org:name'], #orgView"), "an organisation's form or view");
  }

  /** Whether it can be changed here: the form with its save button, not the read-only view. */
  public boolean editable() {
    return !driver.findElements(By.id("org:name")).isEmpty()
        && !driver.findElements(By.id("org:save")).isEmpty()
        && driver.findElements(By.id("orgView")).isEmpty();
  }
}
