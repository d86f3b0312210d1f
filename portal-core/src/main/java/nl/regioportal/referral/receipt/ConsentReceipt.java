package nl.regioportal.referral.receipt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.domain.ConsentGiver;
import nl.regioportal.referral.domain.ConsentObtained;

/**
 * What a consent receipt says (issue 10, point 2): the student's own record of what they agreed to,
 * gathered by {@code ConsentReceipts} and written by {@link ConsentReceiptPdf}. Kept apart from the
 * entities so that the text can be tested without a database. Times are UTC, as stored; the PDF
 * shows them in Dutch time.
 *
 * @param referralId the referral the consent belongs to
 * @param regionName the region's name (the RMC region)
 * @param recordedBy the user name of who recorded the consent
 * @param studyCoach the user name of the study coach, through whom the student withdraws
 * @param service the directory service the student is referred to, or {@code null}
 * @param guardianName the parent or guardian who consented too, or {@code null}
 * @param withdrawnAt when the consent was withdrawn, or {@code null}
 * @param issuedAt when this receipt was made
 */
public record ConsentReceipt(
    long referralId,
    String regionName,
    String givenName,
    String familyName,
    LocalDate birthDate,
    String senderOrganisation,
    String recordedBy,
    String studyCoach,
    String receiverOrganisation,
    String service,
    Set<InformationCategory> categories,
    String purpose,
    LocalDate validUntil,
    ConsentObtained obtained,
    ConsentGiver givenBy,
    String guardianName,
    LocalDateTime givenAt,
    LocalDateTime withdrawnAt,
    LocalDateTime issuedAt) {

  public ConsentReceipt {
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(receiverOrganisation, "receiverOrganisation");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(obtained, "obtained");
    Objects.requireNonNull(givenBy, "givenBy");
    Objects.requireNonNull(givenAt, "givenAt");
    Objects.requireNonNull(issuedAt, "issuedAt");
    categories = Set.copyOf(categories);
  }
}
