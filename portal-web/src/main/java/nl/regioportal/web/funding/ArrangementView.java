package nl.regioportal.web.funding;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import nl.regioportal.funding.application.ArrangementDetails;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;

/** One arrangement and its versions ({@code /r/{region}/funding/{id}}). */
@Named
@ViewScoped
public class ArrangementView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FundingService service;
  @Inject PageMessages messages;
  @Inject NavigationView nav;

  private long id;
  private transient ArrangementDetails details;

  /** The page's view action; an arrangement that is not there answers 404 or 403. */
  public void load() {
    Long recordId = RecordPage.recordId();
    if (recordId != null) {
      id = recordId;
    }
    details = service.arrangement(id);
  }

  /** Starts a new draft (scenario) from a version's key and opens it for editing. */
  public void copy(long versionId, int number) throws IOException {
    KeyDraft from = service.draftOf(versionId);
    KeyDraft copy =
        new KeyDraft(
            messages.text("funding.copyOf", number),
            from.total(),
            from.parts(),
            from.municipalities(),
            from.sources());
    long created = service.addVersion(id, copy);
    messages.infoAfterRedirect("funding.copied", number);
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(nav.url("funding/versions/" + created + "/edit"));
  }

  public ArrangementDetails getDetails() {
    return details;
  }
}
