package nl.regioportal.web.security;

import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies the bearer tokens of partner systems and API clients: an RS256 signature by a key of the
 * issuer's JWKS (fetched and cached), the issuer, the audience {@code regioportal-api}, expiry (5
 * seconds of clock skew). What a valid token says: who, the realm roles, and the group paths that
 * carry region memberships ({@code /regions/29/care-worker}).
 */
@ApplicationScoped
public class BearerTokens {

  /** The audience a token must carry to be accepted by the portal's API. */
  public static final String AUDIENCE = "regioportal-api";

  @jakarta.inject.Inject SecondFactor secondFactor;

  /**
   * What a verified token says.
   *
   * @param organisation the organisation a partner system acts for ({@code organisation} claim,
   *     e.g. {@code KVK:90000001}, {@code BRIN:25PZ}, {@code CBS:GM0599}), or {@code null}
   * @param secondFactor a partner system bound to an organisation, or a person whose token shows a
   *     second factor ({@link SecondFactor}): may see student data
   */
  public record Verified(
      String caller,
      Set<String> roles,
      Set<String> groups,
      String organisation,
      boolean secondFactor) {}

  /** Why a token was refused (for the log; the client only learns that it was refused). */
  public static class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  @Inject
  @ConfigProperty(name = "portal.oidc.issuer")
  Optional<String> configuredIssuer;

  private String issuer;

  @jakarta.annotation.PostConstruct
  void init() {
    issuer = configuredIssuer.map(String::trim).orElse("");
  }

  private volatile ConfigurableJWTProcessor<SecurityContext> processor;

  public boolean isConfigured() {
    return issuer != null && !issuer.isBlank();
  }

  public Verified verify(String token) throws Refused {
    if (!isConfigured()) {
      throw new Refused("no token issuer is configured (portal.oidc.issuer)");
    }
    JWTClaimsSet claims;
    try {
      claims = processor().process(token, null);
    } catch (ParseException e) {
      throw new Refused("not a JWT");
    } catch (BadJOSEException e) {
      throw new Refused(e.getMessage());
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new Refused("cannot verify: " + e.getMessage());
    }
    try {
      String caller = claims.getStringClaim("preferred_username");
      if (caller == null) {
        caller = claims.getStringClaim("azp");
      }
      if (caller == null) {
        caller = claims.getSubject();
      }
      String organisation = claims.getStringClaim("organisation");
      return new Verified(
          caller,
          JwtVerification.strings(claims.getStringListClaim("roles")),
          JwtVerification.strings(claims.getStringListClaim("groups")),
          organisation,
          // a partner system bound to an organisation (client credentials, issue 13: they stay as
          // they are), or a person whose token shows a second factor
          organisation != null || secondFactor.confirmedBy(claims));
    } catch (ParseException e) {
      throw new Refused("malformed claims");
    }
  }

  private ConfigurableJWTProcessor<SecurityContext> processor() {
    ConfigurableJWTProcessor<SecurityContext> p = processor;
    if (p == null) {
      synchronized (this) {
        if (processor == null) {
          processor = build();
        }
        p = processor;
      }
    }
    return p;
  }

  private ConfigurableJWTProcessor<SecurityContext> build() {
    return JwtVerification.processor(issuer, AUDIENCE, Set.of("sub", "exp", "iat"));
  }

  /** For tests and diagnostics. */
  Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }
}
