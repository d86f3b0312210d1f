package nl.regioportal.web.governance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.regioportal.governance.application.MeetingView;
import nl.regioportal.governance.application.Meetings;

/** The region's decision list (issue 11): every decision of its bodies, the latest first. */
@Named
@RequestScoped
public class DecisionsView {

  @Inject Meetings meetings;

  private List<MeetingView.Decision> decisions;

  public List<MeetingView.Decision> getDecisions() {
    if (decisions == null) {
      decisions = meetings.decisions(null);
    }
    return decisions;
  }
}
