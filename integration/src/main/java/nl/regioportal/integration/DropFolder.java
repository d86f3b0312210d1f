package nl.regioportal.integration;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import org.apache.camel.Exchange;

/**
 * What the drop-folder routes share: the file endpoint's options (CSV files only, moved to {@code
 * done/} or {@code rejected/} beside them) and the report of a rejected file, beside it in {@code
 * rejected/}.
 */
public final class DropFolder {

  /**
   * The options of every drop folder's file endpoint: CSV files in UTF-8, a file is read once its
   * size stops changing, then moved to {@code done/} (with a time stamp) or to {@code rejected/}
   * beside it (in its own folder also when the endpoint reads sub-folders).
   */
  public static final String OPTIONS =
      "charset=UTF-8&move=${file:parent}/done/${date:now:yyyyMMdd-HHmmss}-${file:onlyname}"
          + "&moveFailed=${file:parent}/rejected/${file:onlyname}&readLock=changed";

  private DropFolder() {}

  /** Writes {@code rejected/<file>.problems.txt}: each problem with its line and column. */
  public static void writeProblemReport(Exchange exchange) throws Exception {
    ImportRejectedException e =
        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ImportRejectedException.class);
    writeReport(exchange, e.problems());
  }

  /**
   * Writes {@code rejected/<file>.problems.txt} for a file that failed for another reason than its
   * content; the details are in the server log, not in the folder.
   */
  public static void writeFailureReport(Exchange exchange) throws Exception {
    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    String kind = e == null ? "unknown error" : e.getClass().getSimpleName();
    writeReport(
        exchange,
        List.of(
            ImportProblem.of(
                0,
                0,
                "import.problem.failed",
                "The file could not be applied ("
                    + kind
                    + "); nothing of it was applied. Drop it again later, or see the server log.",
                kind)));
  }

  private static void writeReport(Exchange exchange, List<ImportProblem> problems)
      throws Exception {
    String file = exchange.getIn().getHeader(Exchange.FILE_PATH, String.class);
    if (file == null) {
      return; // not from a drop folder: the error handler's log is the report
    }
    Path report =
        Path.of(file)
            .resolveSibling("rejected")
            .resolve(Path.of(file).getFileName() + ".problems.txt");
    Files.createDirectories(report.getParent());
    // written beside it under another name, then moved in one step: whoever watches the folder
    // (a person, a partner's script, a test) never reads half a report
    Path partial = Files.createTempFile(report.getParent(), ".problems-", ".part");
    try {
      Files.writeString(
          partial,
          problems.stream()
              .map(ImportProblem::toString)
              .collect(Collectors.joining("\n", "", "\n")),
          StandardCharsets.UTF_8);
      Files.move(
          partial,
          report,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
