package nl.regioportal.web.it.pages;

import org.openqa.selenium.WebDriver;

/** A page read only for what every page has (heading, menu, messages, an error status). */
public final class AnyPage extends Page {
  AnyPage(WebDriver driver) {
    super(driver);
  }
}
