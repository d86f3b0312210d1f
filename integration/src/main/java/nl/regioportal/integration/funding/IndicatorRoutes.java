package nl.regioportal.integration.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.funding.application.IndicatorLibrary;
import nl.regioportal.funding.application.IndicatorSet;
import nl.regioportal.funding.application.UnknownIndicatorException;
import nl.regioportal.integration.DropFolder;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantRunner;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drop folders for indicator files (CBS population tables, DUO counts), one per region, for
 * operators who script the yearly update: {@code
 * {{portal.import.dir}}/regions/29/indicators/29_youth_12_27_2026-01-01.csv} goes into region 29's
 * library as indicator {@code youth_12_27} on 1 January 2026 (a reference date column in the file
 * wins), then moves to {@code done/} beside it. The indicator must be one the region knows (built
 * in or registered by a coordinator): a typo in a name never creates a new indicator. A rejected
 * file (a bad name, a name of another region than the folder's, an unknown region, an unknown
 * indicator or any problem in the file) moves to {@code rejected/} beside it with a {@code
 * .problems.txt} that lists each problem with line and column; nothing of it is applied. One folder
 * per region lets the operating system decide who may write for which region; the region in the
 * name must match, so a file cannot reach another region's library by its name. No {@code
 * portal.import.dir} configured: no route.
 */
@ApplicationScoped
public class IndicatorRoutes extends RouteBuilder {

  /** {@code {region}_{indicator}_{yyyy-mm-dd}.csv}. */
  static final Pattern NAME =
      Pattern.compile("(\\d{2})_([a-z0-9_]{2,40})_(\\d{4}-\\d{2}-\\d{2})\\.csv");

  @Inject IndicatorLibrary library;
  @Inject RegionDirectory regions;
  @Inject TenantRunner runner;

  @Inject
  @ConfigProperty(name = "portal.import.dir")
  java.util.Optional<String> importDir;

  @Override
  public void configure() {
    if (importDir.map(String::isBlank).orElse(true)) {
      return;
    }
    from("file:{{portal.import.dir}}/regions?recursive=true&minDepth=3&maxDepth=3"
            + "&antInclude=*/indicators/*.csv&"
            + DropFolder.OPTIONS)
        .routeId("indicator-import")
        .convertBodyTo(String.class)
        .process(this::apply)
        .id("indicator-import-apply")
        .log("Indicator file ${header.CamelFileName} applied: ${body}");
  }

  private void apply(Exchange exchange) {
    String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    Matcher m = NAME.matcher(name == null ? "" : name);
    if (!m.matches()) {
      throw rejected(
          "indicators.problem.fileName",
          "The file name must be {region}_{indicator}_{yyyy-mm-dd}.csv, e.g."
              + " 29_youth_12_27_2026-01-01.csv.",
          name);
    }
    String folder = folderRegion(exchange);
    if (!m.group(1).equals(folder)) {
      throw new ImportRejectedException(
          List.of(
              ImportProblem.of(
                  0,
                  0,
                  "indicators.problem.foreignRegion",
                  "The file names region "
                      + m.group(1)
                      + " but lies in the folder of region "
                      + folder
                      + "; put it in regions/"
                      + m.group(1)
                      + "/indicators/.",
                  m.group(1),
                  folder)));
    }
    RegionCode region = new RegionCode(m.group(1));
    if (!regions.exists(region)) {
      throw rejected(
          "indicators.problem.unknownRegion",
          "Region " + region + " does not exist.",
          region.value());
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(3));
    } catch (java.time.format.DateTimeParseException e) {
      throw rejected(
          "indicators.problem.badDate", "\"" + m.group(3) + "\" is not a date.", m.group(3));
    }
    String body = exchange.getIn().getBody(String.class);
    List<IndicatorSet> sets;
    try {
      sets =
          runner.runAs(
              region,
              () ->
                  library.importFile(new StringReader(body), m.group(2), "Bestand " + name, date));
    } catch (UnknownIndicatorException e) {
      // content, not a passing failure: no retries, a report beside the file
      throw new ImportRejectedException(
          List.of(
              ImportProblem.of(
                  0,
                  0,
                  "indicators.problem.unknownIndicator",
                  "Region "
                      + region
                      + " has no indicator "
                      + e.indicator()
                      + "; known indicators: "
                      + e.allowed()
                      + ". A coordinator registers a new one on the indicator library page.",
                  e.indicator(),
                  region.value(),
                  e.allowed())));
    }
    exchange.getIn().setBody(sets.toString());
  }

  /** {@code 29} for a file in {@code regions/29/indicators/}. */
  private static String folderRegion(Exchange exchange) {
    String parent = exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class);
    Path regionFolder = parent == null ? null : Path.of(parent).getParent();
    return regionFolder == null ? "" : regionFolder.getFileName().toString();
  }

  private static ImportRejectedException rejected(String key, String english, Object arg) {
    return new ImportRejectedException(
        List.of(new ImportProblem(0, 0, key, List.of(arg), english)));
  }
}
