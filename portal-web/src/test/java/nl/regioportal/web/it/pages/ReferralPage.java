package nl.regioportal.web.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One referral ({@code /r/29/referrals/{id}}): its facts, consent, timeline and actions. */
public final class ReferralPage extends Page {

  ReferralPage(WebDriver driver) {
    super(driver);
    expect(By.id("stateText"), "a referral's page");
  }

  /** The referral's id, from the address. */
  public long id() {
    String path = driver.getCurrentUrl().replaceAll("[?#].*", "");
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  public String state() {
    return byId("stateText").getText().trim();
  }

  /** Reloads until the state reads {@code shown} (delivery runs in the background), or fails. */
  public ReferralPage awaitState(String shown, Duration within) {
    new WebDriverWait(driver, within)
        .pollingEvery(Duration.ofMillis(500))
        .until(
            d -> {
              d.navigate().refresh();
              awaitIdle();
              return d.findElements(By.id("stateText")).stream()
                  .anyMatch(e -> e.getText().trim().equals(shown));
            });
    return new ReferralPage(driver);
  }

  public String text(String id) {
    return byId(id).getText().trim();
  }

  public String timeline() {
    return byId("timeline").getText();
  }

  public boolean offers(String action) {
    return has("actions:" + action);
  }

  /** Takes an action (a button of the actions form) and confirms the question. */
  public ReferralPage act(String action) {
    byId("actions:" + action).click();
    WebElement yes =
        visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog-yes"));
    // the action redirects to the page again (post-redirect-get): leaving is the sign it is done
    clickAndLeave(yes);
    return new ReferralPage(driver);
  }

  /** Takes an action but answers "no" to the question: nothing happens. */
  public ReferralPage actButCancel(String action) {
    byId("actions:" + action).click();
    WebElement no =
        visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no, .ui-confirmdialog-no"));
    no.click();
    new WebDriverWait(driver, TIMEOUT).until(d -> !no.isDisplayed());
    return this;
  }

  public ReferralPage choose(String selectId, String value) {
    new Select(byId("actions:" + selectId)).selectByValue(value);
    return this;
  }

  public ReferralPage write(String fieldId, String text) {
    type("actions:" + fieldId, text);
    return this;
  }

  /** Adds a file on a draft's page (the upload posts the page and comes back to it). */
  public ReferralPage attach(java.nio.file.Path file) {
    driver
        .findElement(By.cssSelector("#attachments input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    clickAndLeave(byId("attachments:upload"));
    return new ReferralPage(driver);
  }

  /** The names of the files listed, in order. */
  public java.util.List<String> attachments() {
    return driver.findElements(By.cssSelector("#attachmentTable tbody tr .file-link")).stream()
        .map(e -> e.getText().trim())
        .toList();
  }

  /** Whether files can be added here (the sender's draft under a consent for attachments). */
  public boolean offersUpload() {
    return !driver.findElements(By.cssSelector("#attachments input[type=file]")).isEmpty();
  }

  /** Whether a file of the list can be removed here (the sender's draft). */
  public boolean offersRemoval() {
    return !driver.findElements(By.cssSelector("#attachmentTable button[id$=':remove']")).isEmpty();
  }

  /** The message shown at the file field, or "" when none. */
  public String fileMessage() {
    return driver.findElements(By.cssSelector("#attachments .ui-message-error")).stream()
        .map(e -> e.getText().trim())
        .findFirst()
        .orElse("");
  }
}
