package nl.regioportal.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A meeting's page ({@code /r/29/meetings/{id}}): its status, agenda with decisions, actions; for a
 * coordinator the steps (publish, held, cancel) and the forms for items, decisions and actions.
 */
public final class MeetingPage extends Page {

  MeetingPage(WebDriver driver) {
    super(driver);
    expect(By.id("agendaHeading"), "the agenda");
  }

  /** The meeting's id, from its address. */
  public long id() {
    String url = driver.getCurrentUrl().replaceAll("[?#].*", "");
    return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
  }

  public String status() {
    return byId("meetingStatus").getText().trim();
  }

  /** The agenda items' text, one string each (title, type, owner, proposal, decision). */
  public List<String> items() {
    return driver.findElements(By.cssSelector("li.agenda-item")).stream()
        .map(e -> e.getText().replaceAll("\\s+", " ").trim())
        .toList();
  }

  /** The rows of an action table ({@code raised} or {@code carried}), cells joined by " | ". */
  public List<String> actions(String table) {
    return driver.findElements(By.cssSelector("table[id='" + table + "'] tbody tr")).stream()
        .map(
            tr ->
                String.join(
                    " | ",
                    tr.findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().trim())
                        .toList()))
        .toList();
  }

  public boolean offersManagement() {
    return has("newItem:addItemButton") || has("newAction:addActionButton");
  }

  /** Adds an item; {@code fundingVersion} is the chooser's label, or {@code null}. */
  public MeetingPage addItem(
      String title, String type, String owner, String proposal, String fundingVersion) {
    type("newItem:title", title);
    selectMenu("newItem:type", type);
    type("newItem:ownerName", owner);
    type("newItem:proposedDecision", proposal == null ? "" : proposal);
    if (fundingVersion != null) {
      selectMenuByLabel("newItem:fundingVersionId", fundingVersion);
    }
    clickAndAwaitUpdate(byId("newItem:addItemButton"), byId("page"));
    return this;
  }

  public MeetingPage publish() {
    clickAndConfirm(byId("steps:publish"), byId("page"));
    return this;
  }

  public MeetingPage recordHeld() {
    clickAndConfirm(byId("steps:held"), byId("page"));
    return this;
  }

  /** Opens the decision form for an item (its button), keeps the proposed wording, adopts. */
  public MeetingPage adopt(String itemTitle) {
    WebElement item =
        driver.findElements(By.cssSelector("li.agenda-item")).stream()
            .filter(li -> li.findElement(By.tagName("h3")).getText().contains(itemTitle))
            .findFirst()
            .orElseThrow(() -> new AssertionError(itemTitle + " is not on the agenda: " + items()));
    WebElement manage = byId("manage");
    item.findElement(By.cssSelector("button[id$=':chooseDecision']")).click();
    wait.until(d -> gone(manage));
    awaitIdle();
    selectMenu("decide:outcome", "ADOPTED");
    clickAndConfirm(byId("decide:decideButton"), byId("page"));
    return this;
  }

  /** Adds an action; {@code deadline} as {@code 2026-12-15}; blank owner to see the refusal. */
  public MeetingPage addAction(String description, String owner, String username, String deadline) {
    type("newAction:description", description);
    type("newAction:ownerName", owner);
    type("newAction:ownerUsername", username == null ? "" : username);
    setNative("newAction:deadline", deadline);
    clickAndAwaitUpdate(byId("newAction:addActionButton"), byId("newAction"));
    return this;
  }

  /** Marks the action with this description done (its row's button). */
  public MeetingPage markDone(String description) {
    WebElement row =
        driver.findElements(By.cssSelector("tr.action-row")).stream()
            .filter(tr -> tr.getText().contains(description))
            .findFirst()
            .orElseThrow(() -> new AssertionError(description + " is not listed"));
    clickAndAwaitUpdate(row.findElement(By.cssSelector("button[id$=':markDone']")), byId("page"));
    return this;
  }

  public List<String> fieldErrors(String form) {
    return driver.findElements(By.cssSelector("[id='" + form + "'] .ui-message-error")).stream()
        .map(e -> e.getText().trim())
        .filter(t -> !t.isEmpty())
        .toList();
  }
}
