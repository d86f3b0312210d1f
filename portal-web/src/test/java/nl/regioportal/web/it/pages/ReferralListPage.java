package nl.regioportal.web.it.pages;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The referrals of one's organisation ({@code /r/29/referrals}): sent, or received (the inbox). */
public final class ReferralListPage extends Page {

  ReferralListPage(WebDriver driver) {
    super(driver);
    expect(By.cssSelector("main #sideSent"), "the referral list");
  }

  /** A line of the list. */
  public record Row(long id, String student, String counterpart, String state, String text) {}

  public List<Row> rows() {
    return driver.findElements(By.cssSelector("#referrals tbody tr")).stream()
        .map(
            tr -> {
              List<WebElement> td = tr.findElements(By.tagName("td"));
              return new Row(
                  Long.parseLong(tr.getAttribute("data-id")),
                  td.get(0).getText().trim(),
                  td.get(1).getText().trim(),
                  tr.findElement(By.cssSelector("td.state .status")).getText().trim(),
                  tr.getText());
            })
        .toList();
  }

  public Optional<Row> row(long id) {
    return rows().stream().filter(r -> r.id() == id).findFirst();
  }

  public boolean showsReceived() {
    return "page".equals(driver.findElement(By.id("sideReceived")).getAttribute("aria-current"));
  }

  public ReferralListPage received() {
    clickAndLeave(byId("sideReceived"));
    return new ReferralListPage(driver);
  }

  public ReferralListPage sent() {
    clickAndLeave(byId("sideSent"));
    return new ReferralListPage(driver);
  }

  /** Filters by a state (its code, e.g. DELIVERED), or all with {@code null}. */
  public ReferralListPage filter(String state) {
    WebElement select = byId("state");
    new org.openqa.selenium.support.ui.Select(select).selectByValue(state == null ? "" : state);
    clickAndLeave(byId("filterApply"));
    return new ReferralListPage(driver);
  }

  /** The empty list's text, if the list is empty. */
  public Optional<String> empty() {
    return driver.findElements(By.id("noReferrals")).stream().map(WebElement::getText).findFirst();
  }

  public ReferralFormPage startNew() {
    clickAndLeave(byId("newReferral"));
    return new ReferralFormPage(driver);
  }

  public ReferralPage open(long id) {
    clickAndLeave(
        driver.findElement(By.cssSelector("#referrals tbody tr[data-id='" + id + "'] td a")));
    return new ReferralPage(driver);
  }
}
