package nl.regioportal.integration.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regioportal.integration.CamelBootstrap;
import nl.regioportal.integration.RouteErrorPolicy;
import nl.regioportal.referral.application.ReferralLanes;
import nl.regioportal.referral.application.ReferralOutbox;
import nl.regioportal.system.SystemScope;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The referral routes in a real CamelContext (with the route error policy every route gets) against
 * a real local HTTP receiver: what a webhook POST carries, that a refusal is handed back once and
 * never repeated by Camel (the outbox retries, ADR 0023), and that the deliver-now route dispatches
 * the referral-delivery jobs after a commit. No sleeps: NotifyBuilder waits for the exchanges.
 */
class ReferralRoutesTest {

  private HttpServer receiver;
  private CamelContext camel;
  private final List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(202);
  private final AtomicInteger dispatched = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/",
        ex -> {
          bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          requests.add(Map.copyOf(ex.getRequestHeaders()));
          byte[] answer = status.get() >= 400 ? "partner busy".getBytes() : new byte[0];
          ex.sendResponseHeaders(status.get(), answer.length == 0 ? -1 : answer.length);
          if (answer.length > 0) {
            ex.getResponseBody().write(answer);
          }
          ex.close();
        });
    receiver.start();
    DefaultCamelContext context = new DefaultCamelContext();
    ReferralRoutes routes = new ReferralRoutes();
    routes.timeoutMs = 5000;
    routes.scope =
        new SystemScope() {
          @Override
          public int dispatch(String kind, int max) {
            assertThat(kind).isEqualTo(ReferralLanes.KIND);
            dispatched.incrementAndGet();
            return 1;
          }
        };
    routes.camel =
        new CamelBootstrap() {
          @Override
          public CamelContext context() {
            return context;
          }

          @Override
          public boolean isStarted() {
            return context.isStarted();
          }
        };
    CamelBootstrap.addAll(context, List.of(routes, new RouteErrorPolicy()));
    context.start();
    camel = context;
    this.routes = routes;
  }

  private ReferralRoutes routes;

  @AfterEach
  void stop() {
    camel.stop();
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  private Exchange post(String body) {
    return camel
        .createProducerTemplate()
        .request(
            ReferralRoutes.WEBHOOK,
            e -> {
              e.getIn().setBody(body.getBytes(StandardCharsets.UTF_8));
              e.getIn()
                  .setHeader(
                      ReferralRoutes.URL,
                      "http://127.0.0.1:" + receiver.getAddress().getPort() + "/intake?x=1");
              e.getIn().setHeader("Content-Type", "application/fhir+json");
              e.getIn().setHeader("Idempotency-Key", "7-1");
              e.getIn().setHeader("X-Regioportaal-Signature", "sha256=ab");
              e.getIn().setHeader("CamelSecret", "not sent");
            });
  }

  @Test
  void aWebhookPostCarriesTheBodyAndExactlyTheDeliveryHeaders() {
    Exchange answer = post("{\"resourceType\":\"Bundle\"}");
    assertThat(answer.getException()).isNull();
    assertThat(answer.getProperty(ReferralRoutes.FAILURE)).isNull();
    assertThat(answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(202);
    assertThat(bodies).containsExactly("{\"resourceType\":\"Bundle\"}");
    Map<String, List<String>> h = requests.get(0);
    assertThat(h.get("Content-type")).containsExactly("application/fhir+json");
    assertThat(h.get("Idempotency-key")).containsExactly("7-1");
    assertThat(h.get("X-regioportaal-signature")).containsExactly("sha256=ab");
    assertThat(h).doesNotContainKey("Camelsecret");
  }

  @Test
  void aRefusalIsHandedBackOnceAndNotRepeatedByCamel() {
    status.set(503);
    Exchange answer = post("{}");
    assertThat(answer.getProperty(ReferralRoutes.FAILURE, Exception.class))
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("partner busy");
    assertThat(requests).as("one POST: the outbox decides about another").hasSize(1);
  }

  @Test
  void aReceiverThatIsNotThereIsAFailureToo() {
    int port = receiver.getAddress().getPort();
    receiver.stop(0);
    Exchange answer =
        camel
            .createProducerTemplate()
            .request(
                ReferralRoutes.WEBHOOK,
                e -> {
                  e.getIn().setBody(new byte[0]);
                  e.getIn().setHeader(ReferralRoutes.URL, "http://127.0.0.1:" + port + "/x");
                });
    assertThat(answer.getProperty(ReferralRoutes.FAILURE, Exception.class)).isNotNull();
    receiver = null;
  }

  @Test
  void afterACommitTheInstanceDeliversAtOnce() {
    NotifyBuilder done =
        new NotifyBuilder(camel).fromRoute("referral-delivery-now").whenDone(1).create();
    routes.queued(new ReferralOutbox.Queued("29:5"));
    assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
    assertThat(dispatched.get()).isEqualTo(1);
  }
}
