package nl.regioportal.directory.hsds;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.regioportal.shared.ImportProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the HSDS 3.0 tabular set (a ZIP of the CSV files HSDS names: {@code organizations.csv},
 * {@code services.csv}, {@code locations.csv}, {@code addresses.csv}, {@code
 * service_at_location.csv}, {@code phones.csv}, {@code contacts.csv}, {@code schedules.csv}, {@code
 * service_areas.csv}, {@code languages.csv}, {@code attributes.csv}, {@code taxonomy_terms.csv},
 * {@code cost_options.csv}, {@code organization_identifiers.csv}) into the same organization
 * package the JSON import reads, each object marked with its file and line, so that every problem
 * names the line it came from. Pure: no database.
 */
public final class HsdsTabular {

  /** The hidden field that names an object's file and line ({@code services.csv, regel 3}). */
  public static final String SOURCE = "_source";

  /** The most bytes the set may unpack to, and the most files it may hold. */
  static final long MAX_UNPACKED = 50L * 1024 * 1024;

  static final int MAX_FILES = 40;

  private static final Set<String> WHOLE_NUMBERS = Set.of("minimum_age", "maximum_age");
  private static final Set<String> DECIMALS = Set.of("amount", "latitude", "longitude");

  /** The package, or the problems that stopped it. */
  public record Result(JsonArray pack, List<ImportProblem> problems) {}

  private HsdsTabular() {}

