package nl.regioportal.region;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CBS "Gebieden in Nederland" layout: a header line, then one line per municipality.
 * Semicolon- or comma-separated (as CBS and spreadsheets export it). Required columns, matched on
 * their name without case, spaces or punctuation: {@code Gemeentecode} (or {@code GemeentecodeGM}),
 * {@code Gemeentenaam}, {@code RMC-regio code}; optional: {@code RMC-regio's naam}. Codes may be
 * written {@code GM0599}, {@code 0599} or {@code 599}, and {@code MC29}, {@code RM29} or {@code
 * 29}.
 *
 * <p>Pure: it reads and checks the file and reports every problem with its line and column; it
 * applies nothing.
 */
public final class CbsAreaTableParser {

  /** A parsed table, or the problems that reject it (never both). */
  public record Result(List<CbsAreaRow> rows, List<ImportProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private static final int MAX_PROBLEMS = 200;

  private static final Map<String, String> HEADER_ALIASES =
      Map.of(
          "gemeentecode", "municipality",
          "gemeentecodegm", "municipality",
          "gemeentenaam", "municipalityName",
          "rmcregiocode", "region",
          "rmcregio", "region",
          "rmcregiosnaam", "regionName",
          "rmcregionaam", "regionName",
          "rmcregionaamkort", "regionName");

  public Result parse(Reader input) {
    List<ImportProblem> problems = new ArrayList<>();
    List<CbsAreaRow> rows = new ArrayList<>();
    String text;
    try {
      text = readAll(input);
    } catch (IOException e) {
      return new Result(
          List.of(),
          List.of(
              ImportProblem.of(
                  1,
                  0,
                  "import.problem.unreadable",
                  "The file could not be read: " + e.getMessage(),
                  String.valueOf(e.getMessage()))));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return new Result(
          List.of(), List.of(ImportProblem.of(1, 0, "import.problem.empty", "The file is empty.")));
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Map<String, Integer> columns = new HashMap<>();
      Map<String, Integer> seenMunicipality = new HashMap<>();
      boolean header = true;
      for (CSVRecord record : parser) {
        int line = (int) record.getRecordNumber();
        if (header) {
          header = false;
          readHeader(record, columns, problems);
          if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
          }
          continue;
        }
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        parseRow(record, line, columns, seenMunicipality, rows, problems);
        if (problems.size() >= MAX_PROBLEMS) {
          problems.add(
              ImportProblem.of(
                  line, 0, "import.problem.tooMany", "Too many problems; checking stopped here."));
          break;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(
          ImportProblem.of(
              0,
              0,
              "import.problem.notCsv",
              "The file is not valid CSV: " + e.getMessage(),
              String.valueOf(e.getMessage())));
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      problems.add(
          ImportProblem.of(
              2, 0, "import.problem.noRows", "The file has a header but no municipalities."));
    }
    return problems.isEmpty()
        ? new Result(List.copyOf(rows), List.of())
        : new Result(List.of(), problems);
  }

  private static void readHeader(
      CSVRecord record, Map<String, Integer> columns, List<ImportProblem> problems) {
    for (int i = 0; i < record.size(); i++) {
      String key = normalize(record.get(i));
      String field = HEADER_ALIASES.get(key);
      if (field != null && !columns.containsKey(field)) {
        columns.put(field, i);
      }
    }
    for (var required :
        List.of(
            Map.entry("municipality", "Gemeentecode"),
            Map.entry("municipalityName", "Gemeentenaam"),
            Map.entry("region", "RMC-regio code"))) {
      if (!columns.containsKey(required.getKey())) {
        problems.add(
            ImportProblem.of(
                1,
                0,
                "import.problem.missingColumn",
                "Required column \"" + required.getValue() + "\" is missing.",
                required.getValue()));
      }
    }
  }

  private static void parseRow(
      CSVRecord record,
      int line,
      Map<String, Integer> columns,
      Map<String, Integer> seenMunicipality,
      List<CbsAreaRow> rows,
      List<ImportProblem> problems) {
    int before = problems.size();
    Optional<MunicipalityCode> municipality =
        cell(record, columns.get("municipality"))
            .flatMap(
                raw -> {
                  Optional<MunicipalityCode> code = MunicipalityCode.parseLenient(raw);
                  if (code.isEmpty()) {
                    problems.add(
                        problem(
                            line,
                            columns.get("municipality"),
                            "import.problem.badMunicipality",
                            "\""
                                + raw
                                + "\" is not a municipality code (GM and four digits, e.g. GM0599).",
                            raw));
                  }
                  return code;
                });
    if (cell(record, columns.get("municipality")).isEmpty()) {
      problems.add(
          problem(
              line,
              columns.get("municipality"),
              "import.problem.noMunicipality",
              "The municipality code is empty."));
    }
    Optional<String> name = cell(record, columns.get("municipalityName"));
    if (name.isEmpty()) {
      problems.add(
          problem(
              line,
              columns.get("municipalityName"),
              "import.problem.noName",
              "The municipality name is empty."));
    }
    Optional<String> rawRegion = cell(record, columns.get("region"));
    Optional<RegionCode> region = rawRegion.flatMap(RegionCode::parse);
    if (rawRegion.isEmpty()) {
      problems.add(
          problem(
              line,
              columns.get("region"),
              "import.problem.noRegion",
              "The RMC region code is empty."));
    } else if (region.isEmpty()) {
      problems.add(
          problem(
              line,
              columns.get("region"),
              "import.problem.badRegion",
              "\"" + rawRegion.get() + "\" is not an RMC region code (e.g. MC29 or 29).",
              rawRegion.get()));
    }
    Optional<String> regionName =
        columns.containsKey("regionName")
            ? cell(record, columns.get("regionName"))
            : Optional.empty();
    if (municipality.isPresent()) {
      Integer earlier = seenMunicipality.putIfAbsent(municipality.get().value(), line);
      if (earlier != null) {
        problems.add(
            problem(
                line,
                columns.get("municipality"),
                "import.problem.duplicate",
                municipality.get() + " appears twice (also on line " + earlier + ").",
                municipality.get().value(),
                earlier));
      }
    }
    if (problems.size() == before) {
      rows.add(
          new CbsAreaRow(
              line, municipality.get(), name.get(), region.get(), regionName.orElse(null)));
    }
  }

  private static Optional<String> cell(CSVRecord record, Integer column) {
    if (column == null || column >= record.size()) {
      return Optional.empty();
    }
    String v = record.get(column).trim();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static ImportProblem problem(
      int line, int zeroBasedColumn, String key, String english, Object... args) {
    return ImportProblem.of(line, zeroBasedColumn + 1, key, english, args);
  }

  private static String normalize(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) != -1) {
      sb.append(buffer, 0, n);
      if (sb.length() > 20_000_000) {
        throw new IOException("the file is larger than 20 MB");
      }
    }
    return sb.toString();
  }
}
