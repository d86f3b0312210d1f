package nl.regioportal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class CamelBootstrapTest {

  @Test
  void theErrorPolicyIsAddedWhereverCdiListsItAndAppliesToEveryRoute() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    RouteBuilder failing =
        new RouteBuilder() {
          @Override
          public void configure() {
            from("direct:failing")
                .routeId("failing")
                .process(
                    e -> {
                      attempts.incrementAndGet();
                      throw new IllegalStateException("database gone");
                    });
          }
        };
    try (DefaultCamelContext camel = new DefaultCamelContext()) {
      CamelBootstrap.addAll(camel, List.of(failing, new RouteErrorPolicy()));
      camel.start();

      assertThatThrownBy(() -> camel.createProducerTemplate().sendBody("direct:failing", "x"))
          .hasRootCauseInstanceOf(IllegalStateException.class);
      assertThat(attempts).as("tried once and redelivered twice by the policy").hasValue(3);
    }
  }
}
