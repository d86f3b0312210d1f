package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import nl.regioportal.audit.AuditAction;
import nl.regioportal.audit.AuditEvent;
import nl.regioportal.audit.AuditTrail;
import nl.regioportal.directory.domain.ServiceEntry;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.referral.domain.ReferralConsent;
import nl.regioportal.referral.receipt.ConsentReceipt;
import nl.regioportal.referral.receipt.ConsentReceiptPdf;
import nl.regioportal.region.Region;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The student's consent receipt (issue 10, point 2): a PDF in Dutch or English the sender's people
 * print or send to the student. Only the sending organisation's people make it (the access rule of
 * {@link Referrals#ofSender}: everybody else, the receiver's people included, gets "not found"),
 * and making it is an {@code EXPORT} entry of the audit trail in the same transaction: the receipt
 * holds the student's name and birth date and leaves the portal as a file.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class ConsentReceipts {

  @Inject Referrals referrals;
  @Inject ReferralMessages messages;
  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject RegionDirectory regions;
  @Inject AuditTrail trail;

  Clock clock = Clock.systemUTC();

  /** A written receipt: its file name and the PDF. */
  public record Receipt(String fileName, byte[] pdf) {}

  /**
   * The receipt of referral {@code id}'s consent in {@code locale}'s language (English for {@code
   * en}, else Dutch).
   *
   * @throws NotFoundException when the referral is not one of the caller's organisation's sent
   *     referrals, or has no consent
   * @throws ConflictException when the referral was anonymised (nothing of the student is left)
   */
  public Receipt receipt(long id, Locale locale) {
    RegionCode region = access.requireStudentData();
    Referral r = referrals.ofSender(id);
    if (r.isAnonymised()) {
      throw new ConflictException(Violation.of("referral", "referral.anonymised"));
    }
    ReferralConsent c =
        messages.consentOf(r.id()).orElseThrow(() -> new NotFoundException("consent", id));
    var em = tenantEm.em();
    Organisation sender = em.find(Organisation.class, r.senderOrganisationId());
    Organisation receiver = em.find(Organisation.class, r.receiverOrganisationId());
    String service =
        r.serviceId().map(s -> em.find(ServiceEntry.class, s)).map(ServiceEntry::name).orElse(null);
    ConsentReceipt receipt =
        new ConsentReceipt(
            r.id(),
            regions.find(region).map(Region::name).orElse(region.value()),
            r.givenName(),
            r.familyName(),
            r.birthDate(),
            sender == null ? "?" : sender.name(),
            c.recordedBy(),
            r.studyCoach(),
            receiver == null ? "?" : receiver.name(),
            service,
            c.categories(),
            c.purpose(),
            c.validUntil(),
            c.obtained(),
            c.givenBy(),
            c.guardianName(),
            c.givenAt(),
            c.withdrawnAt(),
            LocalDateTime.now(clock));
    Locale language = ConsentReceiptPdf.language(locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ConsentReceiptPdf.write(receipt, language, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    trail.record(
        AuditEvent.of(
                AuditAction.EXPORT,
                "referral " + r.id() + ": consent receipt (PDF, " + language.getLanguage() + ")")
            .referral(r.id())
            .student(Referrals.studentKey(region, r)));
    String name =
        language.getLanguage().equals("en")
            ? "consent-receipt-referral-" + r.id() + ".pdf"
            : "toestemmingsbewijs-verwijzing-" + r.id() + ".pdf";
    return new Receipt(name, out.toByteArray());
  }
}
