package nl.regioportal.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import nl.regioportal.integration.CamelBootstrap;
import nl.regioportal.referral.application.ReferralLanes;
import nl.regioportal.referral.application.ReferralOutbox;
import nl.regioportal.system.SystemScope;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of referral delivery (ADR 0023):
 *
 * <ul>
 *   <li>{@value #WEBHOOK}: {@code POST} of the delivery's body to the receiver's address, with the
 *       headers the caller set ({@code Content-Type: application/fhir+json}, {@code
 *       Idempotency-Key}, {@code X-Regioportaal-Signature}); any 2xx acknowledges, anything else
 *       (or no answer within {@code portal.referrals.webhook.timeout-ms}, 10 s) fails the attempt.
 *       Redirects are not followed: a signed body goes only where it was configured to go.
 *   <li>{@value #NOW}: right after a transaction that queued a delivery commits, this instance
 *       dispatches the referral-delivery jobs at once instead of at the scheduler's next tick (5
 *       s); calls that arrive while one is waiting to run are folded into it.
 * </ul>
 */
@ApplicationScoped
public class ReferralRoutes extends RouteBuilder {

  private static final Logger LOG = Logger.getLogger(ReferralRoutes.class.getName());

  public static final String WEBHOOK = "direct:referral-webhook";
  static final String NOW = "direct:referral-delivery-now";

  /** The header with the receiver's webhook address. */
  public static final String URL = "RegioportaalWebhookUrl";

  @Inject SystemScope scope;
  @Inject CamelBootstrap camel;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "portal.referrals.webhook.timeout-ms",
      defaultValue = "10000")
  long timeoutMs;

  private final AtomicBoolean waiting = new AtomicBoolean();
  private volatile HttpClient http;

  @Override
  public void configure() {
    // The processor never throws: a failure is handed back in FAILURE, so that the route error
    // policy's redeliveries (meant for files) do not repeat a POST; the outbox retries instead.
    from(WEBHOOK).routeId("referral-webhook").process(this::post).id("referral-webhook-post");
    from(NOW)
        .routeId("referral-delivery-now")
        .process(
            e -> {
              waiting.set(false);
              e.getIn().setBody(scope.dispatch(ReferralLanes.KIND, 100));
            })
        .id("referral-delivery-dispatch");
  }

  /** After the commit of a queued delivery: deliver now (asynchronously, folded). */
  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralOutbox.Queued q) {
    if (waiting.compareAndSet(false, true) && camel.isStarted()) {
      try {
        camel.context().createFluentProducerTemplate().to(NOW).asyncSend();
      } catch (RuntimeException e) {
        waiting.set(false);
        LOG.warning(() -> "Could not start delivering at once (the scheduler will): " + e);
      }
    }
  }

  /** The exchange property with the failure of a webhook attempt, if it failed. */
  public static final String FAILURE = "RegioportaalWebhookFailure";

  private void post(Exchange exchange) {
    try {
      send(exchange);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      exchange.setProperty(FAILURE, e);
    }
  }

  private void send(Exchange exchange) throws Exception {
    var in = exchange.getIn();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(in.getHeader(URL, String.class)))
            .timeout(Duration.ofMillis(timeoutMs))
            .POST(HttpRequest.BodyPublishers.ofByteArray(in.getBody(byte[].class)));
    for (String h : new String[] {"Content-Type", "Idempotency-Key", "X-Regioportaal-Signature"}) {
      String value = in.getHeader(h, String.class);
      if (value != null) {
        request.header(h, value);
      }
    }
    request.header("User-Agent", "Regioportaal-Referrals/1");
    HttpResponse<String> response =
        client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      String body = response.body() == null ? "" : response.body();
      throw new WebhookRefused(
          "The receiver answered HTTP "
              + status
              + (body.isBlank() ? "" : ": " + body.substring(0, Math.min(200, body.length()))));
    }
    in.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
  }

  private HttpClient client() {
    HttpClient c = http;
    if (c == null) {
      synchronized (this) {
        if (http == null) {
          http =
              HttpClient.newBuilder()
                  .connectTimeout(Duration.ofMillis(timeoutMs))
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
        }
        c = http;
      }
    }
    return c;
  }

  /** A receiver's answer outside 2xx. */
  public static final class WebhookRefused extends Exception {
    private static final long serialVersionUID = 1L;

    WebhookRefused(String message) {
      super(message);
    }
  }
}
