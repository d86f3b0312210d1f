package nl.regioportal.integration.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regioportal.funding.application.IndicatorLibrary;
import nl.regioportal.funding.application.IndicatorSet;
import nl.regioportal.funding.application.UnknownIndicatorException;
import nl.regioportal.integration.DropFolderRouteTest;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.tenant.RegionCode;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class IndicatorRoutesTest extends DropFolderRouteTest {

  /** What the library was asked to import: indicator, source, date and the file's text. */
  record Import(String indicator, String source, LocalDate date, String text) {}

  private final List<Import> imports = new CopyOnWriteArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final RecordingRunner runner = new RecordingRunner();
  private RuntimeException failure;

  /** Rejects a file with a minus sign on line 2, as the real library rejects negative values. */
  private final IndicatorLibrary library =
      new IndicatorLibrary() {
        @Override
        public List<IndicatorSet> importFile(
            Reader file, String indicator, String source, LocalDate date) {
          calls.incrementAndGet();
          if (failure != null) {
            throw failure;
          }
          String text = text(file);
          if (!Set.of("youth_12_27", "early_leavers", "trajecten").contains(indicator)) {
            throw new UnknownIndicatorException(indicator, "youth_12_27, early_leavers, trajecten");
          }
          if (text.contains("-")) {
            throw new ImportRejectedException(
                List.of(ImportProblem.of(2, 2, "indicators.problem.negativeValue", "negative")));
          }
          imports.add(new Import(indicator, source, date, text));
          return List.of(new IndicatorSet(indicator, date, source, 1, 0, null, "system"));
        }
      };

  private final RegionDirectory regions =
      new RegionDirectory() {
        @Override
        public boolean exists(RegionCode code) {
          return Set.of("29", "05").contains(code.value());
        }
      };

  private IndicatorRoutes routes(Optional<String> dir) {
    IndicatorRoutes routes = new IndicatorRoutes();
    routes.library = library;
    routes.regions = regions;
    routes.runner = runner;
    routes.importDir = dir;
    return routes;
  }

  @Override
  protected RoutesBuilder routes() {
    return routes(Optional.of(importDir.toString()));
  }

  /** Region 29's folder. */
  private Path folder() {
    return folder("29");
  }

  private Path folder(String region) {
    return importDir.resolve("regions").resolve(region).resolve("indicators");
  }

  @Test
  void aWellNamedFileGoesIntoItsRegionsLibraryAndMovesToDone() {
    drop(folder(), "29_youth_12_27_2026-01-01.csv", "gemeentecode;waarde\nGM0599;812\n");

    assertThat(imports)
        .containsExactly(
            new Import(
                "youth_12_27",
                "Bestand 29_youth_12_27_2026-01-01.csv",
                LocalDate.of(2026, 1, 1),
                "gemeentecode;waarde\nGM0599;812\n"));
    assertThat(runner.ranIn).containsExactly("29");
    assertThat(filesIn(folder())).isEmpty();
    assertThat(filesIn(folder().resolve("done")))
        .singleElement()
        .asString()
        .matches("\\d{8}-\\d{6}-29_youth_12_27_2026-01-01\\.csv");
  }

  @Test
  void eachRegionHasItsOwnFolder() {
    drop(folder("05"), "05_youth_12_27_2026-01-01.csv", "gemeentecode;waarde\nGM0344;7\n");

    assertThat(runner.ranIn).containsExactly("05");
    assertThat(imports).singleElement().extracting(Import::indicator).isEqualTo("youth_12_27");
    assertThat(filesIn(folder("05").resolve("done"))).hasSize(1);
  }

  @Test
  void aFileNamingAnotherRegionThanItsFolderIsRefusedWithAReport() {
    drop(folder("29"), "05_youth_12_27_2026-01-01.csv", "gemeentecode;waarde\nGM0344;7\n");

    Path rejected = folder("29").resolve("rejected");
    assertThat(filesIn(rejected))
        .containsExactlyInAnyOrder(
            "05_youth_12_27_2026-01-01.csv", "05_youth_12_27_2026-01-01.csv.problems.txt");
    assertThat(read(rejected.resolve("05_youth_12_27_2026-01-01.csv.problems.txt")))
        .contains("region 05")
        .contains("folder of region 29");
    assertThat(calls).hasValue(0);
    assertThat(runner.ranIn).isEmpty();
  }

  @Test
  void aFolderThatIsNoRegionsRefusesItsFiles() {
    drop(folder("77"), "77_youth_12_27_2026-01-01.csv", "gemeentecode;waarde\nGM0599;1\n");

    assertThat(
            read(
                folder("77")
                    .resolve("rejected")
                    .resolve("77_youth_12_27_2026-01-01.csv.problems.txt")))
        .contains("Region 77 does not exist");
    assertThat(calls).hasValue(0);
  }

  @Test
  void aFileWithProblemsMovesToRejectedWithAReportOfEachProblem() {
    drop(folder(), "29_early_leavers_2024-10-01.csv", "gemeentecode;waarde\nGM0599;-3\n");

    Path rejected = folder().resolve("rejected");
    assertThat(filesIn(rejected))
        .containsExactlyInAnyOrder(
            "29_early_leavers_2024-10-01.csv", "29_early_leavers_2024-10-01.csv.problems.txt");
    assertThat(read(rejected.resolve("29_early_leavers_2024-10-01.csv.problems.txt")))
        .isEqualTo("line 2, column 2: negative\n");
    assertThat(calls).hasValue(1);
    assertThat(imports).isEmpty();
  }

  @Test
  void aFileWithoutRegionInItsNameIsRejectedUnread() {
    drop(folder(), "zonder-regio.csv", "gemeentecode;waarde\nGM0599;1\n");

    assertThat(read(folder().resolve("rejected").resolve("zonder-regio.csv.problems.txt")))
        .contains("{region}_{indicator}_{yyyy-mm-dd}.csv");
    assertThat(calls).hasValue(0);
  }

  @Test
  void anIndicatorTheRegionDoesNotKnowIsRefusedOnceWithAReportThatNamesTheKnownOnes() {
    drop(folder(), "29_youht_12_27_2026-01-01.csv", "gemeentecode;waarde\nGM0599;812\n");

    Path rejected = folder().resolve("rejected");
    assertThat(read(rejected.resolve("29_youht_12_27_2026-01-01.csv.problems.txt")))
        .contains("Region 29 has no indicator youht_12_27")
        .contains("youth_12_27, early_leavers, trajecten");
    assertThat(calls).as("content: not tried again").hasValue(1);
    assertThat(imports).isEmpty();
  }

  @Test
  void aFailureOtherThanTheContentIsTriedThreeTimesThenRejectedWithAReport() {
    failure = new IllegalStateException("database gone");

    drop(folder(), "29_youth_12_27_2026-01-01.csv", "gemeentecode;waarde\nGM0599;812\n");

    assertThat(calls).hasValue(3);
    String report =
        read(folder().resolve("rejected").resolve("29_youth_12_27_2026-01-01.csv.problems.txt"));
    assertThat(report).contains("could not be applied (IllegalStateException)");
    assertThat(report).doesNotContain("database gone");
  }

  @Test
  void withoutAConfiguredFolderThereIsNoRoute() throws Exception {
    for (Optional<String> none : List.of(Optional.<String>empty(), Optional.of(" "))) {
      try (DefaultCamelContext camel = new DefaultCamelContext()) {
        camel.addRoutes(routes(none));
        assertThat(camel.getRouteDefinitions()).isEmpty();
      }
    }
  }

  @Test
  void theRouteAndItsNodesKeepTheirIds() {
    assertThat(context.getRoute("indicator-import")).isNotNull();
    assertThat(context.getProcessorDefinition("indicator-import-apply")).isNotNull();
  }

  private static String text(Reader reader) {
    try {
      StringBuilder s = new StringBuilder();
      char[] buf = new char[4096];
      for (int n; (n = reader.read(buf)) > 0; ) {
        s.append(buf, 0, n);
      }
      return s.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
