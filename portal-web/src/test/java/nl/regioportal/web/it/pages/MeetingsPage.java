package nl.regioportal.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The meetings of the region's bodies ({@code /r/29/meetings}): coming and past meetings; for a
 * coordinator the form that schedules one (and opens it).
 */
public final class MeetingsPage extends Page {

  MeetingsPage(WebDriver driver) {
    super(driver);
    expect(By.id("comingHeading"), "the coming meetings");
  }

  /** The titles of the coming meetings, soonest first. */
  public List<String> coming() {
    return titles("coming");
  }

  public List<String> past() {
    return titles("past");
  }

  public boolean offersScheduling() {
    return has("newMeeting:scheduleButton");
  }

  /** Fills in the form and schedules (times as {@code 2026-12-15T14:00}); opens the meeting. */
  public MeetingPage schedule(
      String body, String title, String startsAt, String endsAt, String location) {
    if (submit(body, title, startsAt, endsAt, location)) {
      throw new AssertionError("The meeting was refused: " + fieldErrors() + messages());
    }
    return new MeetingPage(driver);
  }

  /** As {@link #schedule}, for a meeting that is refused: the page with its field errors. */
  public MeetingsPage scheduleRefused(
      String body, String title, String startsAt, String endsAt, String location) {
    if (!submit(body, title, startsAt, endsAt, location)) {
      throw new AssertionError("The meeting was scheduled: " + driver.getCurrentUrl());
    }
    return this;
  }

  /** Submits the form; whether the page stayed (refused) rather than opening the meeting. */
  private boolean submit(
      String body, String title, String startsAt, String endsAt, String location) {
    selectMenuByLabel("newMeeting:bodyId", body);
    type("newMeeting:title", title);
    setNative("newMeeting:startsAt", startsAt);
    setNative("newMeeting:endsAt", endsAt);
    type("newMeeting:location", location);
    String before = driver.getCurrentUrl();
    byId("newMeeting:scheduleButton").click();
    wait.until(
        d ->
            !d.getCurrentUrl().equals(before)
                || !d.findElements(By.cssSelector("[id='newMeeting'] .ui-message-error"))
                    .isEmpty());
    awaitIdle();
    return driver.getCurrentUrl().equals(before);
  }

  /** Makes a calendar link of every body and answers its address (shown this once). */
  public String makeCalendarLink() {
    clickAndAwaitUpdate(byId("calendar:makeFeed"), byId("calendar"));
    return byId("calendar:feedUrl").getAttribute("value");
  }

  public List<String> fieldErrors() {
    return driver.findElements(By.cssSelector("[id='newMeeting'] .ui-message-error")).stream()
        .map(e -> e.getText().trim())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  private List<String> titles(String table) {
    return driver.findElements(By.cssSelector("table[id='" + table + "'] a.meeting-link")).stream()
        .map(e -> e.getText().trim())
        .toList();
  }
}
