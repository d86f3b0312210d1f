package nl.regioportal.referral.domain;

/** How a completed referral ended (coded, for the region's figures and the closing of the loop). */
public enum Outcome {
  GOAL_REACHED,
  PARTLY_REACHED,
  REFERRED_ON,
  STOPPED_BY_STUDENT,
  NO_CONTACT,
  OTHER
}