  /** The CSV files of a ZIP, by their name without folders. */
  public static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        if (files.size() >= MAX_FILES) {
          throw new IOException("more than " + MAX_FILES + " files");
        }
        String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
        byte[] bytes = readAtMost(in, MAX_UNPACKED - total);
        total += bytes.length;
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
          String text = new String(bytes, StandardCharsets.UTF_8);
          files.put(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
      }
    }
    if (files.isEmpty() && zip.length > 0 && (zip.length < 2 || zip[0] != 'P' || zip[1] != 'K')) {
      throw new IOException("not a ZIP file");
    }
    return files;
  }

  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new IOException("unpacks to more than " + MAX_UNPACKED + " bytes");
    }
    return bytes;
  }

  /** Builds the package from the set's files. */
  public static Result read(Map<String, String> files) {
    List<ImportProblem> problems = new ArrayList<>();
    if (!files.containsKey("organizations.csv")) {
      problems.add(
          ImportProblem.at(
              "organizations.csv",
              null,
              "hsds.tabular.missing",
              "The set has no organizations.csv.",
              "organizations.csv"));
      return new Result(Json.createArrayBuilder().build(), problems);
    }
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    for (var f : files.entrySet()) {
      tables.put(f.getKey(), rows(f.getKey(), f.getValue(), problems));
    }
    if (!problems.isEmpty()) {
      return new Result(Json.createArrayBuilder().build(), problems);
    }
    Map<String, Map<String, Object>> terms = byId(tables, "taxonomy_terms.csv");
    // attributes hang on the object they describe; a term given in taxonomy_terms.csv goes along
    for (Map<String, Object> a : table(tables, "attributes.csv")) {
      Object term = terms.get(String.valueOf(a.get("taxonomy_term_id")));
      if (term != null) {
        a.put("taxonomy_term", term);
      }
    }
    attach(
        problems,
        tables,
        "attributes.csv",
        "link_id",
        "attributes",
        "services.csv",
        "organizations.csv",
        "phones.csv",
        "contacts.csv");
    attach(problems, tables, "addresses.csv", "location_id", "addresses", "locations.csv");
    attach(problems, tables, "phones.csv", "contact_id", "phones", "contacts.csv");
    for (String child :
        List.of(
            "schedules.csv",
            "service_areas.csv",
            "languages.csv",
            "cost_options.csv",
            "contacts.csv",
            "service_at_location.csv")) {
      String field = child.equals("service_at_location.csv") ? "service_at_locations" : stem(child);
      attach(problems, tables, child, "service_id", field, "services.csv");
    }
    List<Map<String, Object>> servicePhones = new ArrayList<>();
    List<Map<String, Object>> organisationPhones = new ArrayList<>();
    for (Map<String, Object> p : table(tables, "phones.csv")) {
      if (p.containsKey("contact_id")) {
        continue;
      }
      if (p.containsKey("service_id")) {
        servicePhones.add(p);
      } else if (p.containsKey("organization_id")) {
        organisationPhones.add(p); // a location's own phone is not kept by the portal
      }
    }
    attachRows(servicePhones, "service_id", "phones", table(tables, "services.csv"), problems);
    attachRows(
        organisationPhones,
        "organization_id",
        "phones",
        table(tables, "organizations.csv"),
        problems);
    attach(
        problems,
        tables,
        "organization_identifiers.csv",
        "organization_id",
        "organization_identifiers",
        "organizations.csv");
    attach(problems, tables, "locations.csv", "organization_id", "locations", "organizations.csv");
    attachRows(
        table(tables, "services.csv"),
        "organization_id",
        "services",
        table(tables, "organizations.csv"),
        problems);
    JsonArrayBuilder pack = Json.createArrayBuilder();
    for (Map<String, Object> o : table(tables, "organizations.csv")) {
      pack.add(json(o));
    }
    return new Result(pack.build(), problems);
  }

  private static String stem(String file) {
    return file.substring(0, file.length() - ".csv".length());
  }

  private static List<Map<String, Object>> table(
      Map<String, List<Map<String, Object>>> tables, String file) {
    return tables.getOrDefault(file, List.of());
  }

  private static Map<String, Map<String, Object>> byId(
      Map<String, List<Map<String, Object>>> tables, String file) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map<String, Object> r : table(tables, file)) {
      if (r.get("id") != null) {
        out.putIfAbsent(String.valueOf(r.get("id")), r);
      }
    }
    return out;
  }

  /** Puts each row of {@code childFile} into the list {@code field} of the row its key names. */
  private static void attach(
      List<ImportProblem> problems,
      Map<String, List<Map<String, Object>>> tables,
      String childFile,
      String key,
      String field,
      String... parentFiles) {
    List<Map<String, Object>> parents = new ArrayList<>();
    for (String p : parentFiles) {
      parents.addAll(table(tables, p));
    }
    List<Map<String, Object>> rows =
        table(tables, childFile).stream().filter(r -> r.containsKey(key)).toList();
    attachRows(rows, key, field, parents, problems);
  }

  @SuppressWarnings("unchecked")
  private static void attachRows(
      List<Map<String, Object>> rows,
      String key,
      String field,
      List<Map<String, Object>> parents,
      List<ImportProblem> problems) {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Map<String, Object> p : parents) {
      if (p.get("id") != null) {
        byId.putIfAbsent(String.valueOf(p.get("id")), p);
      }
    }
    for (Map<String, Object> r : rows) {
      Map<String, Object> parent = byId.get(String.valueOf(r.get(key)));
      if (parent == null) {
        if (problems != null) {
          problems.add(
              ImportProblem.at(
                  String.valueOf(r.get(SOURCE)),
                  key,
                  "hsds.tabular.unknownParent",
                  "The " + key + " " + r.get(key) + " is not in the set.",
                  key,
                  String.valueOf(r.get(key))));
        }
        continue;
      }
      ((List<Object>) parent.computeIfAbsent(field, k -> new ArrayList<>())).add(r);
    }
  }

  private static List<Map<String, Object>> rows(
      String file, String text, List<ImportProblem> problems) {
    List<Map<String, Object>> out = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(SOURCE, file + ", regel " + (r.getRecordNumber() + 1));
        for (var column : r.toMap().entrySet()) {
          String v = column.getValue();
          if (v == null || v.isBlank()) {
            continue;
          }
          row.put(column.getKey().trim(), typed(column.getKey().trim(), v.trim()));
        }
        out.add(row);
      }
    } catch (IOException | RuntimeException e) {
      problems.add(
          ImportProblem.at(
              file,
              null,
              "hsds.tabular.unreadable",
              "The file is no readable CSV: " + e.getMessage(),
              file));
    }
    return out;
  }

  /** A whole number or a decimal where HSDS has one (kept as text when it is none). */
  private static Object typed(String column, String v) {
    try {
      if (WHOLE_NUMBERS.contains(column) && v.matches("-?\\d{1,9}")) {
        return Integer.valueOf(v);
      }
      if (DECIMALS.contains(column)) {
        return new BigDecimal(v);
      }
    } catch (NumberFormatException e) {
      // left as text: the reader names it
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  private static JsonObject json(Map<String, Object> row) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (var e : row.entrySet()) {
      Object v = e.getValue();
      if (v instanceof String s) {
        b.add(e.getKey(), s);
      } else if (v instanceof Integer i) {
        b.add(e.getKey(), i);
      } else if (v instanceof BigDecimal d) {
        b.add(e.getKey(), d);
      } else if (v instanceof Map<?, ?> m) {
        b.add(e.getKey(), json((Map<String, Object>) m));
      } else if (v instanceof List<?> list) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Object x : list) {
          a.add(json((Map<String, Object>) x));
        }
        b.add(e.getKey(), a);
      }
    }
    return b.build();
  }
}
