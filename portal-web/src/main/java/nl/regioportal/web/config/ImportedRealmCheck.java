package nl.regioportal.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the realm was imported without its secrets. Keycloak 26 imports an unresolved {@code
 * ${NAME}} of the realm template literally, so a forgotten environment variable makes the
 * placeholder itself the client's secret, known to anyone who reads the template. The check asks
 * the token endpoint to authenticate each of the portal's clients with its placeholder (a refresh
 * grant with a bogus token: {@code 401} means the secret is wrong, as it must be; {@code 400
 * invalid_grant} means the client authenticated). An unreachable identity provider is logged, not
 * held against the start.
 */
@ApplicationScoped
public class ImportedRealmCheck {

  private static final Logger LOG = Logger.getLogger(ImportedRealmCheck.class.getName());

  @Inject
  @ConfigProperty(name = "portal.oidc.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "regioportal-portal")
  String portalClient;

  @Inject
  @ConfigProperty(
      name = "portal.keycloak.admin-client-id",
      defaultValue = "regioportal-provisioning")
  String provisioningClient;

  /** The clients of the template and the placeholders of their secrets. */
  Map<String, String> placeholders() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(portalClient, "${REGIOPORTAL_PORTAL_CLIENT_SECRET}");
    p.put(provisioningClient, "${REGIOPORTAL_PROVISIONING_SECRET}");
    return p;
  }

  /** The clients whose secret at the identity provider is the template's unresolved placeholder. */
  public List<String> clientsWithPlaceholderSecrets() {
    List<String> exposed = new ArrayList<>();
    if (issuer.isEmpty()) {
      return exposed;
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    placeholders()
        .forEach(
            (client, placeholder) -> {
              String form =
                  "grant_type=refresh_token&refresh_token=not-a-token&client_id="
                      + enc(client)
                      + "&client_secret="
                      + enc(placeholder);
              try {
                HttpResponse<String> r =
                    http.send(
                        HttpRequest.newBuilder(
                                URI.create(issuer.get().trim() + "/protocol/openid-connect/token"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (authenticated(r.statusCode(), r.body())) {
                  exposed.add(client + " (" + placeholder + ")");
                }
              } catch (IOException e) {
                LOG.warning(
                    () ->
                        "Could not check the realm's secret of " + client + ": " + e.getMessage());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    return exposed;
  }

  /** Whether the token endpoint's answer shows that the client's credentials were accepted. */
  static boolean authenticated(int status, String body) {
    return status == 200 || (status == 400 && body != null && body.contains("invalid_grant"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
