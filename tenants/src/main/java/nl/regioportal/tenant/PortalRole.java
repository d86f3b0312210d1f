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

  public static Optional<PortalRole> fromExternalName(String name) {
    return Arrays.stream(values()).filter(r -> r.externalName.equals(name)).findFirst();
  }
}
