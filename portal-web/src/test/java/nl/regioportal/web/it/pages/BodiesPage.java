package nl.regioportal.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The region's governing bodies ({@code /r/29/bodies}): every body with its seats and today's
 * holders; for a coordinator the forms for a new body, seat and term, and the seat actions.
 */
public final class BodiesPage extends Page {

  BodiesPage(WebDriver driver) {
    super(driver);
    expect(By.id("list"), "the bodies");
  }

  /** The names of the bodies, as headed on the page. */
  public List<String> bodies() {
    return driver.findElements(By.cssSelector("section.body h2")).stream()
        .map(e -> e.getText().trim())
        .toList();
  }

  /** The rows of a body's seat table, each as its cells' text joined with " | ". */
  public List<String> seats(String body) {
    return section(body).findElements(By.cssSelector("table.seats tbody tr")).stream()
        .map(
            tr ->
                String.join(
                    " | ",
                    tr.findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().trim())
                        .toList()))
        .toList();
  }

  /** Whether the page offers the coordinator's forms. */
  public boolean offersManagement() {
    return has("newBody:create");
  }

  public BodiesPage addBody(String name, String kind) {
    type("newBody:name", name);
    selectMenu("newBody:kind", kind);
    clickAndAwaitUpdate(byId("newBody:create"), byId("newBody"));
    return this;
  }

  /** Adds a seat to a body (chosen by name); {@code organisation} by name, or {@code null}. */
  public BodiesPage addSeat(String body, String role, String organisation, String label) {
    selectMenuByLabel("newSeat:bodyId", body);
    selectMenu("newSeat:role", role);
    if (organisation != null) {
      selectMenuByLabel("newSeat:organisationId", organisation);
    }
    type("newSeat:label", label);
    clickAndAwaitUpdate(byId("newSeat:add"), byId("newSeat"));
    return this;
  }

  /** Adds a term to the seat whose choice reads {@code seat}; dates as dd-MM-yyyy. */
  public BodiesPage addTerm(String seat, String person, String start, String end) {
    selectMenuByLabel("newTerm:seat", seat);
    type("newTerm:personName", person);
    type("newTerm:startDate_input", start);
    type("newTerm:endDate_input", end == null ? "" : end);
    clickAndAwaitUpdate(byId("newTerm:add"), byId("newTerm"));
    return this;
  }

  /** The error messages shown at the fields of a form. */
  public List<String> fieldErrors(String form) {
    return driver.findElements(By.cssSelector("[id='" + form + "'] .ui-message-error")).stream()
        .map(e -> e.getText().trim())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** Ends the term of the seat's holder in a body (the row's button, then "yes"). */
  public BodiesPage endTerm(String body, String holder) {
    WebElement row =
        section(body).findElements(By.cssSelector("table.seats tbody tr")).stream()
            .filter(tr -> tr.getText().contains(holder))
            .findFirst()
            .orElseThrow(() -> new AssertionError(holder + " holds no seat of " + body));
    WebElement form = byId("list");
    row.findElement(By.cssSelector("button[id$=':endTerm']")).click();
    clickAndAwaitUpdate(
        visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog-yes")),
        form);
    return this;
  }

  private WebElement section(String body) {
    return driver.findElements(By.cssSelector("section.body")).stream()
        .filter(s -> s.findElement(By.tagName("h2")).getText().trim().equals(body))
        .findFirst()
        .orElseThrow(() -> new AssertionError(body + " is not on the page: " + bodies()));
  }
}
