package nl.regioportal.web.it.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run in the page: its {@code axe.min.js} (from the npm tarball
 * the build downloads and checks, {@code -Daxe.script}) is injected with executeScript and {@code
 * axe.run} checks the WCAG 2.0/2.1 A and AA rules. Each scan's full results are written as JSON to
 * {@code -Daxe.results.dir} (the build's {@code target/axe}).
 */
public final class Axe {

  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** The impacts that fail the tests. */
  public static final Set<String> BLOCKING = Set.of("serious", "critical");

  /** One rule an element (or several) broke. */
  public record Violation(
      String rule, String impact, String help, String helpUrl, List<String> targets) {
    public boolean blocking() {
      return BLOCKING.contains(impact);
    }

    @Override
    public String toString() {
      return rule + " [" + impact + "] " + help + " (" + helpUrl + ")\n      at " + targets;
    }
  }

  /** What one scan found, on which page. */
  public record Scan(String page, String url, List<Violation> violations) {
    public List<Violation> blocking() {
      return violations.stream().filter(Violation::blocking).toList();
    }

    /** The page and each blocking violation, one to a line. */
    public String describeBlocking() {
      return page
          + " ("
          + url
          + "):\n"
          + blocking().stream().map(v -> "    " + v).collect(Collectors.joining("\n"));
    }
  }

  private final String source;
  private final Path results;

  private Axe(String source, Path results) {
    this.source = source;
    this.results = results;
  }

  /** axe-core as the build unpacked it; fails with how to get it when it is not there. */
  public static Axe load() {
    Path script = Path.of(System.getProperty("axe.script", "target/axe-core/package/axe.min.js"));
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException(
          "No axe-core at "
              + script
              + ": the build downloads it (download-maven-plugin, phase pre-integration-test);"
              + " run the ITs through Maven (mvn verify), or name the file with -Daxe.script=...");
    }
    try {
      return new Axe(
          Files.readString(script, StandardCharsets.UTF_8),
          Path.of(System.getProperty("axe.results.dir", "target/axe")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scans the page the browser shows now; writes {@code <name>.json}; returns the violations. */
  public Scan scan(WebDriver driver, String name) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(source);
    }
    Object answer =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + "   .then(function (r) { done(JSON.stringify(r)); })"
                + "   .catch(function (e) { done('axe failed: ' + e); });",
            TAGS);
    String json = String.valueOf(answer);
    if (!json.startsWith("{")) {
      throw new IllegalStateException(name + ": " + json);
    }
    try {
      Files.createDirectories(results);
      Files.writeString(results.resolve(name + ".json"), json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonObject result = Json.createReader(new StringReader(json)).readObject();
    List<Violation> violations =
        result.getJsonArray("violations").stream()
            .map(JsonValue::asJsonObject)
            .map(
                v ->
                    new Violation(
                        v.getString("id"),
                        v.isNull("impact") ? "none" : v.getString("impact"),
                        v.getString("help"),
                        v.getString("helpUrl"),
                        v.getJsonArray("nodes").stream()
                            .map(n -> target(n.asJsonObject()))
                            .toList()))
            .toList();
    return new Scan(name, result.getString("url", driver.getCurrentUrl()), violations);
  }

  /** A node's selector: a string, or a list of them for frames and shadow roots. */
  private static String target(JsonObject node) {
    return node.getJsonArray("target").stream()
        .map(t -> t instanceof JsonString s ? s.getString() : t.toString())
        .collect(Collectors.joining(" >>> "));
  }
}
