package nl.regioportal.web.it.browser;

import java.nio.file.Path;

/**
 * The screenshots of one journey, numbered in the order taken and named by step: {@code
 * <journey>-01-<step>.png}, so the folder reads as the story.
 */
public final class Steps {

  private final Screenshots screenshots;
  private final String journey;
  private int step;

  public Steps(Screenshots screenshots, String journey) {
    this.screenshots = screenshots;
    this.journey = journey;
  }

  public Path shot(String name) {
    step++;
    return screenshots.take(String.format("%s-%02d-%s", journey, step, name));
  }
}
