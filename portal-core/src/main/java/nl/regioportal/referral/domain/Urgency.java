package nl.regioportal.referral.domain;

/** Regular, or urgent with a response deadline in hours. */
public enum Urgency {
  REGULAR,
  URGENT
}
