package nl.regioportal.referral.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regioportal.referral.InformationCategory;

/**
 * What a referral's delivery carries to the receiver, already cut down to what the consent allows:
 * a field the consent does not cover is {@code null} (or empty). The channels (portal inbox,
 * webhook with a FHIR R4 Bundle, e-mail notice) take it from here; the e-mail notice uses none of
 * the student's fields.
 *
 * @param region the region's code ({@code "29"})
 * @param referralId the referral's id in the portal (stable; the FHIR resources' ids derive from
 *     it)
 * @param version raised by every change that is delivered; {@code Idempotency-Key} is {@code
 *     referralId-version}
 * @param event what happened: the referral was submitted, or withdrawn, or its consent withdrawn
 * @param state the referral's state after the event (FHIR Task status names, lower case with
 *     hyphens: {@code requested}, {@code accepted}, ...; see {@code ReferralState#fhirCode})
 */
public record ReferralMessage(
    String region,
    long referralId,
    int version,
    Event event,
    String state,
    Instant submittedAt,
    Instant sentAt,
    Urgency urgency,
    Instant respondBy,
    Party sender,
    Party receiver,
    Service service,
    Student student,
    Reason reason,
    String asked,
    boolean threeWayConversation,
    Consent consent,
    String portalLink,
    List<Attachment> attachments) {

  public ReferralMessage {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** What the delivery tells. */
  public enum Event {
    SUBMITTED,
    WITHDRAWN,
    CONSENT_WITHDRAWN
  }

  /** How fast a response is needed. */
  public enum Urgency {
    REGULAR,
    URGENT
  }

  /**
   * An organisation, and the person acting for it (the sender's referrer; for the receiver, {@code
   * null} until someone takes the referral).
   */
  public record Party(
      long organisationId, String organisationName, String personName, String personEmail) {}

  /** The directory service the referral is sent to, when one was chosen. */
  public record Service(long id, String hsdsId, String name) {}

  /**
   * The student, as far as the consent allows: {@code givenName}, {@code familyName} and {@code
   * birthDate} under IDENTITY, {@code phone}, {@code email} and {@code preferredChannel} under
   * CONTACT, {@code municipality} (CBS code, e.g. {@code GM0599}) under RESIDENCE.
   */
  public record Student(
      String givenName,
      String familyName,
      LocalDate birthDate,
      String municipality,
      String phone,
      String email,
      String preferredChannel) {}

  /** Why (under REASON): life-domain and issue codes of the shared taxonomy, and the words. */
  public record Reason(List<String> domains, List<String> issues, String text) {}

  /**
   * A file sent along (under ATTACHMENTS, with a submission only): its bytes, its real media type
   * (told by its content) and its SHA-256 in hex.
   */
  public record Attachment(
      long id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt,
      byte[] content) {}

  /**
   * The consent the delivery rests on.
   *
   * @param givenBy {@code STUDENT} or {@code STUDENT_AND_GUARDIAN}
   * @param obtained how: {@code IN_PERSON}, {@code DIGITAL}, {@code PHONE}
   * @param withdrawnAt when the student withdrew it, or {@code null}
   */
  public record Consent(
      long id,
      String givenBy,
      Set<InformationCategory> categories,
      String purpose,
      LocalDate validUntil,
      String obtained,
      Instant givenAt,
      Instant withdrawnAt) {}
}
