package nl.regioportal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import nl.regioportal.tenant.provisioning.ProvisioningException;
import org.junit.jupiter.api.Test;

/**
 * What the API answers when provisioning cannot be done. The integration tests run with Keycloak,
 * so the embedded default's answer (no identity provider at all) is held here.
 */
class ProblemMappersTest {

  private final ProblemMappers.IdentityProviderFailed mapper =
      new ProblemMappers.IdentityProviderFailed();

  @Test
  void withoutAnIdentityProviderAnInvitationIsA501ProblemThatSaysSo() {
    JsonObject problem =
        mapper.problemFor(ProvisioningException.notConfigured("no identity provider")).toJson();
    assertThat(problem.getString("type")).isEqualTo("/problems/identity-provider-not-configured");
    assertThat(problem.getInt("status")).isEqualTo(501);
    assertThat(problem.getString("title")).isEqualTo("Geen inlogdienst ingesteld");
    assertThat(problem.getString("detail")).contains("Keycloak").contains("niets veranderd");
  }

  @Test
  void anIdentityProviderThatFailsIsA502ProblemThatMayBeRepeated() {
    JsonObject problem = mapper.problemFor(new ProvisioningException("timeout")).toJson();
    assertThat(problem.getString("type")).isEqualTo("/problems/identity-provider-failed");
    assertThat(problem.getInt("status")).isEqualTo(502);
  }
}
