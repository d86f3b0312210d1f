package nl.regioportal.integration.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.regioportal.directory.hsds.HsdsImport;
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
 * A drop folder per region for HSDS 3.0 packages, for a region that keeps its social map elsewhere
 * and exports it: {@code {{portal.import.dir}}/regions/29/directory/*.json} is imported into region
 * 29's directory (an organization package, all or nothing: {@link HsdsImport}), then moves to
 * {@code done/}; a refused package moves to {@code rejected/} with a {@code .problems.txt} naming
 * each problem's record and field (the one error policy of every route, {@code RouteErrorPolicy}).
 * The folder decides the region, never the file. No {@code portal.import.dir} configured: no route.
 */
@ApplicationScoped
public class HsdsImportRoutes extends RouteBuilder {

  @Inject HsdsImport importer;
  @Inject RegionDirectory regions;
  @Inject TenantRunner runner;

  @Inject
  @ConfigProperty(name = "portal.import.dir")
  Optional<String> importDir;

  @Override
  public void configure() {
    if (importDir.map(String::isBlank).orElse(true)) {
      return;
    }
    from("file:{{portal.import.dir}}/regions?recursive=true&minDepth=3&maxDepth=3"
            + "&antInclude=*/directory/*.json&"
            + DropFolder.OPTIONS)
        .routeId("directory-hsds-import")
        .convertBodyTo(String.class)
        .process(this::apply)
        .id("directory-hsds-import-apply")
        .log("HSDS package ${header.CamelFileName} imported: ${body}");
  }

  private void apply(Exchange exchange) {
    String parent = exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class);
    Path folder = parent == null ? null : Path.of(parent).getParent();
    String code = folder == null ? "" : folder.getFileName().toString();
    if (!code.matches("\\d{2}") || !regions.exists(new RegionCode(code))) {
      throw new ImportRejectedException(
          List.of(
              ImportProblem.at(
                  "file",
                  null,
                  "indicators.problem.unknownRegion",
                  "Region " + code + " does not exist.",
                  code)));
    }
    String body = exchange.getIn().getBody(String.class);
    HsdsImport.Report report = runner.runAs(new RegionCode(code), () -> importer.importJson(body));
    exchange.getIn().setBody(report.toString());
  }
}
