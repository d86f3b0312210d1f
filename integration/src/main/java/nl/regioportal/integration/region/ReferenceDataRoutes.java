package nl.regioportal.integration.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.regioportal.integration.DropFolder;
import nl.regioportal.region.AreaImportService;
import nl.regioportal.tenant.TenantRunner;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A drop folder for CBS "Gebieden in Nederland" tables, for operators who script the yearly update:
 * a file {@code gebieden-YYYY.csv} in {@code {{portal.import.dir}}/cbs-gebieden} is applied as
 * valid from 1 January of YYYY (today when the name has no year), then moved to {@code done/}. A
 * rejected file moves to {@code rejected/} with a {@code .problems.txt} beside it that lists each
 * problem with line and column; nothing of it is applied. No folder configured: no route.
 */
@ApplicationScoped
public class ReferenceDataRoutes extends RouteBuilder {

  private static final Pattern YEAR = Pattern.compile("(20\\d{2})");

  /** Where "today" comes from; a route test sets a fixed one. */
  Clock clock = Clock.systemDefaultZone();

  @Inject AreaImportService areaImport;
  @Inject TenantRunner runner;

  @Inject
  @ConfigProperty(name = "portal.import.dir")
  java.util.Optional<String> importDir;

  @Override
  public void configure() {
    if (importDir.map(String::isBlank).orElse(true)) {
      return;
    }
    from("file:{{portal.import.dir}}/cbs-gebieden?include=.*\\.csv&" + DropFolder.OPTIONS)
        .routeId("reference-data-cbs-import")
        .convertBodyTo(String.class)
        .process(this::apply)
        .id("cbs-import-apply")
        .log("CBS table ${header.CamelFileName} applied: ${body}");
  }

  private void apply(Exchange exchange) {
    String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    String body = exchange.getIn().getBody(String.class);
    LocalDate validFrom = validFromOf(name, LocalDate.now(clock));
    var result =
        runner.runAsSystem(
            () ->
                areaImport.importTable(
                    new StringReader(body),
                    validFrom,
                    false,
                    "CBS Gebieden in Nederland: " + name));
    exchange.getIn().setBody(result.toString());
  }

  /**
   * {@code gebieden-2027.csv} is valid from 2027-01-01; a name without a year, from {@code today}
   * (passed in, so the rule does not depend on the moment it runs).
   */
  static LocalDate validFromOf(String fileName, LocalDate today) {
    var m = YEAR.matcher(fileName == null ? "" : fileName);
    return m.find() ? LocalDate.of(Integer.parseInt(m.group(1)), 1, 1) : today;
  }
}
