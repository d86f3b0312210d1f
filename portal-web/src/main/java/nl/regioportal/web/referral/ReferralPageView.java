package nl.regioportal.web.referral;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.application.ReferralAttachments;
import nl.regioportal.referral.application.ReferralDetails;
import nl.regioportal.referral.application.Referrals;
import nl.regioportal.referral.domain.AttachmentRules;
import nl.regioportal.referral.domain.DeclineReason;
import nl.regioportal.referral.domain.Outcome;
import nl.regioportal.referral.domain.ReferralState;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * One referral ({@code /r/{region}/referrals/{id}}) as its reader may see it: what the consent
 * withholds says so instead of being left out silently, the consent with its status, the timeline,
 * and the steps the reader may take ({@code next} of {@link ReferralDetails}): the sender submits,
 * withdraws and records a withdrawal of consent; the receiver accepts, declines (with a coded
 * reason and perhaps an alternative), waitlists (with an expected start), starts and completes
 * (with a coded outcome). Each step asks for confirmation on the page and reports after a redirect
 * (post-redirect-get), so a reload repeats nothing.
 */
@Named
@ViewScoped
public class ReferralPageView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Referrals referrals;
  @Inject transient ReferralAttachments attachments;
  @Inject NavigationView nav;
  @Inject PageMessages messages;
  @Inject ReferralLabels labels;

  private long id;
  private transient ReferralDetails details;

  private transient UploadedFile file;
  private String withdrawReason;
  private String declineReason;
  private String alternative;
  private String expectedStart;
  private String outcome;
  private String outcomeText;
  private String note;

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Long recordId = RecordPage.recordId();
    try {
      id = recordId;
      details = referrals.get(id);
    } catch (NotFoundException | NullPointerException e) {
      RecordPage.answer(404);
    }
  }

  public ReferralDetails getD() {
    if (details == null && id != 0) {
      details = referrals.get(id);
    }
    return details;
  }

  public long getId() {
    return id;
  }

  /** May the reader take this step now? */
  public boolean may(String state) {
    return getD() != null && getD().next().contains(ReferralState.valueOf(state));
  }

  /** The consent may be withdrawn: the sender's, not withdrawn yet. */
  public boolean isMayWithdrawConsent() {
    return getD() != null
        && getD().sent()
        && getD().consent() != null
        && getD().consent().withdrawnAt() == null;
  }

  /** Whether the reader is shown that a category of the student's data is withheld. */
  public boolean withheld(String category) {
    return getD() != null && getD().withheld().contains(InformationCategory.valueOf(category));
  }

  /** Term codes as words, in one line. */
  public String terms(List<String> codes) {
    return String.join(", ", codes.stream().map(labels::term).toList());
  }

  /** Consented categories as words, in their order. */
  public String categories(java.util.Set<InformationCategory> chosen) {
    return String.join(
        ", ",
        java.util.Arrays.stream(InformationCategory.values())
            .filter(chosen::contains)
            .map(c -> labels.code("category", c.name()))
            .toList());
  }

  // ---- the sender's steps

  public void submit() throws IOException {
    act(() -> referrals.submit(id), "referral.page.submitted");
  }

  public void withdraw() throws IOException {
    act(() -> referrals.withdraw(id, withdrawReason), "referral.page.withdrawn");
  }

  public void withdrawConsent() throws IOException {
    act(() -> referrals.withdrawConsent(id), "referral.page.consentWithdrawn");
  }

  // ---- attachments

  /** The sender may add files: a draft whose standing consent covers attachments. */
  public boolean isMayAttach() {
    ReferralDetails d = getD();
    return d != null
        && d.sent()
        && d.state() == ReferralState.DRAFT
        && d.consent() != null
        && d.consent().withdrawnAt() == null
        && d.consent().categories().contains(InformationCategory.ATTACHMENTS);
  }

  /** What the portal takes: types and limits, in words. */
  public String getAttachmentHint() {
    AttachmentRules.Limits l = attachments.limits();
    return messages.text(
        "referral.page.attachmentHint",
        AttachmentRules.ALLOWED_NAMES,
        l.maxBytes() / (1024 * 1024),
        l.maxCount(),
        l.maxTotalBytes() / (1024 * 1024));
  }

  /** The extensions the file picker offers. */
  public String getAccept() {
    return AttachmentRules.EXTENSIONS;
  }

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      messages.error("attachments:file", "referral.page.fileRequired");
      return;
    }
    UploadedFile chosen = file;
    act(
        "attachments",
        () -> {
          try (var in = chosen.getInputStream()) {
            attachments.add(id, chosen.getFileName(), chosen.getContentType(), in);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        "referral.page.attachmentAdded");
  }

  public void removeAttachment(long attachment) throws IOException {
    act(() -> attachments.remove(id, attachment), "referral.page.attachmentRemoved");
  }

  /** The file to download (an audit EXPORT when it is fetched). */
  public StreamedContent download(long attachment) {
    ReferralAttachments.Download d = attachments.download(id, attachment);
    return nl.regioportal.web.faces.Files.download(d.fileName(), d.mediaType(), d.content());
  }

  /** A size in words: "12 kB", "1,2 MB". */
  public String size(long bytes) {
    return nl.regioportal.web.faces.Files.size(bytes, messages.locale());
  }

  /** A media type's name: "PDF", "Word (.docx)". */
  public String typeName(String mediaType) {
    return AttachmentRules.ALLOWED.getOrDefault(mediaType, mediaType);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  // ---- the receiver's steps

  public void accept() throws IOException {
    answer(ReferralState.ACCEPTED);
  }

  public void decline() throws IOException {
    answer(ReferralState.DECLINED);
  }

  public void waitlist() throws IOException {
    answer(ReferralState.WAITLISTED);
  }

  public void start() throws IOException {
    answer(ReferralState.IN_PROGRESS);
  }

  public void complete() throws IOException {
    answer(ReferralState.COMPLETED);
  }

  private void answer(ReferralState state) throws IOException {
    act(
        () ->
            referrals.answer(
                id,
                new Referrals.Answer(
                    state,
                    state == ReferralState.DECLINED ? declineReason : null,
                    state == ReferralState.DECLINED ? alternative : null,
                    state == ReferralState.WAITLISTED ? expectedStart : null,
                    state == ReferralState.COMPLETED ? outcome : null,
                    state == ReferralState.COMPLETED ? outcomeText : null,
                    note)),
        "referral.page.answered." + state.name());
  }

  private void act(Step step, String done) throws IOException {
    act("actions", step, done);
  }

  private void act(String formId, Step step, String done) throws IOException {
    try {
      step.run();
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        messages.violation(formId, v);
      }
      return;
    } catch (ConflictException e) {
      // an invalid transition (someone moved it meanwhile) or a consent withdrawn already
      messages.violation(null, e.violation());
      return;
    } catch (AccessDeniedException | NotFoundException e) {
      messages.error(null, "referral.page.notYours");
      return;
    }
    messages.infoAfterRedirect(done);
    FacesContext.getCurrentInstance().getExternalContext().redirect(nav.url("referrals/" + id));
  }

  @FunctionalInterface
  private interface Step {
    void run();
  }

  // ---- choices

  public List<SelectItem> getDeclineReasonOptions() {
    List<SelectItem> out = new ArrayList<>();
    out.add(new SelectItem("", messages.text("referral.page.chooseReason")));
    for (DeclineReason r : DeclineReason.values()) {
      out.add(new SelectItem(r.name(), messages.text("referral.declineReason." + r.name())));
    }
    return out;
  }

  public List<SelectItem> getOutcomeOptions() {
    List<SelectItem> out = new ArrayList<>();
    out.add(new SelectItem("", messages.text("referral.page.chooseOutcome")));
    for (Outcome o : Outcome.values()) {
      out.add(new SelectItem(o.name(), messages.text("referral.outcome." + o.name())));
    }
    return out;
  }

  // ---- fields

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public String getAlternative() {
    return alternative;
  }

  public void setAlternative(String alternative) {
    this.alternative = alternative;
  }

  public String getExpectedStart() {
    return expectedStart;
  }

  public void setExpectedStart(String expectedStart) {
    this.expectedStart = expectedStart;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getOutcomeText() {
    return outcomeText;
  }

  public void setOutcomeText(String outcomeText) {
    this.outcomeText = outcomeText;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
