package nl.regioportal.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Warms the instance before it reports ready, so the first person does not wait for what every
 * first request pays once: compiling the page template and the sign-in page, PrimeFaces' resource
 * handler and stylesheets, the REST layer and its problem responses, the persistence unit's first
 * queries. Right after start it asks the instance itself, over loopback HTTP, for the pages and
 * endpoints anyone may ask for without signing in (so nothing is written, nobody is signed in and
 * the audit log is not touched), then the resources those pages link to, each a few times.
 *
 * <p>{@link DatabaseReadiness} reports DOWN until this is done, so a load balancer sends no one
 * before it. It never keeps an instance out for good: after {@code portal.warmup.timeout} (60 s by
 * default) or on any failure it logs a warning and lets readiness go UP. {@code
 * portal.warmup.enabled=false} turns it off (the instance is ready as soon as it answers).
 */
@ApplicationScoped
public class Warmup {

  private static final Logger LOG = Logger.getLogger(Warmup.class.getName());

  /** Links a page makes to its own stylesheets and scripts (PrimeFaces' and the portal's). */
  private static final Pattern LINKED =
      Pattern.compile("(?:href|src)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"");

  @Inject
  @ConfigProperty(name = "portal.warmup.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "portal.warmup.timeout", defaultValue = "PT60S")
  String timeout;

  /** Payara Micro's own HTTP port (set by the server). */
  @Inject
  @ConfigProperty(name = "payara.instance.http.port")
  Optional<Integer> port;

  @Resource ManagedExecutorService executor;

  private volatile boolean done;
  private volatile String outcome = "waiting";

  void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    if (!enabled || port.isEmpty()) {
      outcome = enabled ? "skipped: the instance's HTTP port is unknown" : "off";
      done = true;
      return;
    }
    String base = "http://127.0.0.1:" + port.get() + context.getContextPath();
    executor.execute(() -> run(base));
  }

  /** Whether warming is over (done, given up, or off): until then the instance is not ready. */
  public boolean isDone() {
    return done;
  }

  /** What the warm-up did, for the readiness response. */
  public String outcome() {
    return outcome;
  }

  private void run(String base) {
    long started = System.nanoTime();
    long deadline = started + parse(timeout).toNanos();
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    try {
      waitForLive(http, base, deadline);
      List<String> paths = new ArrayList<>();
      // the sign-in page: the Faces lifecycle, the page template, PrimeFaces
      paths.add("/login.xhtml");
      // an anonymous REST call: JAX-RS, JSON and the RFC 9457 problem for "not signed in"
      paths.add("/api/v1/me");
      // the home address without a session: the authentication mechanism's redirect
      paths.add("/");
      String login = get(http, base + "/login.xhtml").body();
      paths.addAll(linked(login, base));
      for (int round = 0; round < 3 && System.nanoTime() < deadline; round++) {
        for (String p : paths) {
          get(http, p.startsWith("http:") ? p : base + p);
        }
      }
      outcome = "warmed in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms";
      LOG.info(() -> "Warm-up: " + outcome + " (" + paths.size() + " addresses)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = "interrupted";
    } catch (Exception e) {
      outcome = "gave up: " + e.getClass().getSimpleName();
      LOG.log(Level.WARNING, "Warm-up gave up; the instance reports ready without it", e);
    } finally {
      done = true;
    }
  }

  private static void waitForLive(HttpClient http, String base, long deadline)
      throws InterruptedException {
    URI live = URI.create(base.replaceAll("(//[^/]+).*", "$1") + "/health/live");
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(live).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the instance did not answer /health/live in time");
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", "nl")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The stylesheets and scripts a page links to, as absolute addresses on this instance. */
  static List<String> linked(String page, String base) {
    String origin = base.replaceAll("(//[^/]+).*", "$1");
    List<String> urls = new ArrayList<>();
    Matcher m = LINKED.matcher(page);
    while (m.find()) {
      String url = m.group(1).replace("&amp;", "&");
      if (url.startsWith("/") && !url.startsWith("//")) { // only this instance's own resources
        urls.add(origin + url);
      }
    }
    return urls;
  }

  private static Duration parse(String text) {
    try {
      return Duration.parse(text);
    } catch (RuntimeException e) {
      return Duration.ofSeconds(60);
    }
  }
}
