package nl.regioportal.web.governance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioportal.governance.application.MeetingView;
import nl.regioportal.governance.application.Meetings;
import nl.regioportal.governance.domain.ActionDraft;
import nl.regioportal.governance.domain.DecisionDraft;
import nl.regioportal.governance.domain.DecisionOutcome;
import nl.regioportal.governance.domain.ItemDraft;
import nl.regioportal.governance.domain.ItemType;
import nl.regioportal.governance.domain.MeetingStatus;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;

/**
 * A meeting's page (issue 11): when and where, its status, the agenda with each item's decision,
 * the actions raised at it and the body's open actions carried to it, for every member. For the
 * coordinators: add and remove items, publish the agenda, record that the meeting was held (each
 * step the meeting's status allows, the irreversible ones after a confirmation), record a decision
 * per decision item, raise an action; an action's owner and the coordinators mark it done. A
 * refused step shows at its field or at the top and changes nothing.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Meetings meetings;
  @Inject PageMessages messages;
  @Inject NavigationView nav;
  @Inject CurrentCaller caller;
  @Inject nl.regioportal.governance.application.AgendaDocuments documents;
  @Inject nl.regioportal.governance.application.FiguresSnapshots snapshots;
  @Inject nl.regioportal.governance.application.Minutes minutes;

  private long id;
  private transient MeetingView meeting;
  private transient List<MeetingView.FundingLink> versions;
  private final GovernanceForm item = new GovernanceForm("newItem");
  private final GovernanceForm decision = new GovernanceForm("decide");
  private final GovernanceForm action = new GovernanceForm("newAction");
  private final GovernanceForm document = new GovernanceForm("newDocument");
  private transient org.primefaces.model.file.UploadedFile file;
  private transient java.util.Optional<nl.regioportal.governance.application.Minutes.View>
      minutesView;
  private String minutesText;
  private Long approver;
  private transient List<nl.regioportal.governance.application.FiguresSnapshots.Snapshot>
      snapshotList;
  private transient List<MeetingView.Summary> approvers;
  private transient Map<Long, List<nl.regioportal.governance.application.AgendaDocuments.Document>>
      docs;

  /** The page's view action; a meeting of another region answers 404. */
  public void load() {
    Long recordId = RecordPage.recordId();
    if (recordId != null) {
      id = recordId;
    }
    meeting = meetings.get(id);
  }

  public MeetingView getMeeting() {
    if (meeting == null) {
      meeting = meetings.get(id);
    }
    return meeting;
  }

  // --- what the page offers ---------------------------------------------------------------------

  public boolean isUpcoming() {
    return getMeeting().status().isUpcoming();
  }

  public boolean isPlanned() {
    return getMeeting().status() == MeetingStatus.PLANNED;
  }

  /** May the meeting be recorded as held now: still to come in status, and its day has come. */
  public boolean isHeldAllowed() {
    return isUpcoming() && !getMeeting().startsAt().toLocalDate().isAfter(getToday());
  }

  public boolean isHeld() {
    return getMeeting().status() == MeetingStatus.HELD;
  }

  /** The decision items still without a decision, once the meeting was held. */
  public List<MeetingView.Item> getUndecided() {
    return isHeld()
        ? getMeeting().items().stream()
            .filter(i -> i.type() == ItemType.DECISION && i.decision() == null)
            .toList()
        : List.of();
  }

  /** May the caller mark this action done (or open again)? The coordinators and its owner. */
  public boolean mayMark(MeetingView.Action a) {
    return nav.isCoordinator()
        || (a.ownerUsername() != null && a.ownerUsername().equals(caller.username()));
  }

  /** The funding-key versions an item may be about (coordinators only). */
  public List<MeetingView.FundingLink> getVersions() {
    if (versions == null) {
      versions = nav.isCoordinator() ? meetings.fundingVersions() : List.of();
    }
    return versions;
  }

  /** The figures snapshots an item may put on the table (coordinators only). */
  public List<nl.regioportal.governance.application.FiguresSnapshots.Snapshot> getSnapshots() {
    if (snapshotList == null) {
      snapshotList = nav.isCoordinator() ? snapshots.list() : List.of();
    }
    return snapshotList;
  }

  public ItemType[] getTypes() {
    return ItemType.values();
  }

  public DecisionOutcome[] getOutcomes() {
    return DecisionOutcome.values();
  }

  public Map<String, Object> getItem() {
    return item.values();
  }

  public Map<String, Object> getDecision() {
    return decision.values();
  }

  public Map<String, Object> getAction() {
    return action.values();
  }

  /** Today in Dutch time, for the deadline chooser's lower bound. */
  public LocalDate getToday() {
    return LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
  }

  /** The documents of an item the caller may see (confidential ones: the body's members). */
  public List<nl.regioportal.governance.application.AgendaDocuments.Document> documentsOf(
      MeetingView.Item i) {
    if (docs == null) {
      docs =
          documents.visible(id).stream()
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      nl.regioportal.governance.application.AgendaDocuments.Document::itemId));
    }
    return docs.getOrDefault(i.id(), List.of());
  }

  public nl.regioportal.governance.domain.DocumentType[] getDocumentTypes() {
    return nl.regioportal.governance.domain.DocumentType.values();
  }

  public Map<String, Object> getDocument() {
    return document.values();
  }

  public org.primefaces.model.file.UploadedFile getFile() {
    return file;
  }

  public void setFile(org.primefaces.model.file.UploadedFile file) {
    this.file = file;
  }

  /** The extensions the file picker offers. */
  public String getAccept() {
    return nl.regioportal.referral.domain.AttachmentRules.EXTENSIONS;
  }

  /** A size in words: "12 kB", "1,2 MB". */
  public String size(long bytes) {
    return nl.regioportal.web.faces.Files.size(bytes, messages.locale());
  }

  public void upload() throws java.io.IOException {
    Long itemId = document.id("itemId");
    String type = document.text("type");
    if (itemId == null || file == null || file.getSize() == 0) {
      if (itemId == null) {
        messages.error("newDocument:itemId", "meeting.document.itemRequired");
      }
      if (file == null || file.getSize() == 0) {
        messages.error("newDocument:file", "meeting.document.fileRequired");
      }
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try (var in = file.getInputStream()) {
      documents.add(
          id,
          itemId,
          file.getFileName(),
          file.getContentType(),
          type == null ? null : nl.regioportal.governance.domain.DocumentType.valueOf(type),
          document.flag("confidential"),
          in);
    }
    messages.info("meeting.documentAdded", file.getFileName());
    document.clear();
    file = null;
    docs = null;
  }

  public void removeDocument(nl.regioportal.governance.application.AgendaDocuments.Document d) {
    documents.remove(id, d.id());
    messages.info("meeting.documentRemoved", d.fileName());
    docs = null;
  }

  public org.primefaces.model.StreamedContent download(long documentId) {
    var d = documents.download(id, documentId);
    return nl.regioportal.web.faces.Files.download(d.fileName(), d.mediaType(), d.content());
  }

  // --- minutes ---

  public nl.regioportal.governance.application.Minutes.View getMinutes() {
    if (minutesView == null) {
      minutesView = minutes.get(id);
      minutesText =
          minutesView.map(nl.regioportal.governance.application.Minutes.View::text).orElse(null);
    }
    return minutesView.orElse(null);
  }

  public String getMinutesText() {
    getMinutes();
    return minutesText;
  }

  public void setMinutesText(String text) {
    this.minutesText = text;
  }

  public Long getApprover() {
    return approver;
  }

  public void setApprover(Long approver) {
    this.approver = approver;
  }

  /** The later meetings of the body that may approve the minutes. */
  public List<MeetingView.Summary> getApprovers() {
    if (approvers == null) {
      approvers = minutes.approvers(id);
    }
    return approvers;
  }

  public void draftMinutes() {
    minutes.draft(id);
    minutesView = null;
    messages.info("minutes.drafted");
  }

  public void saveMinutes() {
    var current = getMinutes();
    minutes.save(id, current.version(), minutesText);
    minutesView = null;
    messages.info("minutes.saved");
  }

  public void approveMinutes() {
    if (approver == null) {
      messages.error("minutes:approver", "minutes.approverRequired");
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    minutes.approve(id, approver);
    minutesView = null;
    meeting = null;
    messages.info("minutes.approved");
  }

  // --- steps ------------------------------------------------------------------------------------

  public void addItem() {
    String type = item.text("type");
    meetings.addItem(
        id,
        new ItemDraft(
            item.text("title"),
            type == null ? null : ItemType.valueOf(type),
            item.text("ownerName"),
            item.text("proposedDecision"),
            item.id("fundingVersionId"),
            item.id("figuresSnapshotId")));
    messages.info("meeting.itemAdded", item.text("title"));
    item.clear();
    meeting = null;
  }

  public void removeItem(MeetingView.Item i) {
    meetings.removeItem(id, i.id());
    messages.info("meeting.itemRemoved", i.title());
    meeting = null;
  }

  public void publish() {
    meeting = meetings.publish(id);
    messages.info("meeting.published");
  }

  public void held() {
    meeting = meetings.held(id);
    messages.info("meeting.heldRecorded");
  }

  public void cancel() {
    meeting = meetings.cancel(id);
    messages.info("meeting.cancelled");
  }

  /** Prepares the decision form for an item: its proposed decision as the wording to adopt. */
  public void choose(MeetingView.Item i) {
    decision.clear();
    decision.values().put("itemId", String.valueOf(i.id()));
    decision.values().put("outcome", DecisionOutcome.ADOPTED.name());
    decision.values().put("text", i.proposedDecision());
  }

  public void decide() {
    Long itemId = decision.id("itemId");
    if (itemId == null) {
      messages.error("decide:itemId", "meeting.decision.itemRequired");
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    String outcome = decision.text("outcome");
    meetings.decide(
        id,
        itemId,
        new DecisionDraft(
            outcome == null ? null : DecisionOutcome.valueOf(outcome), decision.text("text")));
    messages.info("meeting.decided");
    decision.clear();
    meeting = null;
  }

  public void addAction() {
    var deadline = action.date(messages, "deadline");
    if (!action.parsed()) {
      return;
    }
    meetings.addAction(
        id,
        new ActionDraft(
            action.text("description"),
            action.text("ownerName"),
            action.text("ownerEmail"),
            action.text("ownerUsername"),
            deadline,
            action.id("itemId")));
    messages.info("meeting.actionAdded");
    action.clear();
    meeting = null;
  }

  public void markDone(MeetingView.Action a, boolean done) {
    meetings.actionDone(a.id(), done);
    messages.info(done ? "meeting.actionDone" : "meeting.actionReopened");
    meeting = null;
  }
}
