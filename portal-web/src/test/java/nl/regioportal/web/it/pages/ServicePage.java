package nl.regioportal.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One service of the directory ({@code /r/29/directory/services/{id}}). */
public final class ServicePage extends Page {

  ServicePage(WebDriver driver) {
    super(driver);
    expect(By.cssSelector("dl.facts"), "a service's facts");
  }

  /** The value shown beside a fact's name ("Wachttijd" -> "5 weken"). */
  public String fact(String name) {
    return driver.findElements(By.cssSelector("dl.facts > div")).stream()
        .filter(d -> d.findElement(By.tagName("dt")).getText().trim().equals(name))
        .map(d -> d.findElement(By.tagName("dd")).getText().trim())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fact " + name + " on " + url()));
  }

  /** Whether the page offers upkeep (to the organisation's own people and coordinators). */
  public boolean offersUpkeep() {
    return has("upkeep:saveWaiting");
  }

  /** The "last verified on ... by ..." line. */
  public String verified() {
    return byId("verifiedLine").getText().trim();
  }

  /** Sets the waiting time and saves it; the page shows its message. */
  public ServicePage waitingTime(int weeks) {
    type("upkeep:waiting", String.valueOf(weeks));
    clickAndAwaitUpdate(byId("upkeep:saveWaiting"), driver.findElement(By.id("upkeep")));
    return this;
  }

  /** The organisation's entries, through the link beside its name. */
  public OrganisationEntriesPage organisation() {
    clickAndLeave(byId("organisationLink"));
    return new OrganisationEntriesPage(driver);
  }

  /** The entry's form (for its organisation's people and the coordinators). */
  public ServiceEditPage edit() {
    clickAndLeave(byId("editLink"));
    return new ServiceEditPage(driver);
  }
}
