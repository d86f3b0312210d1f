package nl.regioportal.referral.domain;

/** Who gave the consent: the student alone (16 and over), or the student and a parent/guardian. */
public enum ConsentGiver {
  STUDENT,
  STUDENT_AND_GUARDIAN
}
