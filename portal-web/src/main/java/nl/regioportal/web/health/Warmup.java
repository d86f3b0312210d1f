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
 * <p>Where to ask: Payara's own HTTP port, once the readiness answer there carries this instance's
 * name ({@link #instance()}); a port bound automatically ({@code --autoBindHttp}) may not be the
 * one Payara names, and then the first request that reaches the application (a readiness probe,
 * {@link WarmupTrigger}) gives the address.
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

  /** Names this instance, so the warm-up knows it asks itself and not another server. */
  private final String instance = java.util.UUID.randomUUID().toString();

  private final java.util.concurrent.atomic.AtomicBoolean started =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile boolean done;
  private volatile String outcome = "waiting";
  private volatile long deadline;
  private volatile String contextPath = "";

  void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    if (!enabled) {
      outcome = "off";
      done = true;
      return;
    }
    contextPath = context.getContextPath();
    deadline = System.nanoTime() + parse(timeout).toNanos();
    // Payara's own idea of its port: right unless the port was bound automatically
    // (--autoBindHttp), then it may name another server; run() checks that it reaches itself
    port.ifPresent(p -> begin("http://127.0.0.1:" + p + contextPath, true));
    executor.execute(this::giveUpAtDeadline);
  }

  /**
   * A request reached the application: its local port is certainly this instance's. Starts the
   * warm-up there if it has not started yet (Payara's port was unknown or not this instance).
   */
  public void seen(jakarta.servlet.http.HttpServletRequest request) {
    if (!done && !started.get()) {
      begin("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath(), false);
    }
  }

  private void begin(String base, boolean guessed) {
    if (started.compareAndSet(false, true)) {
      executor.execute(() -> run(base, guessed));
    }
  }

  private void giveUpAtDeadline() {
    try {
      while (!done && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!done) {
      outcome = "not warmed: no request reached the instance in time";
      LOG.warning(() -> "Warm-up: " + outcome + "; the instance reports ready without it");
      done = true;
    }
  }

  /** This instance's name in the readiness response (the warm-up looks for it). */
  public String instance() {
    return instance;
  }

  /** Whether warming is over (done, given up, or off): until then the instance is not ready. */
  public boolean isDone() {
    return done;
  }

  /** What the warm-up did, for the readiness response. */
  public String outcome() {
    return outcome;
  }

  private void run(String base, boolean guessed) {
    long started = System.nanoTime();
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    boolean over = true;
    try {
      if (!waitForItself(http, base, deadline)) {
        if (guessed) { // another server, or nothing, answers at Payara's port: wait for a request
          LOG.info(() -> "Warm-up: " + base + " is not this instance; waiting for a request");
          over = false;
          this.started.set(false);
          return;
        }
        throw new IllegalStateException("the instance did not answer at " + base + " in time");
      }
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
      if (done) {
        return; // given up meanwhile
      }
      outcome = "warmed in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms";
      LOG.info(() -> "Warm-up: " + outcome + " (" + paths.size() + " addresses)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = "interrupted";
    } catch (Exception e) {
      outcome = "gave up: " + e.getClass().getSimpleName() + " (" + base + ")";
      LOG.log(
          Level.WARNING,
          "Warm-up of " + base + " gave up; the instance reports ready without it",
          e);
    } finally {
      if (over) {
        done = true;
      }
    }
  }

  /**
   * Waits until the readiness endpoint at {@code base}'s origin answers with this instance's name;
   * false when something else (or nothing) answers there until the deadline, or, for a guess, for
   * ten seconds.
   */
  private boolean waitForItself(HttpClient http, String base, long deadline)
      throws InterruptedException {
    URI ready = URI.create(base.replaceAll("(//[^/]+).*", "$1") + "/health/ready");
    long until = Math.min(deadline, System.nanoTime() + Duration.ofSeconds(10).toNanos());
    while (System.nanoTime() < until) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.body() != null && r.body().contains(instance)) {
          return true;
        }
      } catch (java.io.IOException e) {
        // not listening yet, or not at all
      }
      Thread.sleep(200);
    }
    return false;
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
