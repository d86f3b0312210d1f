package nl.regioportal.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The guided referral form ({@code /r/29/referrals/new}): one step at a time, as a school
 * professional fills it in with the student.
 */
public final class ReferralFormPage extends Page {

  private static final String F = "referral:";

  ReferralFormPage(WebDriver driver) {
    super(driver);
    expect(By.id("referral"), "the referral form");
  }

  /** The number of the step shown (1-based), from the list of steps. */
  public int step() {
    List<WebElement> links = driver.findElements(By.cssSelector(".steps li a"));
    for (int i = 0; i < links.size(); i++) {
      if ("step".equals(links.get(i).getAttribute("aria-current"))) {
        return i + 1;
      }
    }
    return 0;
  }

  public ReferralFormPage next() {
    clickAndLeave(byId(F + "next"));
    return new ReferralFormPage(driver);
  }

  public ReferralFormPage back() {
    clickAndLeave(byId(F + "back"));
    return new ReferralFormPage(driver);
  }

  /** Searches the directory within the form (step 1). */
  public ReferralFormPage searchService(String text) {
    type(F + "serviceQuery", text);
    clickAndLeave(byId(F + "searchServices"));
    return new ReferralFormPage(driver);
  }

  /** The names of the services found. */
  public List<String> found() {
    return driver.findElements(By.cssSelector("#foundServices li .name")).stream()
        .map(e -> e.getText().trim())
        .toList();
  }

  /** Chooses a found service by its name: its organisation becomes the receiver. */
  public ReferralFormPage chooseService(String name) {
    for (WebElement li : driver.findElements(By.cssSelector("#foundServices li"))) {
      if (li.findElement(By.cssSelector(".name")).getText().trim().equals(name)) {
        clickAndLeave(li.findElement(By.cssSelector("input[type=submit], button")));
        return new ReferralFormPage(driver);
      }
    }
    throw new AssertionError("no service " + name + " found: " + found());
  }

  /** The receiver chosen in the list of organisations, as shown. */
  public String receiver() {
    return new Select(byId(F + "receiverOrganisationId")).getFirstSelectedOption().getText().trim();
  }

  public String chosenService() {
    return byId(F + "chosenService").getText().trim();
  }

  public ReferralFormPage receiver(String organisation) {
    new Select(byId(F + "receiverOrganisationId")).selectByVisibleText(organisation);
    return this;
  }

  /** Step 2: the student. */
  public ReferralFormPage student(
      String given, String family, String birthDate, String municipalityName) {
    type(F + "student_givenName", given);
    type(F + "student_familyName", family);
    type(F + "student_birthDate", birthDate);
    new Select(byId(F + "student_municipality")).selectByVisibleText(municipalityName);
    return this;
  }

  public ReferralFormPage contact(String phone, String channel) {
    type(F + "student_phone", phone);
    new Select(byId(F + "student_preferredChannel")).selectByValue(channel);
    return this;
  }

  /** Ticks a box of a list ({@code reason_domains}, {@code consent_categories}, ...) by value. */
  public ReferralFormPage tick(String list, String value, boolean on) {
    for (WebElement box : driver.findElements(By.name(F + list))) {
      if (value.equals(box.getAttribute("value"))) {
        if (!box.isDisplayed()) {
          ((JavascriptExecutor) driver)
              .executeScript("arguments[0].closest('details').open = true", box);
        }
        if (box.isSelected() != on) {
          box.click();
        }
        return this;
      }
    }
    throw new AssertionError("no " + value + " in " + list);
  }

  public ReferralFormPage reason(String text) {
    type(F + "reason_text", text);
    return this;
  }

  public ReferralFormPage asked(String text, boolean threeWay) {
    type(F + "asked", text);
    WebElement box = byId(F + "threeWay");
    if (box.isSelected() != threeWay) {
      box.click();
    }
    return this;
  }

  /** Chooses a radio button of a group by its value. */
  public ReferralFormPage radio(String group, String value) {
    for (WebElement r : driver.findElements(By.name(F + group))) {
      if (value.equals(r.getAttribute("value"))) {
        r.click();
        return this;
      }
    }
    throw new AssertionError("no " + value + " in " + group);
  }

  public ReferralFormPage guardian(String name) {
    type(F + "consent_guardianName", name);
    return this;
  }

  /** The summary's text (last step). */
  public String summary() {
    return byId("summary").getText();
  }

  /** The message at a field, e.g. {@code student_birthDate}; empty if none. */
  public String fieldMessage(String field) {
    return driver
        .findElements(
            By.cssSelector(
                "[id='"
                    + F
                    + field
                    + "'] ~ .ui-message, .field:has([id='"
                    + F
                    + field
                    + "']) .ui-message"))
        .stream()
        .map(e -> e.getText().trim())
        .filter(t -> !t.isEmpty())
        .findFirst()
        .orElse("");
  }

  /** Sends: the referral's page, or this form again when the service refused. */
  public ReferralPage send() {
    clickAndLeave(byId(F + "send"));
    return new ReferralPage(driver);
  }

  /** Sends, expecting the service to refuse: the form again, at the step of the first mistake. */
  public ReferralFormPage sendRefused() {
    clickAndLeave(byId(F + "send"));
    return new ReferralFormPage(driver);
  }

  public ReferralPage saveDraft() {
    clickAndLeave(byId(F + "saveDraft"));
    return new ReferralPage(driver);
  }
}
