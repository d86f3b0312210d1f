package nl.regioportal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantRunnerTest {

  private final RegionCode rijnmond = new RegionCode("29");
  private final RegionCode brabant = new RegionCode("36");
  private final TenantContext tenant = new TenantContext();
  private final CurrentCaller caller = new CurrentCaller();
  private final TenantRunner runner = new TenantRunner();

  TenantRunnerTest() {
    runner.tenantContext = tenant;
    runner.caller = caller;
  }

  private void signInAsPolicyOfficer() {
    caller.signIn(
        "policy", false, List.of(new Membership(rijnmond, PortalRole.POLICY_OFFICER, 7L)));
    tenant.enter(rijnmond);
  }

  @Test
  void insideARequestTheWorkRunsAsTheSystemNotAsTheSignedInPerson() {
    signInAsPolicyOfficer();
    String during =
        runner.runAs(
            brabant,
            () ->
                caller.username()
                    + " "
                    + caller.isSystem()
                    + " "
                    + caller.memberships().size()
                    + " "
                    + tenant.require());
    assertThat(during).isEqualTo("system true 0 36");
    assertThat(caller.username()).isEqualTo("policy");
    assertThat(caller.isSystem()).isFalse();
    assertThat(caller.hasRole(rijnmond, PortalRole.POLICY_OFFICER)).isTrue();
    assertThat(tenant.require()).isEqualTo(rijnmond);
  }

  @Test
  void thePersonIsRestoredEvenWhenTheWorkFails() {
    signInAsPolicyOfficer();
    assertThatThrownBy(
            () ->
                runner.runAs(
                    brabant,
                    (Runnable)
                        () -> {
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    assertThat(caller.username()).isEqualTo("policy");
    assertThat(caller.mayEnter(rijnmond)).isTrue();
    assertThat(tenant.require()).isEqualTo(rijnmond);
  }

  @Test
  void systemWorkWithoutARegionRunsAsTheSystemTooAndRestoresThePerson() {
    signInAsPolicyOfficer();
    assertThat(runner.runAsSystem(caller::isSystem)).isTrue();
    assertThat(caller.username()).isEqualTo("policy");
  }

  @Test
  void outsideARequestTheSystemSignsOutAfterwards() {
    assertThat(runner.runAs(rijnmond, caller::username)).isEqualTo("system");
    assertThat(caller.isSignedIn()).isFalse();
    assertThat(tenant.current()).isEmpty();
  }
}
