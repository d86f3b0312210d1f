package nl.regioportal.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import nl.regioportal.directory.application.Directory;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;

/**
 * An organisation's entries in the directory ({@code /directory/organisations/{id}}): every service
 * with its status, waiting time and last verification, flagged when out of date; its own people
 * (and the coordinators) edit them and add new ones from here.
 */
@Named
@ViewScoped
public class OrganisationEntriesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Directory directory;
  @Inject PageMessages messages;

  private Directory.OrganisationEntries entries;

  /** The page's view action; another region's organisation answers 404. */
  public void load() {
    Long id = RecordPage.recordId();
    entries = directory.ofOrganisation(id);
  }

  public Directory.OrganisationEntries getEntries() {
    return entries;
  }

  public String when(LocalDateTime utc) {
    return DirectoryLabels.day(utc);
  }

  public String status(Directory.OwnEntry e) {
    return messages.text("directory.status." + e.status().name());
  }
}
