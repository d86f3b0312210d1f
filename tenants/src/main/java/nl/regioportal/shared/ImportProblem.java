package nl.regioportal.shared;

import java.util.List;

/**
 * One thing wrong with an uploaded file, at a place a person can find: line 1 is the header line;
 * column 1 is the first column; column 0 means the whole line. A file of records (an HSDS package)
 * names the {@code record} instead (e.g. {@code organizations[0].services[2] "Geldcafé"}) and its
 * {@code field}; its line and column are 0.
 *
 * @param key the message key (the web layer shows it in the reader's language)
 * @param args the values in the message
 * @param message the same in English, for logs and the drop folder's report
 */
public record ImportProblem(
    int line,
    int column,
    String key,
    List<Object> args,
    String message,
    String record,
    String field) {

  public ImportProblem {
    args = List.copyOf(args);
  }

  public ImportProblem(int line, int column, String key, List<Object> args, String message) {
    this(line, column, key, args, message, null, null);
  }

  /** A problem of a record (and one of its fields, or null for the whole record). */
  public static ImportProblem at(
      String record, String field, String key, String english, Object... args) {
    return new ImportProblem(0, 0, key, List.of(args), english, record, field);
  }

  public static ImportProblem of(int line, int column, String key, String english, Object... args) {
    return new ImportProblem(line, column, key, List.of(args), english);
  }

  @Override
  public String toString() {
    if (record != null) {
      return record + (field == null ? "" : ", " + field) + ": " + message;
    }
    return column > 0
        ? "line " + line + ", column " + column + ": " + message
        : "line " + line + ": " + message;
  }
}
