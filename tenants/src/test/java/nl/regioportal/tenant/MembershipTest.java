package nl.regioportal.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTest {

  @Test
  void regionGroupPathsBecomeMemberships() {
    assertThat(Membership.fromGroupPath("/regions/29/rmc-coordinator"))
        .contains(new Membership(new RegionCode("29"), PortalRole.RMC_COORDINATOR, null));
    assertThat(Membership.fromGroupPath("/regions/05/care-worker"))
        .contains(new Membership(new RegionCode("05"), PortalRole.CARE_WORKER, null));
  }

  @Test
  void otherGroupsAreNoMemberships() {
    assertThat(Membership.fromGroupPath("/regions/29/platform-admin")).isEmpty();
    assertThat(Membership.fromGroupPath("/regions/29/baker")).isEmpty();
    assertThat(Membership.fromGroupPath("/regions/290/rmc-coordinator")).isEmpty();
    assertThat(Membership.fromGroupPath("/regions/29")).isEmpty();
    assertThat(Membership.fromGroupPath("regions/29/rmc-coordinator")).isEmpty();
    assertThat(Membership.fromGroupPath(null)).isEmpty();
  }

  @Test
  void theIdentityProviderDecidesTheRegionsAndTheStoredMembershipAddsTheOrganisation() {
    RegionCode r29 = new RegionCode("29");
    List<Membership> stored =
        List.of(
            new Membership(r29, PortalRole.SCHOOL_STAFF, 7L),
            new Membership(new RegionCode("36"), PortalRole.CARE_WORKER, 8L));
    assertThat(Membership.confirmedBy(List.of("/regions/29/school-staff", "/other"), stored))
        .containsExactly(new Membership(r29, PortalRole.SCHOOL_STAFF, 7L));
    assertThat(Membership.confirmedBy(List.of(), stored))
        .as("removed from every group at the identity provider: no region, whatever is stored")
        .isEmpty();
    assertThat(Membership.confirmedBy(List.of("/regions/29/policy-officer"), stored))
        .containsExactly(new Membership(r29, PortalRole.POLICY_OFFICER, null));
  }
}
