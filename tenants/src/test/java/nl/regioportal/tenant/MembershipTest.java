package nl.regioportal.tenant;

import static org.assertj.core.api.Assertions.assertThat;

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
}
