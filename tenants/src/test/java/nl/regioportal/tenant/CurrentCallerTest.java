package nl.regioportal.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentCallerTest {

  private final RegionCode rijnmond = new RegionCode("29");
  private final RegionCode brabant = new RegionCode("36");

  @Test
  void aMemberEntersOnlyItsRegionsAndHoldsOnlyItsRoles() {
    CurrentCaller caller = new CurrentCaller();
    caller.signIn(
        "policy", false, List.of(new Membership(rijnmond, PortalRole.POLICY_OFFICER, 7L)));
    assertThat(caller.mayEnter(rijnmond)).isTrue();
    assertThat(caller.mayEnter(brabant)).isFalse();
    assertThat(caller.hasRole(rijnmond, PortalRole.POLICY_OFFICER)).isTrue();
    assertThat(caller.hasRole(rijnmond, PortalRole.RMC_COORDINATOR)).isFalse();
    assertThat(caller.hasRole(brabant, PortalRole.POLICY_OFFICER)).isFalse();
    assertThat(caller.memberRegions()).containsExactly(rijnmond);
  }

  @Test
  void aPlatformAdminEntersEveryRegionButHoldsNoRegionalRoleByThat() {
    CurrentCaller caller = new CurrentCaller();
    caller.signIn("admin", true, List.of());
    assertThat(caller.mayEnter(brabant)).isTrue();
    assertThat(caller.hasRole(brabant, PortalRole.PLATFORM_ADMIN)).isTrue();
    assertThat(caller.hasRole(brabant, PortalRole.RMC_COORDINATOR)).isFalse();
  }

  @Test
  void nobodyEntersNothing() {
    CurrentCaller caller = new CurrentCaller();
    assertThat(caller.isSignedIn()).isFalse();
    assertThat(caller.mayEnter(rijnmond)).isFalse();
  }
}
