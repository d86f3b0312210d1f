package nl.regioportal.web.governance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.regioportal.governance.application.BodyView;
import nl.regioportal.governance.application.GoverningBodies;
import nl.regioportal.governance.application.MeetingView;
import nl.regioportal.governance.application.Meetings;
import nl.regioportal.governance.domain.MeetingDraft;
import nl.regioportal.governance.domain.MeetingStatus;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;

/**
 * The meetings of the region's bodies (issue 11): the coming ones first (soonest at the top), then
 * the past ones (latest at the top), for every member; for the coordinators the form that schedules
 * a meeting and opens it. A refused meeting shows at its fields and nothing is saved.
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

  @Inject Meetings meetings;
  @Inject GoverningBodies bodies;
  @Inject PageMessages messages;
  @Inject NavigationView nav;
  @Inject nl.regioportal.governance.application.CalendarFeeds feeds;
  @Inject nl.regioportal.tenant.TenantContext tenant;
  @Inject nl.regioportal.web.security.PublicAddress publicAddress;

  private transient List<MeetingView.Summary> all;
  private transient List<BodyView> bodyList;
  private final GovernanceForm form = new GovernanceForm("newMeeting");
  private transient List<nl.regioportal.governance.application.CalendarFeeds.Feed> feedList;
  private Long feedBody;
  private String newFeedUrl;

  /** Meetings still to come (planned or with a published agenda), the soonest first. */
  public List<MeetingView.Summary> getComing() {
    return all().stream()
        .filter(m -> m.status().isUpcoming() && !m.endsAt().isBefore(now()))
        .sorted(java.util.Comparator.comparing(MeetingView.Summary::startsAt))
        .toList();
  }

  /** Meetings held, cancelled or past, the latest first. */
  public List<MeetingView.Summary> getPast() {
    return all().stream()
        .filter(m -> !m.status().isUpcoming() || m.endsAt().isBefore(now()))
        .toList();
  }

  /** The active bodies, to schedule a meeting for. */
  public List<BodyView> getBodies() {
    if (bodyList == null) {
      bodyList = bodies.list().stream().filter(BodyView::active).toList();
    }
    return bodyList;
  }

  public Map<String, Object> getForm() {
    return form.values();
  }

  /** Schedules the meeting and opens its page, where its agenda is built. */
  public void schedule() throws IOException {
    LocalDateTime start = form.dateTime(messages, "startsAt");
    LocalDateTime end = form.dateTime(messages, "endsAt");
    if (!form.parsed()) {
      return;
    }
    long id =
        meetings.create(
            new MeetingDraft(
                form.id("bodyId"),
                form.text("title"),
                start,
                end,
                form.text("location"),
                form.text("onlineUrl"),
                form.flag("publicMeeting")));
    messages.infoAfterRedirect("meetings.scheduled", form.text("title"));
    form.clear();
    FacesContext.getCurrentInstance().getExternalContext().redirect(nav.url("meetings/" + id));
  }

  /** The caller's calendar feeds, the newest first. */
  public List<nl.regioportal.governance.application.CalendarFeeds.Feed> getFeeds() {
    if (feedList == null) {
      feedList = feeds.mine();
    }
    return feedList;
  }

  /** Makes a calendar feed of every body or of the chosen one; its address is shown this once. */
  public void makeFeed() {
    var created = feeds.create(feedBody);
    var request =
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest();
    newFeedUrl =
        CalendarServlet.address(
            publicAddress.base(request), tenant.require().value(), created.token());
    feedList = null;
    messages.info("calendar.made");
  }

  public void revokeFeed(nl.regioportal.governance.application.CalendarFeeds.Feed f) {
    feeds.revoke(f.id());
    newFeedUrl = null;
    feedList = null;
    messages.info("calendar.revoked");
  }

  public Long getFeedBody() {
    return feedBody;
  }

  public void setFeedBody(Long feedBody) {
    this.feedBody = feedBody;
  }

  public String getNewFeedUrl() {
    return newFeedUrl;
  }

  /** All bodies of the region (active or not), for a feed of one. */
  public List<BodyView> getAllBodies() {
    return bodies.list();
  }

  /** A time kept in UTC as Dutch local time, for the page. */
  public LocalDateTime local(LocalDateTime utc) {
    return utc == null
        ? null
        : utc.atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(DUTCH).toLocalDateTime();
  }

  public boolean cancelled(MeetingView.Summary m) {
    return m.status() == MeetingStatus.CANCELLED;
  }

  private List<MeetingView.Summary> all() {
    if (all == null) {
      all = meetings.list(null);
    }
    return all;
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(DUTCH);
  }
}
