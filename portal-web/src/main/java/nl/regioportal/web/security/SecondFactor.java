package nl.regioportal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a person signed in with a second factor, read from the identity provider's token (issue
 * 13, ADR 0027): its {@code acr} is one of {@code portal.oidc.second-factor-acr} (Keycloak's
 * step-up flow names the level reached, {@code mfa} in the portal's realm), or its {@code amr}
 * names more than a password (RFC 8176: {@code mfa}, or a possession or inherence factor such as
 * {@code otp}, {@code hwk}, {@code swk}, {@code sc}, {@code fpt}, {@code face}), as a brokered
 * identity provider may send it. Asking for it again: {@link #requested()} as {@code acr_values}.
 */
@ApplicationScoped
public class SecondFactor {

  /** The RFC 8176 method values that are more than something the person knows. */
  static final Set<String> STRONG_METHODS =
      Set.of("mfa", "otp", "hwk", "swk", "sc", "fpt", "face", "iris", "retina", "vbm", "pop");

  @Inject
  @ConfigProperty(name = "portal.oidc.second-factor-acr", defaultValue = "mfa")
  String configured;

  private Set<String> strong;

  @PostConstruct
  void init() {
    strong = parse(configured);
  }

  /** The configured acr values, in order, without blanks (at least one). */
  static Set<String> parse(String configured) {
    Set<String> values = new LinkedHashSet<>();
    Arrays.stream(configured == null ? new String[0] : configured.split(","))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .forEach(values::add);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("portal.oidc.second-factor-acr names no acr value");
    }
    return values;
  }

  /** Does a token with this {@code acr} and {@code amr} show a second factor? */
  public boolean confirmedBy(String acr, Collection<String> amr) {
    return confirmedBy(strong, acr, amr);
  }

  /** Does a token with these claims show a second factor (its {@code acr} and {@code amr})? */
  public boolean confirmedBy(com.nimbusds.jwt.JWTClaimsSet claims) throws java.text.ParseException {
    return confirmedBy(
        claims.getStringClaim("acr"), JwtVerification.strings(claims.getStringListClaim("amr")));
  }

  static boolean confirmedBy(Set<String> strongAcr, String acr, Collection<String> amr) {
    if (acr != null && strongAcr.contains(acr)) {
      return true;
    }
    return amr != null && amr.stream().anyMatch(STRONG_METHODS::contains);
  }

  /** What to ask the identity provider for ({@code acr_values}) when a second factor is needed. */
  public String requested() {
    return strong.iterator().next();
  }
}
