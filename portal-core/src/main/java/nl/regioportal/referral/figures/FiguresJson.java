package nl.regioportal.referral.figures;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures as shown, to and from JSON: what a figures snapshot keeps (strings as the reader saw
 * them, so a snapshot can never hold more than its readers saw).
 */
public final class FiguresJson {

  private FiguresJson() {}

  public static String write(Figures f) {
    return Json.createObjectBuilder()
        .add("from", f.period().from().toString())
        .add("to", f.period().to().toString())
        .add("total", row(f.total()))
        .add("byLifeDomain", rows(f.byLifeDomain()))
        .add("byMunicipality", rows(f.byMunicipality()))
        .build()
        .toString();
  }

  public static Figures read(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    return new Figures(
        new ReportingPeriod(
            LocalDate.parse(o.getString("from")), LocalDate.parse(o.getString("to"))),
        row(o.getJsonObject("total")),
        o.getJsonArray("byLifeDomain").stream().map(v -> row(v.asJsonObject())).toList(),
        o.getJsonArray("byMunicipality").stream().map(v -> row(v.asJsonObject())).toList());
  }

  private static JsonArrayBuilder rows(List<FigureRow> rows) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    rows.forEach(r -> a.add(row(r)));
    return a;
  }

  private static JsonObjectBuilder row(FigureRow r) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    put(b, "code", r.code());
    put(b, "nameNl", r.nameNl());
    put(b, "nameEn", r.nameEn());
    put(b, "submitted", r.submitted());
    put(b, "answered", r.answered());
    put(b, "accepted", r.accepted());
    put(b, "declined", r.declined());
    put(b, "waitlisted", r.waitlisted());
    put(b, "acceptancePercent", r.acceptancePercent());
    put(b, "responseHoursMedian", r.responseHoursMedian());
    put(b, "responseHoursP90", r.responseHoursP90());
    return b;
  }

  private static FigureRow row(JsonObject o) {
    return new FigureRow(
        get(o, "code"),
        get(o, "nameNl"),
        get(o, "nameEn"),
        get(o, "submitted"),
        get(o, "answered"),
        get(o, "accepted"),
        get(o, "declined"),
        get(o, "waitlisted"),
        get(o, "acceptancePercent"),
        get(o, "responseHoursMedian"),
        get(o, "responseHoursP90"));
  }

  private static void put(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.add(name, JsonValue.NULL);
    } else {
      b.add(name, value);
    }
  }

  private static String get(JsonObject o, String name) {
    return o.isNull(name) ? null : o.getString(name);
  }
}
