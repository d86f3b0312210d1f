package nl.regioportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionCode;
import org.junit.jupiter.api.Test;

class ActorTest {

  private static final RegionCode R29 = new RegionCode("29");
  private static final RegionCode R13 = new RegionCode("13");

  @Test
  void aCallerWithOneMembershipIsNamedWithItsRoleAndOrganisation() {
    CurrentCaller c = caller(new Membership(R29, PortalRole.CARE_WORKER, 41L));
    assertThat(Actor.of(c, R29, Optional.empty()))
        .isEqualTo(new Actor("jdevries", 41L, "care-worker"));
  }

  @Test
  void severalRolesInTheRegionAreAllNamedUnlessTheServiceSaysWhichOne() {
    CurrentCaller c =
        caller(
            new Membership(R29, PortalRole.SCHOOL_STAFF, 7L),
            new Membership(R29, PortalRole.CARE_WORKER, 41L),
            new Membership(R13, PortalRole.RMC_COORDINATOR, null));
    assertThat(Actor.of(c, R29, Optional.empty()))
        .isEqualTo(new Actor("jdevries", null, "school-staff,care-worker"));
    assertThat(Actor.of(c, R29, Optional.of(PortalRole.CARE_WORKER)))
        .isEqualTo(new Actor("jdevries", 41L, "care-worker"));
    assertThatThrownBy(() -> Actor.of(c, R29, Optional.of(PortalRole.RMC_COORDINATOR)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nobodySignedInIsRefused() {
    assertThatThrownBy(() -> Actor.of(new CurrentCaller(), R29, Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
  }

  private static CurrentCaller caller(Membership... memberships) {
    CurrentCaller c = new CurrentCaller();
    c.signIn("jdevries", false, List.of(memberships));
    return c;
  }
}
