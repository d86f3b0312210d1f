package nl.regioportal.integration.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import nl.regioportal.integration.DropFolderRouteTest;
import nl.regioportal.region.AreaImportResult;
import nl.regioportal.region.AreaImportService;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.Test;

class ReferenceDataRoutesTest extends DropFolderRouteTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

  /** What the import service was asked: the table's text, its first day, the source. */
  record Import(String text, LocalDate validFrom, boolean closeMissing, String source) {}

  private final List<Import> imports = new CopyOnWriteArrayList<>();
  private final RecordingRunner runner = new RecordingRunner();

  /** Rejects a table without the region column, as the real parser does. */
  private final AreaImportService areaImport =
      new AreaImportService() {
        @Override
        public AreaImportResult importTable(
            Reader file, LocalDate validFrom, boolean closeMissing, String source) {
          String text = new BufferedReader(file).lines().collect(Collectors.joining("\n"));
          if (!text.contains("RMC-regio code")) {
            throw new ImportRejectedException(
                List.of(
                    ImportProblem.of(1, 0, "import.problem.missingColumn", "no RMC-regio code")));
          }
          imports.add(new Import(text, validFrom, closeMissing, source));
          return new AreaImportResult(1, 1, 0, 1, 0, 0);
        }
      };

  @Override
  protected RoutesBuilder routes() {
    ReferenceDataRoutes routes = new ReferenceDataRoutes();
    routes.areaImport = areaImport;
    routes.runner = runner;
    routes.importDir = Optional.of(importDir.toString());
    routes.clock = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), ZoneOffset.UTC);
    return routes;
  }

  private Path folder() {
    return importDir.resolve("cbs-gebieden");
  }

  @Test
  void aYearInTheFileNameSetsTheFirstDayOfThatYear() {
    assertThat(ReferenceDataRoutes.validFromOf("gebieden-2027.csv", TODAY))
        .isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void aNameWithoutAYearIsValidFromTheDayItIsApplied() {
    assertThat(ReferenceDataRoutes.validFromOf("gebieden.csv", TODAY)).isEqualTo(TODAY);
    assertThat(ReferenceDataRoutes.validFromOf(null, TODAY)).isEqualTo(TODAY);
  }

  @Test
  void aDroppedTableIsAppliedAsTheSystemFromItsYearAndMovesToDone() {
    drop(folder(), "gebieden-2034.csv", "Gemeentecode;Gemeentenaam;RMC-regio code\nGM9821;X;MC03");

    assertThat(imports)
        .containsExactly(
            new Import(
                "Gemeentecode;Gemeentenaam;RMC-regio code\nGM9821;X;MC03",
                LocalDate.of(2034, 1, 1),
                false,
                "CBS Gebieden in Nederland: gebieden-2034.csv"));
    assertThat(runner.ranIn).containsExactly("system");
    assertThat(filesIn(folder())).isEmpty();
    assertThat(filesIn(folder().resolve("done"))).hasSize(1);
  }

  @Test
  void aTableWithoutAYearInItsNameIsValidFromTheRoutesToday() {
    drop(folder(), "gebieden.csv", "Gemeentecode;Gemeentenaam;RMC-regio code\nGM9821;X;MC03");

    assertThat(imports).singleElement().extracting(Import::validFrom).isEqualTo(TODAY);
  }

  @Test
  void aRejectedTableMovesToRejectedWithItsReport() {
    drop(folder(), "kapot-2034.csv", "Gemeentecode;Gemeentenaam\nGM9822;Zonder regio");

    assertThat(filesIn(folder().resolve("rejected")))
        .containsExactlyInAnyOrder("kapot-2034.csv", "kapot-2034.csv.problems.txt");
    assertThat(read(folder().resolve("rejected").resolve("kapot-2034.csv.problems.txt")))
        .isEqualTo("line 1: no RMC-regio code\n");
    assertThat(imports).isEmpty();
  }

  @Test
  void theRouteAndItsNodesKeepTheirIds() {
    assertThat(context.getRoute("reference-data-cbs-import")).isNotNull();
    assertThat(context.getProcessorDefinition("cbs-import-apply")).isNotNull();
  }
}
