package nl.regioportal.referral.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.domain.ReferralState;

/**
 * A referral as its reader may see it: the sender's people see all of it; the receiver's people see
 * the student's data only as far as the consent covers it and only while the consent stands (a
 * withheld field is {@code null}, and {@code withheld} names its categories).
 */
public record ReferralDetails(
    long id,
    ReferralState state,
    Set<ReferralState> next,
    boolean sent,
    boolean received,
    long senderOrganisationId,
    String senderOrganisationName,
    String sender,
    String studyCoach,
    long receiverOrganisationId,
    String receiverOrganisationName,
    Long serviceId,
    String serviceName,
    Student student,
    List<String> domains,
    List<String> issues,
    String reasonText,
    String asked,
    String urgency,
    Integer responseHours,
    LocalDateTime respondBy,
    boolean overdue,
    boolean threeWayConversation,
    Consent consent,
    Answer answer,
    LocalDateTime createdAt,
    LocalDateTime submittedAt,
    LocalDateTime deliveredAt,
    LocalDateTime respondedAt,
    LocalDateTime closedAt,
    int deliveryVersion,
    Set<InformationCategory> withheld,
    List<Attachment> attachments,
    List<String> warnings,
    List<TimelineEntry> timeline) {

  public record Student(
      String givenName,
      String familyName,
      LocalDate birthDate,
      Integer age,
      String municipality,
      String phone,
      String email,
      String preferredChannel) {}

  public record Consent(
      long id,
      String givenBy,
      String guardianName,
      Set<InformationCategory> categories,
      String purpose,
      LocalDate validUntil,
      String obtained,
      LocalDateTime givenAt,
      String recordedBy,
      LocalDateTime withdrawnAt,
      boolean valid) {}

  public record Answer(
      String declineReason,
      String alternative,
      LocalDate expectedStart,
      String outcome,
      String outcomeText,
      String note) {}

  /** A file sent along (its bytes are downloaded apart, {@code ReferralAttachments}). */
  public record Attachment(
      long id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      LocalDateTime uploadedAt,
      String uploadedBy) {}

  public record TimelineEntry(
      LocalDateTime at,
      String actor,
      String kind,
      ReferralState from,
      ReferralState to,
      String detail) {}
}
