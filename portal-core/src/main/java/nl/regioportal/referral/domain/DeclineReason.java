package nl.regioportal.referral.domain;

/** Why a receiver declines a referral (coded, so the region's figures can count them). */
public enum DeclineReason {
  NO_CAPACITY,
  NOT_ELIGIBLE,
  OUTSIDE_AREA,
  WRONG_SERVICE,
  STUDENT_UNREACHABLE,
  OTHER
}
