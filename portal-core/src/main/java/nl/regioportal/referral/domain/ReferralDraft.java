package nl.regioportal.referral.domain;

import java.util.List;

/**
 * A referral as typed or posted, unchecked: every value as text or plain value, so that {@link
 * ReferralRules} can name each wrong field.
 */
public record ReferralDraft(
    Long receiverOrganisationId,
    Long serviceId,
    String givenName,
    String familyName,
    String birthDate,
    String municipality,
    String phone,
    String email,
    String preferredChannel,
    List<String> domains,
    List<String> issues,
    String reasonText,
    String asked,
    String urgency,
    Integer responseHours,
    Boolean threeWay,
    ConsentDraft consent) {

  /** The consent as typed or posted. */
  public record ConsentDraft(
      String givenBy,
      String guardianName,
      List<String> categories,
      String purpose,
      String validUntil,
      String obtained) {}
}
