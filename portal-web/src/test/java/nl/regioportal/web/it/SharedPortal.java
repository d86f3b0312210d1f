package nl.regioportal.web.it;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The portal for the integration tests that talk to it from outside (over HTTP, in a browser): the
 * built WAR in one real Payara Micro process, started on first use and shared by every such test
 * class of the run, instead of a start per class (a start takes 35 to 60 s on the CI machine). It
 * gets the same options as the Arquillian container of the in-container tests ({@code
 * it.portal.options}, set by portal-web/pom.xml for both), runs on a free port against the
 * integration-test database, logs to {@code target/shared-portal.log}, and is stopped gracefully
 * (SIGTERM, so it hands back its claimed jobs) when the test JVM ends.
 *
 * <p>A test class uses it with {@code @ExtendWith(SharedPortal.class)} and a field {@code @Base URL
 * base}. The classes share one database already; sharing the process too means no test may count on
 * the portal's memory being fresh (caches, sessions, rate limits): each works with its own
 * organisations, people and referrals, as it did. See docs/decisions/0028.
 */
final class SharedPortal implements TestInstancePostProcessor {

  /** The portal's address, {@code http://127.0.0.1:<port>/}, injected into the test instance. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  @interface Base {}

  private static Process process;
  private static URL url;

  @Override
  public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
    URL base = url();
    for (Class<?> c = instance.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(Base.class)) {
          f.setAccessible(true);
          f.set(instance, base);
        }
      }
    }
  }

  /** The running portal's address; starts it on first use and waits until it is ready. */
  static synchronized URL url() throws Exception {
    if (url != null) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The shared portal exited (code " + process.exitValue() + "): see " + log());
      }
      return url;
    }
    int port = freePort();
    List<String> options = new ArrayList<>(List.of("-Xmx1g"));
    options.addAll(options());
    Process p = launch(options, port, log());
    process = p;
    Runtime.getRuntime().addShutdownHook(new Thread(SharedPortal::stop, "shared-portal-stop"));
    URI uri = URI.create("http://127.0.0.1:" + port + "/");
    awaitReady(p, uri, log());
    url = uri.toURL();
    return url;
  }

  /**
   * Starts the built WAR in a Payara Micro process with these JVM options on {@code port}, its
   * output to {@code log}; does not wait for it.
   */
  static Process launch(List<String> jvmOptions, int port, Path log) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(System.getProperty("java.home") + "/bin/java");
    cmd.addAll(jvmOptions);
    cmd.addAll(
        List.of(
            "-jar",
            required("payara.micro.jar"),
            "--deploy",
            required("portal.war"),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster"));
    String preboot = System.getProperty("payara.preboot");
    if (preboot != null && !preboot.isBlank()) {
      cmd.add("--prebootcommandfile");
      cmd.add(preboot);
    }
    Files.createDirectories(log.toAbsolutePath().getParent());
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Waits (up to 4 minutes) until the portal at {@code uri} answers ready; fails if it exits. */
  static void awaitReady(Process p, URI uri, Path log) {
    Awaitility.await("the portal at " + uri + " is ready")
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(
            () -> {
              if (!p.isAlive()) {
                throw new AssertionError("The portal exited at its start: see " + log);
              }
              return Http.anonymous(uri).get("/health/ready").statusCode() == 200;
            });
  }

  /** The options of the portal in the tests, as {@code it.portal.options} gives them. */
  static List<String> options() {
    return Arrays.stream(required("it.portal.options").trim().split("\\s+"))
        .filter(o -> !o.isBlank())
        .toList();
  }

  private static void stop() {
    Process p = process;
    if (p == null || !p.isAlive()) {
      return;
    }
    p.destroy(); // SIGTERM: Payara stops Camel, which hands back this instance's claimed jobs
    try {
      // within failsafe's 30 s for a test JVM to exit (after that it kills the JVM, and with it
      // this hook, and the portal would be left running)
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    }
  }

  private static Path log() {
    return Path.of(System.getProperty("shared.portal.log", "target/shared-portal.log"));
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set: run the tests through Maven (failsafe)");
    }
    return value;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
