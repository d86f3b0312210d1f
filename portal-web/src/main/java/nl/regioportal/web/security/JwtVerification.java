package nl.regioportal.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How the portal verifies every JWT of its identity provider; one place for both token kinds. */
final class JwtVerification {

  /** Seconds of clock difference tolerated between the portal and the identity provider. */
  static final int MAX_CLOCK_SKEW = 5;

  private JwtVerification() {}

  /**
   * A processor that accepts only RS256 tokens signed by a key of the issuer's JWKS (fetched and
   * cached), from that issuer, for {@code audience}, not expired, with {@code requiredClaims}.
   */
  static DefaultJWTProcessor<SecurityContext> processor(
      String issuer, String audience, Set<String> requiredClaims) {
    try {
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL())
              .retrying(true)
              .build();
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
      DefaultJWTClaimsVerifier<SecurityContext> verifier =
          new DefaultJWTClaimsVerifier<>(
              audience, new JWTClaimsSet.Builder().issuer(issuer).build(), requiredClaims);
      verifier.setMaxClockSkew(MAX_CLOCK_SKEW);
      processor.setJWTClaimsSetVerifier(verifier);
      return processor;
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalStateException("portal.oidc.issuer is not a URL: " + issuer, e);
    }
  }

  static Set<String> strings(List<String> values) {
    return values == null ? Set.of() : Set.copyOf(new HashSet<>(values));
  }
}
