package nl.regioportal.tenant.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.MembershipDirectory;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionCode;
import org.junit.jupiter.api.Test;

/** The rules of binding an invitation to an account; Keycloak itself in {@code IdentityIT}. */
class InvitationsTest {

  private final RegionCode region = new RegionCode("29");
  private final List<String> calls = new ArrayList<>();
  private final List<String> granted = new ArrayList<>();

  private boolean configured = true;

  private Invitations invitations(IdentityDirectory.Account existing) {
    Invitations i = new Invitations();
    i.caller = new CurrentCaller();
    i.caller.signIn(
        "coordinator", false, List.of(new Membership(region, PortalRole.RMC_COORDINATOR, null)));
    i.mode = "development";
    i.memberships =
        new MembershipDirectory() {
          @Override
          public void grant(String username, Membership membership) {
            granted.add(username + " " + membership.role().externalName());
          }
        };
    i.identity =
        new IdentityDirectory() {
          @Override
          public boolean isConfigured() {
            return configured;
          }

          @Override
          public List<String> ensureRegionGroups(RegionCode r) {
            return List.of();
          }

          @Override
          public Optional<Account> findByEmail(String email) {
            return Optional.ofNullable(existing);
          }

          @Override
          public Account create(String email) {
            calls.add("create " + email);
            return new Account("new-id", email, true);
          }

          @Override
          public void addToRegionGroup(String accountId, RegionCode r, PortalRole role) {
            calls.add("group " + accountId + " " + role.externalName());
          }

          @Override
          public boolean sendSetupEmail(String accountId) {
            calls.add("setup-email " + accountId);
            return false;
          }

          @Override
          public String setTemporaryPassword(String accountId) {
            calls.add("temporary-password " + accountId);
            return "one-time";
          }
        };
    return i;
  }

  @Test
  void anExistingAccountWithAnUnverifiedAddressIsRefusedAndNothingChanges() {
    var unverified = new IdentityDirectory.Account("id-1", "someone", false);
    assertThatThrownBy(
            () -> invitations(unverified).invite(region, "a@example.org", "school-staff", null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations().get(0).key())
                    .isEqualTo("invitation.email.unverified"));
    assertThat(calls).isEmpty();
    assertThat(granted).isEmpty();
  }

  @Test
  void anExistingVerifiedAccountIsBoundByIdAndNeverSentAPasswordAction() {
    var verified = new IdentityDirectory.Account("id-2", "jdevries", true);
    Invitation result =
        invitations(verified).invite(region, " A@Example.org ", "school-staff", null);
    assertThat(calls).containsExactly("group id-2 school-staff");
    assertThat(granted).containsExactly("jdevries school-staff");
    assertThat(result.created()).isFalse();
    assertThat(result.temporaryPassword()).isNull();
  }

  @Test
  void aNewAccountIsCreatedAndSetUp() {
    Invitation result = invitations(null).invite(region, "b@example.org", "care-worker", null);
    assertThat(calls)
        .containsExactly(
            "create b@example.org",
            "group new-id care-worker",
            "setup-email new-id",
            "temporary-password new-id");
    assertThat(result.created()).isTrue();
    assertThat(result.temporaryPassword()).isEqualTo("one-time");
  }

  @Test
  void withoutAnIdentityProviderEveryInvitationIsRefusedBeforeItsInputAndNothingChanges() {
    configured = false;
    Invitations withoutKeycloak = invitations(null);
    assertThat(withoutKeycloak.available()).isFalse();
    for (String email : List.of("c@example.org", "not an address")) {
      assertThatThrownBy(() -> withoutKeycloak.invite(region, email, "school-staff", null))
          .isInstanceOfSatisfying(
              ProvisioningException.class, e -> assertThat(e.isNotConfigured()).isTrue());
    }
    assertThat(calls).isEmpty();
    assertThat(granted).isEmpty();
    configured = true;
    assertThat(invitations(null).available()).isTrue();
  }
}
