package nl.regioportal.referral.domain;

/** How the consent was obtained. */
public enum ConsentObtained {
  IN_PERSON,
  DIGITAL,
  PHONE
}
