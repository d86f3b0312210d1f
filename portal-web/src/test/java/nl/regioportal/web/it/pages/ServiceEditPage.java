package nl.regioportal.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A service's entry as a form ({@code .../services/{id}/edit}, {@code .../organisations/{id}/new}).
 */
public final class ServiceEditPage extends Page {

  ServiceEditPage(WebDriver driver) {
    super(driver);
    expect(By.id("edit:save"), "the entry's form");
  }

  public ServiceEditPage name(String name) {
    type("edit:name", name);
    return this;
  }

  public ServiceEditPage description(String text) {
    type("edit:description", text);
    return this;
  }

  public ServiceEditPage ages(int youngest, int oldest) {
    type("edit:minAge", String.valueOf(youngest));
    type("edit:maxAge", String.valueOf(oldest));
    return this;
  }

  /** Ticks a life domain, issue, role, municipality or language by its code. */
  public ServiceEditPage tick(String list, String code) {
    for (WebElement box : driver.findElements(By.name("edit:" + list))) {
      if (code.equals(box.getAttribute("value"))) {
        if (!box.isDisplayed()) { // an issue or role inside a closed details element
          ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript("arguments[0].closest('details').open = true", box);
        }
        if (!box.isSelected()) {
          box.click();
        }
        return this;
      }
    }
    throw new AssertionError("no " + code + " in " + list + " on " + url());
  }

  public ServiceEditPage acceptsReferrals() {
    WebElement box = byId("edit:acceptsReferrals");
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /** Saves; back on the service's page when it was accepted. */
  public ServicePage save() {
    clickAndLeave(byId("edit:save"));
    return new ServicePage(driver);
  }

  /** Saves what the portal refuses: the form again, with its messages. */
  public ServiceEditPage saveRefused() {
    clickAndLeave(byId("edit:save"));
    return new ServiceEditPage(driver);
  }
}
