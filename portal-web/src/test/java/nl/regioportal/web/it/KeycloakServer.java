package nl.regioportal.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak for the integration tests: the Maven Central distribution that the build unpacked
 * into {@code target/keycloak}, started once per test JVM (so once per run) with the realm template
 * plus the development overlay (its secrets in Keycloak's environment, its demo partner client) and
 * the test users and clients, on 127.0.0.1:{@value #DEFAULT_PORT}, with the login and e-mail theme
 * {@code regioportal} (the tenants module's {@value #THEME}) in its {@code themes/}. Started as
 * early as possible and in the background; tests that need it wait with {@link #awaitReady}.
 * Keycloak 26 needs JDK 21 or newer: {@code -Dkeycloak.java.home}, or the newest JDK under
 * /usr/lib/jvm.
 */
final class KeycloakServer implements BeforeAllCallback {

  static final int DEFAULT_PORT = 8180;
  static final int PORT = Integer.getInteger("keycloak.port", DEFAULT_PORT);
  static final String ISSUER = "http://127.0.0.1:" + PORT + "/realms/regioportal";

  /**
   * Keycloak's management interface (default 9000): one per run, so two runs on a machine coexist.
   */
  static final int MANAGEMENT_PORT = Integer.getInteger("keycloak.management.port", PORT + 1000);

  private static Process process;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (System.getProperty("keycloak.home") == null) {
      return; // inside the container (in-container tests run this extension there too)
    }
    startOnce();
  }

  static synchronized void startOnce() throws IOException {
    if (process != null) {
      return;
    }
    Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak"));
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath());
    }
    deleteTree(home.resolve("data/h2")); // a fresh realm every run, also without `mvn clean`
    installTheme(home.resolve("themes"));
    Path imports = Files.createDirectories(home.resolve("data/import"));
    Files.writeString(
        imports.resolve("regioportal-realm.json"), testRealm(), StandardCharsets.UTF_8);
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + PORT,
                "--http-management-port=" + MANAGEMENT_PORT,
                "--http-host=127.0.0.1",
                "--import-realm",
                "--health-enabled=true")
            .redirectErrorStream(true)
            .redirectOutput(home.getParent().resolve("keycloak.log").toFile());
    builder.environment().put("JAVA_HOME", javaHome());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "it-admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "it-admin-password");
    builder.environment().put("JAVA_OPTS_APPEND", "-Xms128m -Xmx768m");
    builder.environment().putAll(developmentEnvironment());
    process = builder.start();
    Process started = process;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  started.descendants().forEach(ProcessHandle::destroy);
                  started.destroy();
                }));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static final String THEME = "/keycloak/themes/regioportal";

  /**
   * Copies the theme from the classpath (the tenants module's classes or its jar) into Keycloak's
   * {@code themes/regioportal}, as an operator installs it (docs/operations.md), replacing the copy
   * of an earlier run.
   */
  static void installTheme(Path themes) throws IOException {
    URL marker = KeycloakServer.class.getResource(THEME + "/login/theme.properties");
    if (marker == null) {
      throw new IllegalStateException("Missing resource " + THEME);
    }
    Path target = themes.resolve("regioportal");
    deleteTree(target);
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          copyTree(jar.getPath(THEME), target);
        }
      } else {
        copyTree(Path.of(uri).getParent().getParent(), target);
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path p : paths.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  /** Waits until the realm's OpenID discovery answers (Keycloak takes ~30 s on two cores). */
  static void awaitReady() {
    HttpClient client = HttpClient.newHttpClient();
    Awaitility.await("Keycloak ready")
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see target/keycloak.log");
              }
              return client
                      .send(
                          HttpRequest.newBuilder(
                                  URI.create(ISSUER + "/.well-known/openid-configuration"))
                              .build(),
                          HttpResponse.BodyHandlers.discarding())
                      .statusCode()
                  == 200;
            });
  }

  /** A token from the token endpoint, or the error response's body as a failure. */
  static String token(Map<String, String> form) {
    awaitReady();
    String body = Http.formEncode(form);
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new AssertionError("Keycloak refused a token: " + r.statusCode() + " " + r.body());
      }
      return Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String passwordToken(String client, String user, String password) {
    return token(
        Map.of(
            "grant_type", "password", "client_id", client, "username", user, "password", password));
  }

  static String clientCredentialsToken(String client, String secret) {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
  }

  static final String TEMPLATE = "/keycloak/regioportal-realm.json";
  static final String DEVELOPMENT = "/keycloak/regioportal-realm-development.json";
  static final String TEST_ADDITIONS = "/keycloak/test-realm-additions.json";

  /** The realm template with the development overlay's and the tests' clients and users added. */
  static String testRealm() throws IOException {
    return merged(read(TEMPLATE), read(DEVELOPMENT), read(TEST_ADDITIONS)).toString();
  }

  /** The template with each overlay's clients and users appended (nothing else is taken). */
  static JsonObject merged(JsonObject template, JsonObject... overlays) {
    JsonObjectBuilder realm = Json.createObjectBuilder(template);
    for (String list : new String[] {"clients", "users"}) {
      JsonArrayBuilder merged = Json.createArrayBuilder();
      template.getJsonArray(list).forEach(merged::add);
      for (JsonObject overlay : overlays) {
        if (overlay.containsKey(list)) {
          overlay.getJsonArray(list).forEach(merged::add);
        }
      }
      realm.add(list, merged);
    }
    return realm.build();
  }

  /**
   * What Keycloak's environment gets from the development overlay: the values of the template's
   * placeholders, as an operator sets them in production.
   */
  static Map<String, String> developmentEnvironment() throws IOException {
    Map<String, String> environment = new java.util.TreeMap<>();
    read(DEVELOPMENT)
        .getJsonObject("environment")
        .forEach(
            (name, value) -> environment.put(name, ((jakarta.json.JsonString) value).getString()));
    return environment;
  }

  static JsonObject read(String resource) throws IOException {
    try (InputStream in = KeycloakServer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      return Json.createReader(in).readObject();
    }
  }

  /** A JDK of version 21 or newer: the one named, else the newest under /usr/lib/jvm. */
  static String javaHome() throws IOException {
    String named = System.getProperty("keycloak.java.home", "");
    if (!named.isBlank()) {
      return named;
    }
    Path jvms = Path.of("/usr/lib/jvm");
    Optional<Map.Entry<Integer, Path>> newest;
    try (Stream<Path> dirs = Files.list(jvms)) {
      newest =
          dirs.map(d -> Map.entry(featureVersion(d), d))
              .filter(e -> e.getKey() >= 21)
              .max(Comparator.comparing(Map.Entry::getKey));
    }
    return newest
        .map(e -> e.getValue().toString())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Keycloak 26 needs JDK 21+; none under /usr/lib/jvm (set -Dkeycloak.java.home)"));
  }

  private static int featureVersion(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(v.split("[.+-]")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
