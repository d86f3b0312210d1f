package nl.regioportal.integration.referral.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.referral.delivery.TaskUpdate;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads a receiver's answer from the FHIR R4 Task a partner system sends ({@code PUT
 * /api/fhir/{region}/Task/{id}}), as ADR 0020 lays down:
 *
 * <ul>
 *   <li>{@code Task.id} is {@code referral-{region}-{referralId}}, the same as the id in the URL,
 *       of the URL's region;
 *   <li>{@code Task.status}: {@code accepted}, {@code rejected}, {@code on-hold}, {@code
 *       in-progress} or {@code completed}; every other status is refused;
 *   <li>{@code Task.statusReason}: its first coding's code, and its text (or that coding's
 *       display);
 *   <li>for {@code completed}, the outcome: the {@code Task.output} of type {@code outcome} (our
 *       task-parameter system), else the first output not of type {@code alternative}; its value a
 *       CodeableConcept (code and text) or a string (text);
 *   <li>for {@code on-hold}, the expected start: {@code Task.restriction.period.start}, to the day
 *       (the date as written, in the time zone written);
 *   <li>for {@code rejected}, the suggested alternative: the output of type {@code alternative}
 *       (valueString), else the notes' texts.
 * </ul>
 *
 * <p>The dedup key is the {@code Idempotency-Key} header when there is one, else {@code sha256:}
 * and the hash of a canonical JSON of what was read (the fields above and {@code
 * Task.lastModified}): a retry of the same message gives the same key, whatever the sender changed
 * in {@code meta} or element order, while a later answer of the same status gives a new key as long
 * as the sender sets {@code lastModified}.
 *
 * <p>Unknown elements are let through (a partner may send more than we read); an invalid value, a
 * wrong JSON type or a second value where one is allowed is refused.
 */
public final class TaskUpdates {

  /** The statuses a receiver may set. */
  public static final Set<String> ACCEPTED_STATUSES =
      Set.of("accepted", "rejected", "on-hold", "in-progress", "completed");

  /** The longest Idempotency-Key taken. */
  public static final int MAX_IDEMPOTENCY_KEY = 200;

  private static final Pattern TASK_ID = Pattern.compile("referral-(.+)-([0-9]{1,18})");

  private TaskUpdates() {}

  /**
   * The update the Task carries.
   *
   * @param region the region of the URL ({@code /api/fhir/{region}/...})
   * @param pathId the Task id of the URL
   * @param json the request body
   * @param idempotencyKey the {@code Idempotency-Key} header, or {@code null}
   * @throws InvalidTask when the body cannot be taken, naming the field
   */
  public static TaskUpdate parse(String region, String pathId, String json, String idempotencyKey) {
    Task task = readTask(json);
    long referralId = referralId(region, pathId, task);
    String status = status(task);

    CodeableConcept statusReason = task.hasStatusReason() ? task.getStatusReason() : null;
    String reasonCode = code(statusReason);
    String reasonText = text(statusReason);

    String outcomeCode = null;
    String outcomeText = null;
    if (status.equals("completed")) {
      Task.TaskOutputComponent outcome = outcome(task);
      if (outcome != null) {
        Type value = outcome.getValue();
        if (value instanceof CodeableConcept cc) {
          outcomeCode = code(cc);
          outcomeText = text(cc);
        } else if (value instanceof StringType s) {
          outcomeText = blankToNull(s.getValue());
        } else {
          throw new InvalidTask(
              "Task.output.value[x]",
              "the outcome must be a valueCodeableConcept or a valueString, not "
                  + (value == null ? "missing" : "value" + capitalised(value.fhirType())));
        }
      }
    }

    LocalDate expectedStart = null;
    if (status.equals("on-hold") && task.getRestriction().getPeriod().hasStart()) {
      expectedStart = day(task.getRestriction().getPeriod().getStartElement());
    }

    String alternative = status.equals("rejected") ? alternative(task) : null;

    String dedupKey;
    if (idempotencyKey != null && !idempotencyKey.isBlank()) {
      dedupKey = idempotencyKey.trim();
      if (dedupKey.length() > MAX_IDEMPOTENCY_KEY) {
        throw new InvalidTask(
            "Idempotency-Key",
            "longer than " + MAX_IDEMPOTENCY_KEY + " characters (" + dedupKey.length() + ")");
      }
    } else {
      Map<String, Object> canonical = new LinkedHashMap<>();
      canonical.put("alternative", alternative);
      canonical.put("expectedStart", expectedStart == null ? null : expectedStart.toString());
      canonical.put(
          "lastModified",
          task.hasLastModified() ? task.getLastModifiedElement().getValueAsString() : null);
      canonical.put("outcomeCode", outcomeCode);
      canonical.put("outcomeText", outcomeText);
      canonical.put("reasonCode", reasonCode);
      canonical.put("reasonText", reasonText);
      canonical.put("referralId", referralId);
      canonical.put("region", region);
      canonical.put("status", status);
      dedupKey = "sha256:" + sha256(canonicalJson(canonical));
    }

    return new TaskUpdate(
        referralId,
        status,
        reasonCode,
        reasonText,
        outcomeCode,
        outcomeText,
        expectedStart,
        alternative,
        dedupKey);
  }

