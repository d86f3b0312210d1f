package nl.regioportal.tenant;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the portal. {@link #PLATFORM_ADMIN} is global; the others are held per region (and
 * usually for one organisation) through a {@link Membership}.
 */
public enum PortalRole {
  PLATFORM_ADMIN("platform-admin"),
  RMC_COORDINATOR("rmc-coordinator"),
  POLICY_OFFICER("policy-officer"),
  SCHOOL_STAFF("school-staff"),
  CARE_WORKER("care-worker");

  private final String externalName;

  PortalRole(String externalName) {
    this.externalName = externalName;
  }

  /** The name used in the identity provider (Keycloak realm role) and in the database. */
  public String externalName() {
    return externalName;
  }

  /**
   * Does this role see student data (referrals), so that its people set up a second factor when
   * they are given it (issue 13)? Policy officers see figures only; platform admins enter a region
   * as its coordinators do, but are not given roles through invitations.
   */
  public boolean seesStudentData() {
    return this == RMC_COORDINATOR || this == SCHOOL_STAFF || this == CARE_WORKER;
  }

  public static Optional<PortalRole> fromExternalName(String name) {
    return Arrays.stream(values()).filter(r -> r.externalName.equals(name)).findFirst();
  }
}
