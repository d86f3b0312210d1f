package nl.regioportal.web.governance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.regioportal.governance.application.Meetings;
import nl.regioportal.web.faces.RecordPage;

/** A meeting's page. */
@Named("meetingView")
@ViewScoped
public class MeetingView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Meetings meetings;

  private long id;
  private transient nl.regioportal.governance.application.MeetingView meeting;

  /** The page's view action; a meeting of another region answers 404. */
  public void load() {
    Long recordId = RecordPage.recordId();
    if (recordId != null) {
      id = recordId;
    }
    meeting = meetings.get(id);
  }

  public nl.regioportal.governance.application.MeetingView getMeeting() {
    if (meeting == null) {
      meeting = meetings.get(id);
    }
    return meeting;
  }
}