  private static Task readTask(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidTask("body", "empty; a FHIR R4 Task in JSON is expected");
    }
    IParser parser = ReferralFhir.jsonParser();
    RefusingErrorHandler errors = new RefusingErrorHandler();
    parser.setParserErrorHandler(errors);
    IBaseResource resource;
    try {
      resource = parser.parseResource(json);
    } catch (InvalidTask e) {
      throw e;
    } catch (DataFormatException e) {
      throw new InvalidTask("body", "not a FHIR R4 resource in JSON: " + withoutCode(e));
    } catch (RuntimeException e) {
      throw new InvalidTask("body", "not readable as FHIR R4 JSON: " + e.getMessage());
    }
    if (!(resource instanceof Task task)) {
      throw new InvalidTask(
          "resourceType", "expected Task, found " + resource.getClass().getSimpleName());
    }
    errors.refuseInvalidValue(task);
    return task;
  }

  private static long referralId(String region, String pathId, Task task) {
    if (!task.getIdElement().hasIdPart()) {
      throw new InvalidTask("Task.id", "missing; it must be the id of the URL (" + pathId + ")");
    }
    String id = task.getIdElement().getIdPart();
    if (pathId != null && !id.equals(pathId)) {
      throw new InvalidTask(
          "Task.id", "'" + id + "' differs from the id of the URL ('" + pathId + "')");
    }
    Matcher matcher = TASK_ID.matcher(id);
    if (!matcher.matches()) {
      throw new InvalidTask(
          "Task.id", "'" + id + "' is not a referral's Task (referral-{region}-{number})");
    }
    if (!matcher.group(1).equals(region)) {
      throw new InvalidTask(
          "Task.id",
          "'" + id + "' belongs to region " + matcher.group(1) + ", not to region " + region);
    }
    return Long.parseLong(matcher.group(2));
  }

  private static String status(Task task) {
    if (!task.hasStatus()) {
      throw new InvalidTask(
          "Task.status", "missing; one of " + String.join(", ", sorted(ACCEPTED_STATUSES)));
    }
    String status = task.getStatus().toCode();
    if (!ACCEPTED_STATUSES.contains(status)) {
      throw new InvalidTask(
          "Task.status",
          "'"
              + status
              + "' is not an answer to a referral; one of "
              + String.join(", ", sorted(ACCEPTED_STATUSES)));
    }
    return status;
  }

  private static Task.TaskOutputComponent outcome(Task task) {
    Task.TaskOutputComponent first = null;
    for (Task.TaskOutputComponent o : task.getOutput()) {
      if (isOfType(o.getType(), "outcome")) {
        return o;
      }
      if (first == null && !isOfType(o.getType(), "alternative")) {
        first = o;
      }
    }
    return first;
  }

  private static String alternative(Task task) {
    for (Task.TaskOutputComponent o : task.getOutput()) {
      if (isOfType(o.getType(), "alternative")) {
        if (o.getValue() instanceof StringType s) {
          return blankToNull(s.getValue());
        }
        throw new InvalidTask("Task.output.value[x]", "the alternative must be a valueString");
      }
    }
    List<String> notes = new ArrayList<>();
    for (Annotation note : task.getNote()) {
      if (note.hasText() && !note.getText().isBlank()) {
        notes.add(note.getText().strip());
      }
    }
    return notes.isEmpty() ? null : String.join("\n", notes);
  }

  private static boolean isOfType(CodeableConcept type, String code) {
    for (Coding c : type.getCoding()) {
      if (ReferralFhir.TASK_PARAMETER_SYSTEM.equals(c.getSystem()) && code.equals(c.getCode())) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate day(DateTimeType t) {
    if (t.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
      throw new InvalidTask(
          "Task.restriction.period.start",
          "'" + t.getValueAsString() + "' is not a full date (YYYY-MM-DD)");
    }
    // the day as written: the date part of the value in the zone it was given in
    return LocalDate.of(t.getYear(), t.getMonth() + 1, t.getDay());
  }

  private static String code(CodeableConcept cc) {
    if (cc == null) {
      return null;
    }
    for (Coding c : cc.getCoding()) {
      if (c.hasCode()) {
        return c.getCode();
      }
    }
    return null;
  }

  private static String text(CodeableConcept cc) {
    if (cc == null) {
      return null;
    }
    if (cc.hasText() && !cc.getText().isBlank()) {
      return cc.getText().strip();
    }
    for (Coding c : cc.getCoding()) {
      if (c.hasDisplay() && !c.getDisplay().isBlank()) {
        return c.getDisplay().strip();
      }
    }
    return null;
  }

  /** A JSON object of the map in its order (the caller sorts): strings, numbers and nulls. */
  static String canonicalJson(Map<String, Object> fields) {
    StringBuilder b = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      quote(b, e.getKey());
      b.append(':');
      Object v = e.getValue();
      if (v == null) {
        b.append("null");
      } else if (v instanceof Number) {
        b.append(v);
      } else {
        quote(b, v.toString());
      }
    }
    return b.append('}').toString();
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** HAPI's messages carry its own codes ({@code HAPI-1861: }); the sender needs none. */
  private static String withoutCode(Exception e) {
    String msg = String.valueOf(e.getMessage());
    return msg.replaceAll("HAPI-\\d+: ", "");
  }

  /**
   * Lets unknown elements through but refuses what does not fit the element: a wrong JSON type or a
   * second value where one is allowed at once; an invalid value (HAPI would log it and leave the
   * element empty) is kept and refused after the parse, when it is known whether it was the Task's
   * own status. A location names the element and its parent only, not the whole path, so the field
   * is the Task's own element where the parent is the Task, and the Task otherwise.
   */
  private static final class RefusingErrorHandler extends LenientErrorHandler {
    private String invalidElement;
    private String invalidValue;
    private String invalidError;

    RefusingErrorHandler() {
      super(false);
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
      if (invalidElement == null) {
        String name = location == null ? null : location.getParentElementName();
        invalidElement = name == null ? "?" : name;
        invalidValue = value;
        invalidError = error == null ? "" : error.replaceAll("HAPI-\\d+: ", "");
      }
    }

    /** Throws for the first invalid value the parse met, if any. */
    void refuseInvalidValue(Task task) {
      if (invalidElement == null) {
        return;
      }
      if (invalidElement.equals("status") && task.getStatus() == null) {
        throw new InvalidTask(
            "Task.status",
            "'"
                + invalidValue
                + "' is not a FHIR Task status; one of "
                + String.join(", ", sorted(ACCEPTED_STATUSES)));
      }
      throw new InvalidTask(
          "Task",
          "element '"
              + invalidElement
              + "' has an invalid value '"
              + invalidValue
              + "': "
              + invalidError);
    }

    @Override
    public void incorrectJsonType(
        IParseLocation location,
        String elementName,
        ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType expectedValueType,
        ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType expectedScalarType,
        ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType foundValueType,
        ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType foundScalarType) {
      throw new InvalidTask(
          field(location, elementName),
          "element '"
              + name(location, elementName)
              + "' must be a JSON "
              + (expectedScalarType != null ? expectedScalarType : expectedValueType)
              + ", not a "
              + (foundScalarType != null ? foundScalarType : foundValueType));
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
      throw new InvalidTask(
          field(location, elementName),
          "element '" + name(location, elementName) + "' may occur only once");
    }

    private static String field(IParseLocation location, String elementName) {
      String parent = location == null ? null : location.getParentElementName();
      return "Task".equals(parent) ? "Task." + elementName : "Task";
    }

    private static String name(IParseLocation location, String elementName) {
      String parent = location == null ? null : location.getParentElementName();
      return parent == null || parent.equals("Task") ? elementName : parent + "." + elementName;
    }
  }
}
