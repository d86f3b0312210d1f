package nl.regioportal.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.regioportal.directory.application.Directory;
import nl.regioportal.directory.application.ServiceDetails;
import nl.regioportal.directory.domain.ScheduleLine;
import nl.regioportal.directory.domain.ServiceChange;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;

/**
 * A service's page: what it does and for whom, how to reach it, who is behind it, when and by whom
 * it was last verified; for the organisation's own people and the coordinators, the waiting time to
 * keep current and a button to confirm the entry; and its history.
 */
@Named
@ViewScoped
public class ServicePageView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  @Inject Directory directory;
  @Inject DirectoryLabels labels;
  @Inject PageMessages messages;

  private long id;
  private transient ServiceDetails details;
  private transient List<ServiceChange> history;
  private Integer waitingWeeks;

  /** The page's view action; a service of another region answers 404. */
  public void load() {
    Long recordId = RecordPage.recordId();
    if (recordId != null) {
      id = recordId;
    }
    reload();
    waitingWeeks = details.waitingWeeks();
  }

  private void reload() {
    if (id == 0) {
      Long recordId = RecordPage.recordId();
      if (recordId != null) {
        id = recordId;
      }
    }
    details = directory.get(id);
    history = null;
  }

  public ServiceDetails getService() {
    if (details == null) {
      reload();
    }
    return details;
  }

  /** Saves the waiting time (also confirms the entry). */
  public void saveWaitingTime() {
    try {
      details = directory.waitingTime(id, waitingWeeks);
      history = null;
      messages.info("directory.waiting.saved");
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        messages.violation("upkeep", v);
      }
    }
  }

  /** Confirms the entry is current. */
  public void verify() {
    details = directory.verify(id);
    messages.info("directory.verified");
  }

  public List<ServiceChange> getHistory() {
    if (history == null) {
      history = directory.history(id);
    }
    return history;
  }

  public String term(String code) {
    return labels.term(code, messages.locale());
  }

  public String terms() {
    return getService().terms().stream().map(this::term).collect(Collectors.joining(", "));
  }

  public String municipalities() {
    return getService().municipalities().stream()
        .map(labels::municipality)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public String languages() {
    Locale l = messages.locale();
    return getService().languages().stream()
        .map(c -> labels.language(c, l))
        .collect(Collectors.joining(", "));
  }

  /** The ages served as words. */
  public String ages() {
    ServiceDetails s = getService();
    return labels.ages(s.youngest(), s.oldest(), messages.locale())
        + " ("
        + messages.text("directory.ageGroup." + s.ageGroup())
        + ")";
  }

  public String day(ScheduleLine line) {
    return messages.text("directory.day." + line.day());
  }

  public String when(java.time.LocalDateTime utc) {
    if (utc == null) {
      return "";
    }
    return utc.atZone(java.time.ZoneOffset.UTC)
        .withZoneSameInstant(NL)
        .format(DateTimeFormatter.ofPattern("d-M-yyyy HH:mm"));
  }

  public String field(String name) {
    return messages.text("directory.field." + name);
  }

  public Integer getWaitingWeeks() {
    return waitingWeeks;
  }

  public void setWaitingWeeks(Integer waitingWeeks) {
    this.waitingWeeks = waitingWeeks;
  }
}
