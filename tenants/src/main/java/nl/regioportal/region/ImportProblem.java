package nl.regioportal.region;

/**
 * One thing wrong with an uploaded file, at a place a person can find: line 1 is the header line;
 * column 1 is the first column; column 0 means the whole line.
 */
public record ImportProblem(int line, int column, String message) {
  @Override
  public String toString() {
    return column > 0
        ? "line " + line + ", column " + column + ": " + message
        : "line " + line + ": " + message;
  }
}
