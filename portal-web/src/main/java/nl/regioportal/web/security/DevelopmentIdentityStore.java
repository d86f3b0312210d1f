package nl.regioportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import nl.regioportal.web.config.RunMode;

/** Validates the demo users' passwords, and nothing at all unless the development login is on. */
@ApplicationScoped
public class DevelopmentIdentityStore implements IdentityStore {

  @Inject RunMode runMode;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    if (!runMode.devLoginEnabled()) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return DemoUsers.find(credential.getCaller())
        .filter(u -> constantTimeEquals(credential.getPasswordAsString(), DemoUsers.PASSWORD))
        .map(u -> new CredentialValidationResult(u.username(), u.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
