package nl.regioportal.web.funding;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.application.LineView;
import nl.regioportal.funding.application.ShareView;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.application.VersionSummary;
import nl.regioportal.funding.domain.ReviewRow;
import nl.regioportal.funding.engine.Cents;
import nl.regioportal.funding.engine.Comparison;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.KeyResult;
import nl.regioportal.funding.engine.Participant;
import nl.regioportal.funding.engine.Share;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * Reads and writes the JSON of funding keys. Money and percentages are decimal strings (never JSON
 * numbers, which clients may turn into floating point); indicator values are numbers. A value of
 * the wrong shape is a violation at its path (e.g. {@code parts[1].percent}), never a 500.
 */
final class FundingJson {

  private FundingJson() {}

  /** The key of a request body: total, parts, municipalities, optional label and sources. */
  static KeyDraft key(JsonObject body) {
    List<Violation> problems = new ArrayList<>();
    if (body == null) {
      throw new InvalidInputException(List.of(Violation.of(null, "funding.key.required")));
    }
    BigDecimal total = decimal(body.get("total"), "total", problems);
    List<KeyPart> parts = new ArrayList<>();
    JsonArray partArray = array(body.get("parts"), "parts", problems);
    for (int i = 0; i < partArray.size(); i++) {
      String at = "parts[" + i + "]";
      JsonObject p = object(partArray.get(i), at, problems);
      String basis = string(p.get("basis"), at + ".basis", problems);
      BigDecimal percent = decimal(p.get("percent"), at + ".percent", problems);
      parts.add(new KeyPart(basis, percent));
    }
    List<Participant> municipalities = new ArrayList<>();
    JsonArray munArray = array(body.get("municipalities"), "municipalities", problems);
    for (int i = 0; i < munArray.size(); i++) {
      String at = "municipalities[" + i + "]";
      JsonObject m = object(munArray.get(i), at, problems);
      String code = string(m.get("code"), at + ".code", problems);
      Map<String, IndicatorValue> indicators = new LinkedHashMap<>();
      JsonValue raw = m.get("indicators");
      if (raw != null && raw.getValueType() != JsonValue.ValueType.NULL) {
        JsonObject ind = object(raw, at + ".indicators", problems);
        for (Map.Entry<String, JsonValue> e : ind.entrySet()) {
          IndicatorValue v = indicator(e.getValue(), at + ".indicators." + e.getKey(), problems);
          if (v != null) {
            indicators.put(e.getKey(), v);
          }
        }
      }
      Long minimum = optionalCents(m.get("minimum"), at + ".minimum", problems);
      Long maximum = optionalCents(m.get("maximum"), at + ".maximum", problems);
      municipalities.add(new Participant(code, indicators, minimum, maximum));
    }
    Map<String, IndicatorSource> sources = new LinkedHashMap<>();
    JsonValue rawSources = body.get("sources");
    if (rawSources != null && rawSources.getValueType() != JsonValue.ValueType.NULL) {
      JsonObject s = object(rawSources, "sources", problems);
      for (Map.Entry<String, JsonValue> e : s.entrySet()) {
        String at = "sources." + e.getKey();
        JsonObject src = object(e.getValue(), at, problems);
        String source = optionalString(src.get("source"), at + ".source", problems);
        LocalDate date = optionalDate(src.get("referenceDate"), at + ".referenceDate", problems);
        sources.put(e.getKey(), new IndicatorSource(source, date));
      }
    }
    String label = optionalString(body.get("label"), "label", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new KeyDraft(label, total, parts, municipalities, sources);
  }

  /** The preview's answer: the total and each municipality's amount, in the order given. */
  static JsonObject preview(KeyResult result, boolean explain) {
    JsonArrayBuilder shares = Json.createArrayBuilder();
    for (Share s : result.shares()) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("code", s.code())
              .add("amount", Cents.format(s.amountCents()));
      if (explain) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        s.lines()
            .forEach(
                l ->
                    lines.add(
                        Json.createObjectBuilder()
                            .add("basis", l.basis())
                            .add("percent", l.percent().toPlainString())
                            .add("value", l.value().toPlainString())
                            .add("basisTotal", l.basisTotal().toPlainString())
                            .add("basisShare", l.basisShareDecimal().toPlainString())
                            .add("exact", l.exactEuros().toPlainString())));
        item.add("exact", s.exactEuros().toPlainString())
            .add("bound", s.bound().name())
            .add("boundAdjustment", s.boundAdjustmentEuros().toPlainString())
            .add("roundingAdjustmentCents", s.roundingAdjustmentCents().toPlainString())
            .add("lines", lines);
      }
      shares.add(item);
    }
    return Json.createObjectBuilder()
        .add("total", Cents.format(result.totalCents()))
        .add("shares", shares)
        .build();
  }

  /** Results per year: {@code {"years": [{"year": 1, "total": "...", "shares": [...]}]}}. */
  static JsonObject years(List<KeyResult> results, int firstYear) {
    JsonArrayBuilder years = Json.createArrayBuilder();
    for (int i = 0; i < results.size(); i++) {
      KeyResult r = results.get(i);
      JsonArrayBuilder shares = Json.createArrayBuilder();
      r.shares()
          .forEach(
              s ->
                  shares.add(
                      Json.createObjectBuilder()
                          .add("code", s.code())
                          .add("amount", Cents.format(s.amountCents()))));
      years.add(
          Json.createObjectBuilder()
              .add("year", firstYear + i)
              .add("total", Cents.format(r.totalCents()))
              .add("shares", shares));
    }
    return Json.createObjectBuilder().add("years", years).build();
  }

  static JsonObject summary(VersionSummary v) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", v.id())
            .add("number", v.number())
            .add("label", v.label())
            .add("status", v.status().name())
            .add("total", Cents.format(v.totalCents()))
            .add("participants", v.participants())
            .add("approvals", v.approvals())
            .add("objections", v.objections());
    time(b, "createdAt", v.createdAt());
    time(b, "publishedAt", v.publishedAt());
    time(b, "lockedAt", v.lockedAt());
    return b.build();
  }

  static JsonObject version(VersionDetails d) {
    JsonArrayBuilder parts = Json.createArrayBuilder();
    d.parts()
        .forEach(
            p ->
                parts.add(
                    Json.createObjectBuilder()
                        .add("basis", p.basis())
                        .add("percent", p.percent().stripTrailingZeros().toPlainString())));
    JsonArrayBuilder shares = Json.createArrayBuilder();
    for (ShareView s : d.shares()) {
      JsonArrayBuilder lines = Json.createArrayBuilder();
      for (LineView l : s.lines()) {
        JsonObjectBuilder line =
            Json.createObjectBuilder()
                .add("basis", l.line().basis())
                .add("percent", l.line().percent().stripTrailingZeros().toPlainString())
                .add("value", l.shownValue())
                .add("suppressedAsFour", l.line().suppressedAsFour())
                .add("exact", l.line().exactEuros().toPlainString());
        if (l.shownShare() != null) {
          line.add("basisShare", l.shownShare());
        }
        lines.add(line);
      }
      JsonObjectBuilder share =
          Json.createObjectBuilder()
              .add("code", s.code())
              .add("name", s.name())
              .add("amount", Cents.format(s.share().amountCents()))
              .add("exact", s.share().exactEuros().toPlainString())
              .add("bound", s.share().bound().name())
              .add("boundAdjustment", s.share().boundAdjustmentEuros().toPlainString())
              .add("roundingAdjustmentCents", s.share().roundingAdjustmentCents().toPlainString())
              .add("lines", lines);
      ReviewRow r = s.review();
      if (r != null) {
        JsonObjectBuilder review =
            Json.createObjectBuilder()
                .add("decision", r.decision().name())
                .add("by", r.decidedBy())
                .add("at", r.decidedAt().toString());
        if (r.comment() != null) {
          review.add("comment", r.comment());
        }
        share.add("review", review);
      }
      shares.add(share);
    }
    JsonObjectBuilder sources = Json.createObjectBuilder();
    d.sources()
        .forEach(
            (k, v) -> {
              JsonObjectBuilder src = Json.createObjectBuilder();
              if (v.source() != null) {
                src.add("source", v.source());
              }
              if (v.referenceDate() != null) {
                src.add("referenceDate", v.referenceDate().toString());
              }
              sources.add(k, src);
            });
    JsonObjectBuilder b =
        Json.createObjectBuilder(summary(d.summary()))
            .add("arrangementId", d.arrangementId())
            .add("arrangementTitle", d.arrangementTitle())
            .add("year", d.budgetYear())
            .add("revision", d.revision())
            .add("parts", parts)
            .add("shares", shares)
            .add("sources", sources)
            .add("mayManage", d.mayManage())
            .add("mayReview", d.mayReview());
    if (d.lockReason() != null) {
      b.add("lockReason", d.lockReason().name());
    }
    if (d.governanceDecision() != null) {
      b.add("governanceDecision", d.governanceDecision());
    }
    if (d.ownMunicipality() != null) {
      b.add("ownMunicipality", d.ownMunicipality());
    }
    return b.build();
  }

  static JsonObject comparison(long a, long b, Comparison c, Map<String, String> names) {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (Comparison.Row r : c.rows()) {
      JsonObjectBuilder row =
          Json.createObjectBuilder()
              .add("code", r.code())
              .add("name", names.getOrDefault(r.code(), r.code()))
              .add("difference", Cents.format(r.differenceCents()));
      if (r.amountCentsA() != null) {
        row.add("amountA", Cents.format(r.amountCentsA()));
      } else {
        row.addNull("amountA");
      }
      if (r.amountCentsB() != null) {
        row.add("amountB", Cents.format(r.amountCentsB()));
      } else {
        row.addNull("amountB");
      }
      if (r.differencePercent() != null) {
        row.add("differencePercent", r.differencePercent().toPlainString());
      } else {
        row.addNull("differencePercent");
      }
      rows.add(row);
    }
    return Json.createObjectBuilder()
        .add("versionA", a)
        .add("versionB", b)
        .add("totalA", Cents.format(c.totalCentsA()))
        .add("totalB", Cents.format(c.totalCentsB()))
        .add("rows", rows)
        .build();
  }

  // ---------------------------------------------------------------------------------------------

  private static void time(JsonObjectBuilder b, String name, LocalDateTime t) {
    if (t != null) {
      b.add(name, t.toString());
    }
  }

  private static JsonArray array(JsonValue v, String at, List<Violation> problems) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      problems.add(Violation.of(at, "funding.json.array"));
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    return v.asJsonArray();
  }

  private static JsonObject object(JsonValue v, String at, List<Violation> problems) {
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add(Violation.of(at, "funding.json.object"));
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    return v.asJsonObject();
  }

  private static String string(JsonValue v, String at, List<Violation> problems) {
    if (v instanceof JsonString s) {
      return s.getString();
    }
    problems.add(Violation.of(at, "funding.json.string"));
    return null;
  }

  private static String optionalString(JsonValue v, String at, List<Violation> problems) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return string(v, at, problems);
  }

  /** A decimal string such as "250000.00" or "20"; a JSON number is refused (it may be binary). */
  private static BigDecimal decimal(JsonValue v, String at, List<Violation> problems) {
    if (v instanceof JsonString s) {
      try {
        BigDecimal d = new BigDecimal(s.getString().trim());
        if (Math.abs(d.scale()) > 30 || d.precision() > 40) {
          problems.add(Violation.of(at, "funding.json.decimal", s.getString()));
          return null;
        }
        return d;
      } catch (NumberFormatException e) {
        problems.add(Violation.of(at, "funding.json.decimal", s.getString()));
        return null;
      }
    }
    problems.add(Violation.of(at, "funding.json.decimal", String.valueOf(v)));
    return null;
  }

  private static Long optionalCents(JsonValue v, String at, List<Violation> problems) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    BigDecimal euros = decimal(v, at, problems);
    if (euros == null) {
      return null;
    }
    BigDecimal stripped = euros.stripTrailingZeros();
    if (euros.signum() < 0
        || stripped.scale() > 2
        || stripped.precision() - stripped.scale() > 14) {
      problems.add(Violation.of(at, "funding.json.amount", euros.toString()));
      return null;
    }
    return euros.movePointRight(2).longValueExact();
  }

  private static LocalDate optionalDate(JsonValue v, String at, List<Violation> problems) {
    String s = optionalString(v, at, problems);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      problems.add(Violation.of(at, "api.date.invalid", s));
      return null;
    }
  }

  /** An indicator value: a JSON number, or {"value": 4, "suppressedAsFour": true}. */
  private static IndicatorValue indicator(JsonValue v, String at, List<Violation> problems) {
    if (v instanceof JsonNumber n) {
      return new IndicatorValue(n.bigDecimalValue(), false);
    }
    if (v instanceof JsonObject o && o.get("value") instanceof JsonNumber n) {
      return new IndicatorValue(n.bigDecimalValue(), o.getBoolean("suppressedAsFour", false));
    }
    problems.add(Violation.of(at, "funding.json.number"));
    return null;
  }

  static JsonObject required(JsonObject body) {
    if (body == null) {
      throw new InvalidInputException(List.of(Violation.of(null, "funding.key.required")));
    }
    return body;
  }

  static String text(JsonObject b, String name, List<Violation> problems) {
    JsonValue v = b.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    problems.add(Violation.of(name, "funding.json.string"));
    return null;
  }

  static Integer integer(JsonObject b, String name, List<Violation> problems) {
    JsonValue v = b.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return n.intValue();
    }
    problems.add(Violation.of(name, "funding.json.integer"));
    return null;
  }
}
