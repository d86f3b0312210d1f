package nl.regioportal.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * People's sign-in through the identity provider (Keycloak): the OpenID Connect authorization-code
 * flow with PKCE, state and nonce. {@link #start} builds the address to send the browser to and
 * what to remember in the session; {@link #finish} exchanges the returned code for tokens and
 * verifies the ID token (signature by the issuer's keys, issuer, audience = this client, expiry,
 * nonce).
 */
@ApplicationScoped
public class OidcSignIn {

  /** What the session keeps between the redirect to the provider and its return. */
  public record Pending(
      String state, String nonce, String verifier, String next, String redirectUri, boolean stepUp)
      implements Serializable {}

  /**
   * Who came back (or is still signed in at a refresh), the ID token (for sign-out at the provider)
   * and the refresh token (to read the roles again).
   */
  public record SignedIn(
      String username,
      Set<String> roles,
      Set<String> groups,
      String idToken,
      String refreshToken,
      boolean secondFactor) {}

  /** The provider's answer could not be trusted or used. */
  public static class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed(String reason) {
      super(reason);
    }
  }

  @Inject
  @ConfigProperty(name = "portal.oidc.issuer")
  Optional<String> configuredIssuer;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "regioportal-portal")
  String clientId;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-secret")
  Optional<String> configuredSecret;

  private String issuer;
  private String clientSecret;

  @jakarta.annotation.PostConstruct
  void init() {
    issuer = configuredIssuer.map(String::trim).orElse("");
    clientSecret = configuredSecret.orElse("");
  }

  private final SecureRandom random = new SecureRandom();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private volatile DefaultJWTProcessor<SecurityContext> idTokens;
  private volatile DefaultJWTProcessor<SecurityContext> refreshedIdTokens;

  public boolean isConfigured() {
    return !issuer.isBlank() && !clientSecret.isBlank();
  }

  @Inject SecondFactor secondFactor;

  /** A new sign-in attempt: what to remember, and where to send the browser. */
  public Pending start(String next, String redirectUri) {
    return start(next, redirectUri, false);
  }

  /**
   * A new sign-in attempt; with {@code stepUp}, one that asks the provider for a second factor
   * ({@code acr_values}): Keycloak's step-up flow then asks only for what the session lacks.
   */
  public Pending start(String next, String redirectUri, boolean stepUp) {
    return new Pending(randomToken(), randomToken(), randomToken(), next, redirectUri, stepUp);
  }

  public String authorizationUrl(Pending p) {
    return issuer
        + "/protocol/openid-connect/auth?response_type=code&scope=openid"
        + "&client_id="
        + enc(clientId)
        + "&redirect_uri="
        + enc(p.redirectUri())
        + "&state="
        + enc(p.state())
        + "&nonce="
        + enc(p.nonce())
        + "&code_challenge="
        + enc(challenge(p.verifier()))
        + "&code_challenge_method=S256"
        + (p.stepUp() ? "&acr_values=" + enc(secondFactor.requested()) : "");
  }

  /** Where to send the browser to sign out at the provider too. */
  public String endSessionUrl(String idToken, String afterSignOut) {
    return issuer
        + "/protocol/openid-connect/logout?client_id="
        + enc(clientId)
        + (idToken == null ? "" : "&id_token_hint=" + enc(idToken))
        + "&post_logout_redirect_uri="
        + enc(afterSignOut);
  }

  /** Completes the flow for the code and state the provider returned. */
  public SignedIn finish(Pending pending, String code, String state) throws Failed {
    if (pending == null || state == null || !state.equals(pending.state())) {
      throw new Failed("state does not match a sign-in of this session");
    }
    if (code == null || code.isBlank()) {
      throw new Failed("no authorization code");
    }
    String form =
        "grant_type=authorization_code&code="
            + enc(code)
            + "&redirect_uri="
            + enc(pending.redirectUri())
            + "&code_verifier="
            + enc(pending.verifier());
    JsonObject tokens = tokens(form);
    try {
      JWTClaimsSet claims = idTokens().process(idToken(tokens), null);
      if (!pending.nonce().equals(claims.getStringClaim("nonce"))) {
        throw new Failed("nonce does not match");
      }
      return signedIn(claims, tokens);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new Failed("ID token refused: " + e.getMessage());
    }
  }

  /**
   * Reads the person's roles and groups again with the refresh token (the provider answers only
   * while the person's session there lives and the account is enabled).
   */
  public SignedIn refresh(String username, String refreshToken) throws Failed {
    JsonObject tokens =
        tokens("grant_type=refresh_token&refresh_token=" + enc(refreshToken) + "&scope=openid");
    try {
      // a refreshed ID token carries no new nonce: verified like the first, without it
      JWTClaimsSet claims = refreshedIdTokens().process(idToken(tokens), null);
      SignedIn again = signedIn(claims, tokens);
      if (!again.username().equals(username)) {
        throw new Failed("the refreshed ID token names someone else");
      }
      return again;
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new Failed("refreshed ID token refused: " + e.getMessage());
    }
  }

  private static String idToken(JsonObject tokens) throws Failed {
    String idToken = tokens.getString("id_token", null);
    if (idToken == null) {
      throw new Failed("no ID token");
    }
    return idToken;
  }

  private SignedIn signedIn(JWTClaimsSet claims, JsonObject tokens) throws ParseException {
    String username = claims.getStringClaim("preferred_username");
    return new SignedIn(
        username == null ? claims.getSubject() : username,
        JwtVerification.strings(claims.getStringListClaim("roles")),
        JwtVerification.strings(claims.getStringListClaim("groups")),
        tokens.getString("id_token"),
        tokens.getString("refresh_token", null),
        secondFactor.confirmedBy(claims));
  }

  /** The token endpoint's answer to a grant of this client. */
  private JsonObject tokens(String form) throws Failed {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                  .timeout(Duration.ofSeconds(15))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Authorization", "Basic " + basic)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Failed("token endpoint unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed("interrupted");
    }
    if (response.statusCode() != 200) {
      throw new Failed("token endpoint answered " + response.statusCode());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private DefaultJWTProcessor<SecurityContext> refreshedIdTokens() {
    DefaultJWTProcessor<SecurityContext> p = refreshedIdTokens;
    if (p == null) {
      synchronized (this) {
        if (refreshedIdTokens == null) {
          refreshedIdTokens = JwtVerification.processor(issuer, clientId, Set.of("sub", "exp"));
        }
        p = refreshedIdTokens;
      }
    }
    return p;
  }

  private DefaultJWTProcessor<SecurityContext> idTokens() {
    DefaultJWTProcessor<SecurityContext> p = idTokens;
    if (p == null) {
      synchronized (this) {
        if (idTokens == null) {
          idTokens = JwtVerification.processor(issuer, clientId, Set.of("sub", "exp", "nonce"));
        }
        p = idTokens;
      }
    }
    return p;
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
