package nl.regioportal.web.governance;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import nl.regioportal.web.faces.PageMessages;

/**
 * The values of one form of the governance pages, bound by name ({@code #{view.form['title']}}):
 * the page holds what was typed, the bean reads it typed, and a value that does not parse is a
 * message at its field (the service never sees it).
 */
final class GovernanceForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String formId;
  private final HashMap<String, Object> values = new HashMap<>();
  private boolean bad;

  GovernanceForm(String formId) {
    this.formId = formId;
  }

  Map<String, Object> values() {
    return values;
  }

  void clear() {
    values.clear();
  }

  String text(String key) {
    Object v = values.get(key);
    return v == null || v.toString().isBlank() ? null : v.toString().strip();
  }

  Long id(String key) {
    String v = text(key);
    if (v == null) {
      return null;
    }
    try {
      return Long.valueOf(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  boolean flag(String key) {
    Object v = values.get(key);
    return v instanceof Boolean b ? b : "true".equals(String.valueOf(v));
  }

  /** A {@code datetime-local} value ({@code 2026-12-15T14:00}), or a message at the field. */
  LocalDateTime dateTime(PageMessages messages, String key) {
    String v = text(key);
    if (v == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(v);
    } catch (DateTimeParseException e) {
      fail(messages, key, "api.dateTime.invalid", v);
      return null;
    }
  }

  /** A {@code date} value ({@code 2026-12-15}), or a message at the field. */
  LocalDate date(PageMessages messages, String key) {
    String v = text(key);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      fail(messages, key, "api.date.invalid", v);
      return null;
    }
  }

  /** Whether every value parsed; if not, the request is marked failed (the form keeps them). */
  boolean parsed() {
    if (bad) {
      bad = false;
      FacesContext.getCurrentInstance().validationFailed();
      return false;
    }
    return true;
  }

  private void fail(PageMessages messages, String key, String message, String value) {
    messages.error(formId + ":" + key, message, value);
    bad = true;
  }
}
