package nl.regioportal.referral.domain;

/** How an organisation receives referrals. */
public enum DeliveryChannel {
  /** In the portal's inbox (the default). */
  PORTAL,
  /** A POST of a FHIR R4 Bundle to the organisation's system, signed with its secret. */
  WEBHOOK,
  /** An e-mail without personal data ("a referral is waiting") with a link to the inbox. */
  EMAIL
}
