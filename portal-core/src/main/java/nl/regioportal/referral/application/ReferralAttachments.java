package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.regioportal.audit.AuditAction;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.delivery.ReferralMessage;
import nl.regioportal.referral.domain.AttachmentRules;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.referral.domain.ReferralAttachment;
import nl.regioportal.referral.domain.ReferralAttachmentContent;
import nl.regioportal.referral.domain.ReferralConsent;
import nl.regioportal.referral.domain.ReferralState;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A referral's attachments (issue 10, point 1). The sender's people add and remove files while the
 * referral is a draft, and only when its consent names {@link InformationCategory#ATTACHMENTS};
 * each file is checked whole by {@link AttachmentRules} (type by its bytes, size, count, total) and
 * refused whole, so nothing of a bad file is stored. Once delivered, the receiver's people see and
 * download them while the consent stands and covers attachments; the webhook carries them in its
 * Bundle. Every addition, removal and download is an entry of the audit trail in the same
 * transaction. Files are encrypted at rest (ADR 0022) and erased with the referral's personal data.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class ReferralAttachments {

  @Inject Referrals referrals;
  @Inject ReferralMessages messages;
  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;

  @Inject
  @ConfigProperty(name = "portal.referrals.attachments.max-bytes", defaultValue = "5242880")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "portal.referrals.attachments.max-count", defaultValue = "5")
  int maxCount;

  @Inject
  @ConfigProperty(name = "portal.referrals.attachments.max-total-bytes", defaultValue = "10485760")
  long maxTotalBytes;

  Clock clock = Clock.systemUTC();

  /** A downloaded file. */
  public record Download(String fileName, String mediaType, byte[] content) {}

  /** The configured limits. */
  public AttachmentRules.Limits limits() {
    return new AttachmentRules.Limits(maxBytes, maxCount, maxTotalBytes);
  }

  /**
   * Adds a file read from {@code in} (at most one byte over the limit is read: a longer file is
   * refused without reading the rest).
   */
  public ReferralDetails.Attachment add(
      long referralId, String fileName, String declaredType, InputStream in) throws IOException {
    byte[] content =
        in == null
            ? new byte[0]
            : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits().maxBytes() + 1));
    return add(referralId, fileName, declaredType, content);
  }

  /**
   * Adds a file to a draft of the caller's organisation.
   *
   * @throws ConflictException when the referral is no longer a draft
   * @throws InvalidInputException when its consent does not cover attachments
   * @throws AttachmentRefusedException when the file breaks a rule
   */
  public ReferralDetails.Attachment add(
      long referralId, String fileName, String declaredType, byte[] content) {
    RegionCode region = access.requireStudentData();
    Referral r = referrals.lockAsSender(referralId);
    if (r.state() != ReferralState.DRAFT) {
      throw new ConflictException(Violation.of("file", "referral.attachment.notDraft"));
    }
    ReferralConsent consent = messages.consentOf(r.id()).orElse(null);
    if (!covers(consent)) {
      throw new InvalidInputException(
          List.of(Violation.of("file", "referral.attachment.notConsented")));
    }
    List<ReferralAttachment> existing = of(r.id());
    long total = existing.stream().mapToLong(ReferralAttachment::sizeBytes).sum();
    AttachmentRules.Result checked =
        AttachmentRules.check(fileName, declaredType, content, limits(), existing.size(), total);
    if (!checked.ok()) {
      throw new AttachmentRefusedException(checked.refusal(), checked.violations());
    }
    var em = tenantEm.em();
    ReferralAttachment a =
        new ReferralAttachment(
            r.id(),
            checked.fileName(),
            checked.mediaType(),
            content.length,
            nl.regioportal.shared.Sha256.hex(content),
            LocalDateTime.now(clock),
            caller.username());
    em.persist(a);
    em.flush();
    em.persist(new ReferralAttachmentContent(a.id(), content));
    em.flush();
    referrals.audit(
        region,
        r,
        AuditAction.CHANGE,
        "attachment " + a.id() + " added (" + a.mediaType() + ", " + a.sizeBytes() + " bytes)");
    return describe(a);
  }

  /** Removes a file from a draft of the caller's organisation. */
  public void remove(long referralId, long attachmentId) {
    RegionCode region = access.requireStudentData();
    Referral r = referrals.lockAsSender(referralId);
    if (r.state() != ReferralState.DRAFT) {
      throw new ConflictException(Violation.of("file", "referral.attachment.notDraft"));
    }
    ReferralAttachment a = find(r, attachmentId);
    var em = tenantEm.em();
    ReferralAttachmentContent c = em.find(ReferralAttachmentContent.class, a.id());
    if (c != null) {
      em.remove(c);
    }
    em.remove(a);
    em.flush();
    referrals.audit(region, r, AuditAction.DELETE, "attachment " + attachmentId + " removed");
  }

  /** The files of a referral the caller may see them of (an audit VIEW: their names). */
  public List<ReferralDetails.Attachment> list(long referralId) {
    RegionCode region = access.requireStudentData();
    Referral r = readable(referralId);
    List<ReferralDetails.Attachment> out = of(r.id()).stream().map(this::describe).toList();
    if (!out.isEmpty()) {
      referrals.audit(region, r, AuditAction.VIEW, "the attachments' names");
    }
    return out;
  }

  /** A file, for the sender's people or, once delivered and consented, the receiver's. */
  public Download download(long referralId, long attachmentId) {
    RegionCode region = access.requireStudentData();
    Referral r = readable(referralId);
    ReferralAttachment a = find(r, attachmentId);
    ReferralAttachmentContent c = tenantEm.em().find(ReferralAttachmentContent.class, a.id());
    if (c == null) {
      throw new NotFoundException("attachment", attachmentId);
    }
    referrals.audit(
        region,
        r,
        AuditAction.EXPORT,
        "attachment " + a.id() + " downloaded (" + a.mediaType() + ")");
    return new Download(a.fileName(), a.mediaType(), c.content());
  }

  /**
   * The files a reader of the details sees: all for the sender, for the receiver only under a
   * standing consent that covers attachments.
   */
  List<ReferralDetails.Attachment> shown(Referral r, boolean sender, ReferralConsent consent) {
    if (r.isAnonymised() || !(sender || covers(consent))) {
      return List.of();
    }
    return of(r.id()).stream().map(this::describe).toList();
  }

  /** The files a delivery carries: only under a standing consent that covers attachments. */
  List<ReferralMessage.Attachment> forDelivery(Referral r, ReferralConsent consent) {
    if (r.isAnonymised() || !covers(consent)) {
      return List.of();
    }
    var em = tenantEm.em();
    return of(r.id()).stream()
        .map(
            a -> {
              ReferralAttachmentContent c = em.find(ReferralAttachmentContent.class, a.id());
              return new ReferralMessage.Attachment(
                  a.id(),
                  a.fileName(),
                  a.mediaType(),
                  a.sizeBytes(),
                  a.sha256(),
                  a.uploadedAt().toInstant(ZoneOffset.UTC),
                  c == null ? new byte[0] : c.content());
            })
        .toList();
  }

  /** Erases the files of these referrals (retention); the number erased. */
  int erase(List<Long> referralIds) {
    if (referralIds.isEmpty()) {
      return 0;
    }
    var em = tenantEm.em();
    em.createQuery(
            "delete from ReferralAttachmentContent c where c.attachmentId in (select a.id from"
                + " ReferralAttachment a where a.referralId in :ids)")
        .setParameter("ids", referralIds)
        .executeUpdate();
    return em.createQuery("delete from ReferralAttachment a where a.referralId in :ids")
        .setParameter("ids", referralIds)
        .executeUpdate();
  }

  private Referral readable(long referralId) {
    Referral r = tenantEm.em().find(Referral.class, referralId);
    if (r == null || !referrals.maySee(r)) {
      throw new NotFoundException("referral", referralId);
    }
    boolean sender =
        referrals.organisationsOfCaller(access.requireMember()).contains(r.senderOrganisationId());
    if (!sender && !covers(messages.consentOf(r.id()).orElse(null))) {
      throw new NotFoundException("attachment", referralId);
    }
    return r;
  }

  private ReferralAttachment find(Referral r, long attachmentId) {
    ReferralAttachment a = tenantEm.em().find(ReferralAttachment.class, attachmentId);
    if (a == null || a.referralId() != r.id()) {
      throw new NotFoundException("attachment", attachmentId);
    }
    return a;
  }

  private List<ReferralAttachment> of(long referralId) {
    return tenantEm
        .em()
        .createQuery(
            "select a from ReferralAttachment a where a.referralId = :r order by a.id",
            ReferralAttachment.class)
        .setParameter("r", referralId)
        .getResultList();
  }

  private ReferralDetails.Attachment describe(ReferralAttachment a) {
    return new ReferralDetails.Attachment(
        a.id(),
        a.fileName(),
        a.mediaType(),
        a.sizeBytes(),
        a.sha256(),
        a.uploadedAt(),
        a.uploadedBy());
  }

  private static boolean covers(ReferralConsent c) {
    return c != null && c.withdrawnAt() == null && c.covers(InformationCategory.ATTACHMENTS);
  }
}
