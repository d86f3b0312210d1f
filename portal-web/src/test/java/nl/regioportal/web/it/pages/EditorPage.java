package nl.regioportal.web.it.pages;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The key editor: a new arrangement with its first draft ({@code /r/29/funding/new}) or a draft's
 * key ({@code /r/29/funding/versions/{id}/edit}). Nothing is stored until {@link #save()}.
 */
public final class EditorPage extends Page {

  EditorPage(WebDriver driver) {
    super(driver);
    expect(By.id("edit:total"), "the key editor");
  }

  public EditorPage title(String title) {
    type("edit:title", title);
    return this;
  }

  public EditorPage label(String label) {
    type("edit:label", label);
    return this;
  }

  /** The total as a person types it, e.g. {@code 90000,00}. */
  public EditorPage total(String total) {
    type("edit:total", total);
    return this;
  }

  /** How many parts the key has now. */
  public int parts() {
    return driver.findElements(By.cssSelector("[id='edit:parts_data'] > tr[data-ri]")).size();
  }

  /**
   * Sets part {@code index}: its basis ({@code EQUAL} or an indicator) and percentage. The basis is
   * typed where it is a text field and chosen where it is a list.
   */
  public EditorPage part(int index, String basis, String percent) {
    setBasis("edit:parts:" + index + ":basis", basis);
    type("edit:parts:" + index + ":percent", percent);
    return this;
  }

  /** Adds an empty part (the form keeps what was entered). */
  public EditorPage addPart() {
    int before = parts();
    clickAndAwaitUpdate(byId("edit:addPart"), driver.findElement(By.id("edit:parts")));
    if (parts() != before + 1) {
      throw new AssertionError("No part was added: " + parts() + " parts; " + messages());
    }
    return this;
  }

  /** Ticks the region's municipalities by their CBS codes and takes them as participants. */
  public EditorPage choose(String... codes) {
    for (String code : codes) {
      WebElement item =
          visible(
              By.cssSelector("[id='edit:chosen'] li[role=option][aria-label$='(" + code + ")']"));
      if (!"true".equals(item.getAttribute("aria-selected"))) {
        item.findElement(By.cssSelector(".ui-chkbox-box")).click();
      }
    }
    List<String> chosen =
        new Select(driver.findElement(By.id("edit:chosen_input")))
            .getAllSelectedOptions().stream().map(o -> o.getAttribute("value")).toList();
    if (!chosen.containsAll(List.of(codes))) {
      throw new AssertionError("Chosen " + chosen + ", wanted " + List.of(codes));
    }
    clickAndAwaitUpdate(byId("edit:applyChosen"), driver.findElement(By.id("edit:values")));
    return this;
  }

  /** The participating municipalities' codes, in the values table. */
  public List<String> participants() {
    return valueRows().stream()
        .map(tr -> tr.findElement(By.cssSelector("td:first-child .hint")).getText().trim())
        .toList();
  }

  /**
   * Types a municipality's value of an indicator the key uses. The values table has a column per
   * indicator, in the order of the parts that use one, after the municipality's name.
   */
  public EditorPage value(String indicator, String code, String value) {
    int column = indicators().indexOf(indicator);
    if (column < 0) {
      throw new AssertionError("The key uses no " + indicator + ": " + indicators());
    }
    List<WebElement> cells = valueRow(code).findElements(By.xpath("./td"));
    List<WebElement> input = cells.get(1 + column).findElements(By.tagName("input"));
    if (input.isEmpty()) {
      throw new AssertionError("No field for " + indicator + " of " + code + " yet");
    }
    type(input.get(0), value);
    return this;
  }

  /** The indicators the parts use (bases other than EQUAL), in part order. */
  public List<String> indicators() {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < parts(); i++) {
      String basis = basis(i);
      if (basis != null
          && !basis.isBlank()
          && !"EQUAL".equalsIgnoreCase(basis)
          && !out.contains(basis)) {
        out.add(basis);
      }
    }
    return out;
  }

  /** Part {@code index}'s basis as the form holds it (a text field's or a list's value). */
  public String basis(int index) {
    String id = "edit:parts:" + index + ":basis";
    List<WebElement> field = driver.findElements(By.id(id));
    if (!field.isEmpty() && !"div".equals(field.get(0).getTagName())) {
      return field.get(0).getAttribute("value");
    }
    List<WebElement> hidden = driver.findElements(By.id(id + "_input"));
    return hidden.isEmpty() ? null : hidden.get(0).getAttribute("value");
  }

  /** Computes the key without storing it: every participant's amount shows in the table. */
  public EditorPage preview() {
    clickAndAwaitUpdate(byId("edit:preview"), driver.findElement(By.id("edit:values")));
    return this;
  }

  /** The amount the preview gives a municipality, if a preview is shown. */
  public Optional<String> previewAmount(String code) {
    return valueRow(code).findElements(By.cssSelector("td[style*='text-align']")).stream()
        .map(td -> td.getText().trim())
        .filter(t -> !t.isEmpty())
        .findFirst();
  }

  /** Stores the key (a new arrangement's first draft, or the draft) and shows the version. */
  public VersionPage save() {
    clickAndLeave(byId("edit:save"));
    return new VersionPage(driver);
  }

  /** Saves where the page refuses: it stays, with its messages. */
  public EditorPage saveRefused() {
    clickAndLeave(byId("edit:save"));
    return new EditorPage(driver);
  }

  private void setBasis(String id, String basis) {
    WebElement element = byId(id);
    String tag = element.getTagName();
    if ("input".equals(tag)) {
      type(element, basis);
    } else if ("select".equals(tag)) {
      // choosing a basis updates the form (the values table gains or loses a column)
      Select select = new Select(element);
      if (!basis.equals(select.getFirstSelectedOption().getAttribute("value"))) {
        select.selectByValue(basis);
        wait.until(d -> gone(element));
        awaitIdle();
      }
    } else {
      // a PrimeFaces selectOneMenu: its widget chooses the value as a click on the item would
      ((JavascriptExecutor) driver)
          .executeScript(
              "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, basis);
    }
  }

  private List<WebElement> valueRows() {
    return driver.findElements(By.cssSelector("[id='edit:values_data'] > tr[data-ri]"));
  }

  private WebElement valueRow(String code) {
    return valueRows().stream()
        .filter(
            tr ->
                tr.findElements(By.cssSelector("td:first-child .hint")).stream()
                    .anyMatch(h -> h.getText().trim().equals(code)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " does not take part: " + participants()));
  }
}
