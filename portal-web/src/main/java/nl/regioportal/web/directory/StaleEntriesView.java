package nl.regioportal.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportal.directory.application.Directory;

/** The coordinator's staleness view: the entries not verified for six months. */
@Named
@RequestScoped
public class StaleEntriesView {

  @Inject Directory directory;

  private List<Directory.StaleEntry> entries;

  public List<Directory.StaleEntry> getEntries() {
    if (entries == null) {
      entries = directory.stale();
    }
    return entries;
  }

  /** A stored UTC moment as a Dutch date; empty for none. */
  public String when(LocalDateTime utc) {
    return DirectoryLabels.day(utc);
  }
}
