package nl.regioportal.shared;

import java.util.List;

/**
 * One thing wrong with an uploaded file, at a place a person can find: line 1 is the header line;
 * column 1 is the first column; column 0 means the whole line.
 *
 * @param key the message key (the web layer shows it in the reader's language)
 * @param args the values in the message
 * @param message the same in English, for logs and the drop folder's report
 */
public record ImportProblem(int line, int column, String key, List<Object> args, String message) {

  public ImportProblem {
    args = List.copyOf(args);
  }

  public static ImportProblem of(int line, int column, String key, String english, Object... args) {
    return new ImportProblem(line, column, key, List.of(args), english);
  }

  @Override
  public String toString() {
    return column > 0
        ? "line " + line + ", column " + column + ": " + message
        : "line " + line + ": " + message;
  }
}
