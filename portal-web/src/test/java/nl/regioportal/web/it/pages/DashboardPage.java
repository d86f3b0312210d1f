package nl.regioportal.web.it.pages;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The region's start page ({@code /r/29/}): counts, municipalities and (where shown) open work. */
public final class DashboardPage extends Page {

  DashboardPage(WebDriver driver) {
    super(driver);
    expect(By.cssSelector("main .cards, main #openWork"), "the region's dashboard");
  }

  /** The open-work section's text, where the dashboard has one. */
  public Optional<String> openWork() {
    return driver.findElements(By.id("openWork")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .findFirst();
  }

  /** Follows the main menu to the region's organisations. */
  /** The governance actions listed as the signed-in person's open work, one text each. */
  public List<String> openActions() {
    return driver.findElements(By.cssSelector("#openWorkActions li")).stream()
        .map(e -> e.getText().replaceAll("\\s+", " ").trim())
        .toList();
  }

  public OrganisationsPage toOrganisations() {
    clickAndLeave(menuLink("/organisations"));
    return new OrganisationsPage(driver);
  }

  /** Follows the main menu to the referrals (school staff and care workers). */
  public ReferralListPage toReferrals() {
    clickAndLeave(menuLink("/referrals"));
    return new ReferralListPage(driver);
  }

  /** Follows the main menu to the directory. */
  public DirectoryPage toDirectory() {
    clickAndLeave(menuLink("/directory"));
    return new DirectoryPage(driver);
  }

  /** Follows the main menu to cost sharing (shown only to those who may read funding keys). */
  public FundingPage toFunding() {
    clickAndLeave(menuLink("/funding"));
    return new FundingPage(driver);
  }

  /** Whether the main menu offers cost sharing. */
  public boolean offersFunding() {
    return !driver.findElements(menuLinkSelector("/funding")).isEmpty();
  }

  private WebElement menuLink(String below) {
    return visible(menuLinkSelector(below));
  }

  private static By menuLinkSelector(String below) {
    return By.cssSelector("nav a[href$='" + Portal.region(below) + "']");
  }
}
