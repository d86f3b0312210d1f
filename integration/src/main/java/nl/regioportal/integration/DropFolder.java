package nl.regioportal.integration;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import org.apache.camel.Exchange;

/** What the drop-folder routes share: the report of a rejected file, beside it in rejected/. */
public final class DropFolder {

  private DropFolder() {}

  /** Writes {@code rejected/<file>.problems.txt}: each problem with its line and column. */
  public static void writeProblemReport(Exchange exchange) throws Exception {
    ImportRejectedException e =
        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ImportRejectedException.class);
    String file = exchange.getIn().getHeader(Exchange.FILE_PATH, String.class);
    Path report =
        Path.of(file)
            .resolveSibling("rejected")
            .resolve(Path.of(file).getFileName() + ".problems.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(
        report,
        e.problems().stream()
            .map(ImportProblem::toString)
            .collect(Collectors.joining("\n", "", "\n")),
        StandardCharsets.UTF_8);
  }
}
