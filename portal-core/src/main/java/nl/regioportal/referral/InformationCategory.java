package nl.regioportal.referral;

/**
 * What of a student a consent lets the portal share with the receiver. Only what the consent names
 * leaves the sending organisation; everything else is left out of the delivered referral (the
 * receiver sees that it was left out, not what it was).
 */
public enum InformationCategory {
  /** Given and family name and date of birth. */
  IDENTITY,
  /** Phone, e-mail and the preferred way to be reached. */
  CONTACT,
  /** The municipality the student lives in (CBS code). */
  RESIDENCE,
  /** Why the student is referred: life domains, issues and the sender's words. */
  REASON,
  /** The school, the programme and the study coach. */
  EDUCATION,
  /** The files sent along with the referral. */
  ATTACHMENTS
}
