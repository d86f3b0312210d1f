package nl.regioportal.shared;

import java.util.List;

/** A file was rejected as a whole; nothing of it was applied. */
public class ImportRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<ImportProblem> problems;

  public ImportRejectedException(List<ImportProblem> problems) {
    super("The file was rejected: " + problems.size() + " problem(s); nothing was applied");
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
