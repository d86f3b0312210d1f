package nl.regioportal.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A stored {@link Membership} of a user name. Global (it spans regions), so not tenant-owned. */
@Entity
@Table(name = "portal_membership")
public class MembershipRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 100)
  private String username;

  @Column(name = "region_code", nullable = false, length = 2)
  private String regionCode;

  @Column(name = "role", nullable = false, length = 40)
  private String role;

  @Column(name = "organisation_id")
  private Long organisationId;

  protected MembershipRecord() {}

  public MembershipRecord(String username, Membership membership) {
    this.username = Objects.requireNonNull(username, "username is required");
    this.regionCode = membership.region().value();
    this.role = membership.role().externalName();
    this.organisationId = membership.organisationId();
  }

  /** The person now acts for another organisation in this region and role. */
  public void moveTo(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String username() {
    return username;
  }

  public Membership toMembership() {
    return new Membership(
        new RegionCode(regionCode),
        PortalRole.fromExternalName(role)
            .orElseThrow(() -> new IllegalStateException("Unknown role in database: " + role)),
        organisationId);
  }
}
