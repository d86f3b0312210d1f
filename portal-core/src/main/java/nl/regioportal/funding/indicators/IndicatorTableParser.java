package nl.regioportal.funding.indicators;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.shared.Decimals;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an indicator file strictly: a header line, then one line per municipality with its value.
 * Semicolon- or comma-separated (the header line decides), UTF-8 with or without a byte order mark.
 *
 * <p>Columns are found by their name in the header, in any order, without regard to case or
 * surrounding spaces; other columns are ignored:
 *
 * <ul>
 *   <li>{@code gemeentecode} or {@code municipality_code} (required): {@code GM0599}, or as DUO
 *       writes it {@code 0599} or {@code 599};
 *   <li>{@code gemeentenaam} or {@code municipality_name} (optional): only used in messages;
 *   <li>{@code waarde}, {@code value} or {@code aantal} (required): a number, not negative, with at
 *       most one decimal separator ({@code .} or {@code ,}) and no thousands separators; a value
 *       such as {@code 1.234} is refused as ambiguous;
 *   <li>{@code peildatum} or {@code reference_date}: {@code 2026-01-01} or {@code 01-01-2026};
 *       required unless a reference date is given for the whole upload, which a row's own date
 *       overrides;
 *   <li>{@code indicatieavg} or {@code suppressed} (optional): {@code J}, {@code Y} or {@code true}
 *       when the value is a suppressed count that DUO publishes as 4; {@code N}, {@code false} or
 *       empty otherwise.
 * </ul>
 *
 * <p>Pure: it reads and checks the file and reports every problem with its line and column (line 1
 * is the first line of the file, normally the header; column 0 means the whole line); a file with
 * any problem gives no rows at all. It applies nothing. At most {@value #MAX_DATA_LINES}
 * municipality lines are accepted; after {@value #MAX_PROBLEMS} problems checking stops.
 */
public final class IndicatorTableParser {

  /** The most municipality lines a file may have (the Netherlands has fewer than 400). */
  public static final int MAX_DATA_LINES = 5_000;

  /** The most problems reported for one file; checking stops after these. */
  public static final int MAX_PROBLEMS = 200;

  /** The largest file read, in characters. */
  static final int MAX_CHARS = 10_000_000;

  /**
   * A parsed table, or the problems that reject the file (never both).
   *
   * @param table the table when the file was accepted, else {@code null}
   * @param problems every problem found; empty when the file was accepted
   */
  public record Result(IndicatorTable table, List<ImportProblem> problems) {

    /** Checks that there is either a table or at least one problem. */
    public Result {
      problems = List.copyOf(problems);
      if ((table == null) == problems.isEmpty()) {
        throw new IllegalArgumentException("A result has either a table or problems");
      }
    }

    /** True when the file passed every check. */
    public boolean accepted() {
      return problems.isEmpty();
    }

    /**
     * The table.
     *
     * @throws ImportRejectedException with every problem when the file was rejected
     */
    public IndicatorTable tableOrThrow() {
      if (!accepted()) {
        throw new ImportRejectedException(problems);
      }
      return table;
    }
  }

  private enum Column {
    MUNICIPALITY("gemeentecode", "municipality_code"),
    NAME("gemeentenaam", "municipality_name"),
    VALUE("waarde", "value", "aantal"),
    REFERENCE_DATE("peildatum", "reference_date"),
    SUPPRESSED("indicatieavg", "suppressed");

    final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }
  }

  /** Each accepted header name, lower-case, and the column it names. */
  private static final Map<String, Column> HEADER_NAMES = headerNames();

  private static Map<String, Column> headerNames() {
    Map<String, Column> names = new HashMap<>();
    for (Column c : Column.values()) {
      c.names.forEach(name -> names.put(name, c));
    }
    return Map.copyOf(names);
  }

  private static final Pattern FULL_CODE =
      Pattern.compile("GM([0-9]{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHORT_CODE = Pattern.compile("[0-9]{1,4}");
  private static final Pattern INTEGER = Pattern.compile("[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("([0-9]+)[.,]([0-9]+)");

  /** One separator, a first group of 1-3 digits and exactly three after: 1.234 or 1,234. */
  private static final Pattern AMBIGUOUS = Pattern.compile("[1-9][0-9]{0,2}[.,][0-9]{3}");

  /** Digits in groups of three, with or without decimals: 1.234.567, 1,234.5, 1 234. */
  private static final Pattern GROUPED =
      Pattern.compile("[0-9]{1,3}([.,' \u00A0\u202F\u2019][0-9]{3})+([.,][0-9]+)?");

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DUTCH_DATE = Pattern.compile("[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DUTCH =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  /**
   * Reads and checks an indicator file.
   *
   * @param input the file's text; read to its end, not closed
   * @param indicator the indicator the file gives, e.g. {@code youth_12_27} (see {@link
   *     IndicatorTable#isValidIndicator(String)})
   * @param source where the numbers came from, e.g. {@code CBS StatLine 03759ned} (see {@link
   *     IndicatorTable#isValidSource(String)})
   * @param defaultReferenceDate the reference date of rows that give none; {@code null} when every
   *     row must give its own
   * @return the table, or every problem found
   * @throws IllegalArgumentException when {@code indicator} or {@code source} is not valid (they
   *     are checked before the file is read)
   */
  public Result parse(
      Reader input, String indicator, String source, LocalDate defaultReferenceDate) {
    Objects.requireNonNull(input, "input is required");
    if (!IndicatorTable.isValidIndicator(indicator)) {
      throw new IllegalArgumentException(
          "An indicator name is 2-40 lower-case letters, digits or underscores, and not"
              + " \"equal\": "
              + indicator);
    }
    if (!IndicatorTable.isValidSource(source)) {
      throw new IllegalArgumentException(
          "A source is 1-"
              + IndicatorTable.MAX_SOURCE_LENGTH
              + " characters of text without control characters");
    }
    String text;
    try {
      text = readAll(input);
    } catch (IOException e) {
      String reason = String.valueOf(e.getMessage());
      return rejected(
          problem(
              1,
              0,
              "indicators.problem.unreadable",
              "The file could not be read (" + reason + ").",
              reason));
    }
    if (text == null) {
      return rejected(
          problem(
              1,
              0,
              "indicators.problem.tooLarge",
              "The file is too large (more than " + MAX_CHARS / 1_000_000 + " MB).",
              MAX_CHARS / 1_000_000));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return rejected(problem(1, 0, "indicators.problem.empty", "The file is empty."));
    }
    return new Reading(text, defaultReferenceDate).read(indicator, source);
  }

  /** The state of reading one file. */
  private static final class Reading {
    private final String text;
    private final LocalDate defaultReferenceDate;
    private final int[] lineStarts;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<IndicatorRow> rows = new ArrayList<>();
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final Map<String, Integer> seenMunicipality = new HashMap<>();
    private int headerSize;

    Reading(String text, LocalDate defaultReferenceDate) {
      this.text = text;
      this.defaultReferenceDate = defaultReferenceDate;
      this.lineStarts = lineStarts(text);
    }

    Result read(String indicator, String source) {
      String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
      char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setIgnoreSurroundingSpaces(true)
              .setIgnoreEmptyLines(false) // skipped below, keeping positions true
              .get();
      int dataLines = 0;
      int headerLine = 1;
      boolean header = true;
      boolean capped = false;
      CSVParser parser = null;
      int linesRead = 0; // a record that fails to parse starts on the line after these
      try {
        parser = CSVParser.parse(text, format);
        for (CSVRecord record : parser) {
          linesRead = (int) parser.getCurrentLineNumber();
          if (record.size() == 1 && record.get(0).isBlank()) {
            continue;
          }
          int line = lineOf(record.getCharacterPosition());
          if (header) {
            header = false;
            headerLine = line;
            readHeader(record, line);
            if (!problems.isEmpty()) {
              return new Result(null, problems);
            }
            continue;
          }
          dataLines++;
          if (dataLines > MAX_DATA_LINES) {
            problems.add(
                problem(
                    line,
                    0,
                    "indicators.problem.tooManyLines",
                    "The file has more than "
                        + MAX_DATA_LINES
                        + " municipality lines; it was not read further.",
                    MAX_DATA_LINES));
            break;
          }
          if (capped) {
            continue; // still counting lines, no longer checking them
          }
          if (problems.size() >= MAX_PROBLEMS) {
            capped = true;
            problems.add(
                problem(
                    line,
                    0,
                    "indicators.problem.tooManyProblems",
                    "Too many problems; checking stopped here."));
            continue;
          }
          readRow(record, line);
        }
      } catch (IOException | UncheckedIOException e) {
        String reason = String.valueOf(e.getMessage());
        int line = linesRead + 1;
        problems.add(
            problem(
                line,
                0,
                "indicators.problem.notCsv",
                "The file is not valid CSV (" + reason + ").",
                reason));
      } finally {
        if (parser != null) {
          try {
            parser.close();
          } catch (IOException ignored) {
            // reading a string: nothing to release
          }
        }
      }
      if (header && problems.isEmpty()) {
        problems.add(problem(1, 0, "indicators.problem.empty", "The file is empty."));
      }
      if (problems.isEmpty() && rows.isEmpty()) {
        problems.add(
            problem(
                headerLine + 1,
                0,
                "indicators.problem.noRows",
                "The file has a header but no municipality lines."));
      }
      return problems.isEmpty()
          ? new Result(new IndicatorTable(indicator, source, rows), List.of())
          : new Result(null, problems);
    }

    private void readHeader(CSVRecord record, int line) {
      headerSize = record.size();
      for (int i = 0; i < record.size(); i++) {
        String name = record.get(i).strip();
        Column column = HEADER_NAMES.get(name.toLowerCase(Locale.ROOT));
        if (column == null) {
          continue;
        }
        Integer earlier = columns.putIfAbsent(column, i);
        if (earlier != null) {
          problems.add(
              problem(
                  line,
                  i + 1,
                  "indicators.problem.duplicateColumn",
                  "Column \""
                      + name
                      + "\" gives the same as column "
                      + (earlier + 1)
                      + "; keep only one of them.",
                  name,
                  earlier + 1));
        }
      }
      for (Column required : List.of(Column.MUNICIPALITY, Column.VALUE)) {
        if (!columns.containsKey(required)) {
          String accepted = String.join(", ", required.names);
          problems.add(
              problem(
                  line,
                  0,
                  "indicators.problem.missingColumn",
                  "Required column \""
                      + required.names.get(0)
                      + "\" is missing (accepted names: "
                      + accepted
                      + ").",
                  required.names.get(0),
                  accepted));
        }
      }
      if (!columns.containsKey(Column.REFERENCE_DATE) && defaultReferenceDate == null) {
        problems.add(
            problem(
                line,
                0,
                "indicators.problem.missingReferenceDate",
                "Column \"peildatum\" (or reference_date) is missing and no reference date was"
                    + " given for the whole upload."));
      }
    }

    private void readRow(CSVRecord record, int line) {
      if (record.size() != headerSize) {
        problems.add(
            problem(
                line,
                0,
                "indicators.problem.fieldCount",
                "This line has " + record.size() + " fields; the header has " + headerSize + ".",
                record.size(),
                headerSize));
        return;
      }
      int before = problems.size();
      String code = municipality(record, line);
      String shownCode = code != null ? code : cell(record, Column.MUNICIPALITY).orElse("?");
      String label =
          cell(record, Column.NAME).map(name -> shownCode + " (" + name + ")").orElse(shownCode);
      BigDecimal value = value(record, line);
      Boolean suppressed = suppressed(record, line);
      LocalDate referenceDate = referenceDate(record, line);
      if (Boolean.TRUE.equals(suppressed) && value != null && value.compareTo(FOUR) != 0) {
        String raw = cell(record, Column.VALUE).orElse("");
        problems.add(
            problem(
                line,
                columns.get(Column.VALUE) + 1,
                "indicators.problem.suppressedNotFour",
                label
                    + " is flagged as suppressed but its value is "
                    + raw
                    + "; DUO publishes suppressed counts (below 5) as 4.",
                label,
                raw));
      }
      if (code != null) {
        Integer earlier = seenMunicipality.putIfAbsent(code, line);
        if (earlier != null) {
          problems.add(
              problem(
                  line,
                  columns.get(Column.MUNICIPALITY) + 1,
                  "indicators.problem.duplicateMunicipality",
                  label + " appears twice (also on line " + earlier + ").",
                  label,
                  earlier));
        }
      }
      if (problems.size() == before) {
        rows.add(new IndicatorRow(line, code, value, suppressed, referenceDate));
      }
    }

    /** The normalised code, or null after adding a problem. */
    private String municipality(CSVRecord record, int line) {
      int column = columns.get(Column.MUNICIPALITY) + 1;
      Optional<String> raw = cell(record, Column.MUNICIPALITY);
      if (raw.isEmpty()) {
        problems.add(
            problem(
                line,
                column,
                "indicators.problem.noMunicipality",
                "The municipality code is empty."));
        return null;
      }
      String s = raw.get();
      Matcher full = FULL_CODE.matcher(s);
      if (full.matches()) {
        return "GM" + full.group(1);
      }
      if (SHORT_CODE.matcher(s).matches()) {
        return "GM" + "0".repeat(4 - s.length()) + s;
      }
      problems.add(
          problem(
              line,
              column,
              "indicators.problem.badMunicipality",
              "\""
                  + s
                  + "\" is not a municipality code (GM and four digits, e.g. GM0599, or the"
                  + " number alone, e.g. 0599).",
              s));
      return null;
    }

    /** The value, or null after adding a problem. */
    private BigDecimal value(CSVRecord record, int line) {
      int column = columns.get(Column.VALUE) + 1;
      Optional<String> cell = cell(record, Column.VALUE);
      if (cell.isEmpty()) {
        problems.add(problem(line, column, "indicators.problem.noValue", "The value is empty."));
        return null;
      }
      String raw = cell.get();
      if (raw.length() > Decimals.MAX_LENGTH) {
        return outOfLimits(raw, line, column);
      }
      boolean minus = raw.startsWith("-");
      String digits = minus ? raw.substring(1) : raw;
      BigDecimal value = null;
      if (INTEGER.matcher(digits).matches()) {
        value = Decimals.plain(digits).orElse(null);
      } else if (AMBIGUOUS.matcher(digits).matches()) {
        problems.add(
            problem(
                line,
                column,
                "indicators.problem.ambiguousValue",
                "\""
                    + raw
                    + "\" is ambiguous: the separator could be a thousands separator. Write whole"
                    + " numbers without separators (1234); a decimal number needs more or fewer"
                    + " than three decimals (1,2340).",
                raw));
        return null;
      } else if (DECIMAL.matcher(digits).matches()) {
        value = Decimals.plain(digits.replace(',', '.')).orElse(null);
      } else if (GROUPED.matcher(digits).matches()) {
        problems.add(
            problem(
                line,
                column,
                "indicators.problem.thousandsSeparator",
                "\""
                    + raw
                    + "\" has a thousands separator; write numbers without one (e.g. 1234567),"
                    + " with at most one decimal separator (e.g. 12,5).",
                raw));
        return null;
      } else {
        problems.add(
            problem(
                line,
                column,
                "indicators.problem.notANumber",
                "\"" + raw + "\" is not a number (e.g. 1234 or 12,5).",
                raw));
        return null;
      }
      if (value == null) {
        return outOfLimits(raw, line, column);
      }
      if (minus && value.signum() != 0) {
        problems.add(
            problem(
                line,
                column,
                "indicators.problem.negativeValue",
                "\"" + raw + "\" is negative; an indicator value is zero or more.",
                raw));
        return null;
      }
      return value.signum() == 0 ? value.abs() : value;
    }

    /** A value beyond the limits of {@link Decimals}: a problem, never a number; null. */
    private BigDecimal outOfLimits(String raw, int line, int column) {
      String shown = raw.length() > 20 ? raw.substring(0, 20) + "\u2026" : raw;
      problems.add(
          problem(
              line,
              column,
              "indicators.problem.valueOutOfLimits",
              "\""
                  + shown
                  + "\" has too many digits (at most "
                  + Decimals.MAX_LENGTH
                  + " characters, "
                  + Decimals.MAX_DIGITS
                  + " significant digits and "
                  + Decimals.MAX_DECIMALS
                  + " decimals).",
              shown,
              Decimals.MAX_LENGTH,
              Decimals.MAX_DIGITS,
              Decimals.MAX_DECIMALS));
      return null;
    }

    /**
     * Whether the value is a suppressed count (false without the column), or null after adding a
     * problem.
     */
    private Boolean suppressed(CSVRecord record, int line) {
      Optional<String> raw = cell(record, Column.SUPPRESSED);
      if (raw.isEmpty()) {
        return Boolean.FALSE;
      }
      switch (raw.get().toUpperCase(Locale.ROOT)) {
        case "J", "Y", "TRUE":
          return Boolean.TRUE;
        case "N", "FALSE":
          return Boolean.FALSE;
        default:
          problems.add(
              problem(
                  line,
                  columns.get(Column.SUPPRESSED) + 1,
                  "indicators.problem.badFlag",
                  "\""
                      + raw.get()
                      + "\" is not a suppression flag (J, N, Y, true, false or empty).",
                  raw.get()));
          return null;
      }
    }

    /** The row's date, else the default, or null after adding a problem. */
    private LocalDate referenceDate(CSVRecord record, int line) {
      Optional<String> raw = cell(record, Column.REFERENCE_DATE);
      if (raw.isEmpty()) {
        if (defaultReferenceDate == null) {
          problems.add(
              problem(
                  line,
                  columns.get(Column.REFERENCE_DATE) + 1,
                  "indicators.problem.noReferenceDate",
                  "The reference date is empty and no reference date was given for the whole"
                      + " upload."));
        }
        return defaultReferenceDate;
      }
      String s = raw.get();
      try {
        if (ISO_DATE.matcher(s).matches()) {
          return LocalDate.parse(s, ISO);
        }
        if (DUTCH_DATE.matcher(s).matches()) {
          return LocalDate.parse(s, DUTCH);
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      problems.add(
          problem(
              line,
              columns.get(Column.REFERENCE_DATE) + 1,
              "indicators.problem.badDate",
              "\"" + s + "\" is not a date (e.g. 2026-01-01 or 01-01-2026).",
              s));
      return null;
    }

    private Optional<String> cell(CSVRecord record, Column column) {
      Integer index = columns.get(column);
      if (index == null || index >= record.size()) {
        return Optional.empty();
      }
      String v = record.get(index).strip();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The 1-based line on which the character at {@code position} stands. */
    private int lineOf(long position) {
      int i = Arrays.binarySearch(lineStarts, (int) position);
      return i >= 0 ? i + 1 : -i - 1;
    }
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static Result rejected(ImportProblem problem) {
    return new Result(null, List.of(problem));
  }

  private static ImportProblem problem(
      int line, int column, String key, String english, Object... args) {
    return new ImportProblem(line, column, key, List.of(args), english);
  }

  /** The whole text, or null when it is longer than {@link #MAX_CHARS}. */
  private static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) != -1) {
      sb.append(buffer, 0, n);
      if (sb.length() > MAX_CHARS) {
        return null;
      }
    }
    return sb.toString();
  }
}
