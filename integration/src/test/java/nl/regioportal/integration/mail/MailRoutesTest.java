package nl.regioportal.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import nl.regioportal.integration.RouteErrorPolicy;
import nl.regioportal.system.MailOutbox;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's SMTP route against a real SMTP server (GreenMail on a free port): what arrives, and
 * that a server that is not there is a failure the caller sees (so the job is tried again), never a
 * mail silently dropped. Without a server, development logs and production refuses.
 */
class MailRoutesTest {

  private static final MailOutbox.Mail MAIL =
      new MailOutbox.Mail(
          7, "buurtwerk@example.org", "Sociale kaart: 1 vermelding controleren", "Beste één,\n");

  private GreenMail smtp;
  private CamelContext camel;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
  }

  @AfterEach
  void stop() {
    if (camel != null) {
      camel.stop();
    }
    smtp.stop();
  }

  @Test
  void aMailArrivesAsPlainUtf8TextWithItsOutboxIdInTheMessageId() throws Exception {
    send(routes(Optional.of("127.0.0.1"), smtp.getSmtp().getPort(), "production"), MAIL);

    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("buurtwerk@example.org");
    assertThat(m.getFrom()[0].toString()).isEqualTo("portal@regioportal.test");
    assertThat(m.getSubject()).isEqualTo("Sociale kaart: 1 vermelding controleren");
    assertThat(m.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("utf-8");
    assertThat(((String) m.getContent()).strip()).isEqualTo("Beste één,");
    assertThat(m.getMessageID()).isEqualTo("<outbox-7@regioportal.test>");
    assertThat(m.getHeader("X-Regioportal-Outbox")).containsExactly("7");
    assertThat(GreenMailUtil.getHeaders(m)).doesNotContainIgnoringCase("Camel");
  }

  @Test
  void aServerThatIsNotThereFailsTheSendForALaterRetry() {
    int port = smtp.getSmtp().getPort();
    smtp.stop();
    MailRoutes routes = routes(Optional.of("127.0.0.1"), port, "production");
    assertThatThrownBy(() -> send(routes, MAIL)).isInstanceOf(CamelExecutionException.class);
  }

  @Test
  void withoutAServerDevelopmentLogsTheMailAndProductionRefusesIt() {
    assertThat(catchSend(routes(Optional.empty(), 25, "development"))).isNull();
    assertThat(catchSend(routes(Optional.of(" "), 25, "development"))).isNull();
    assertThat(catchSend(routes(Optional.empty(), 25, "production")))
        .isInstanceOf(CamelExecutionException.class)
        .hasRootCauseMessage(
            "No SMTP server is configured (portal.mail.smtp.host): the mail stays in the outbox");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void credentialsAndStartTlsGoIntoTheEndpointOnlyWhenSet() {
    MailRoutes plain = routes(Optional.of("smtp.example"), 587, "production");
    assertThat(plain.smtpUri("smtp.example"))
        .isEqualTo(
            "smtp://smtp.example:587?contentType=text/plain;charset=UTF-8&connectionTimeout=10000");
    plain.user = Optional.of("portal");
    plain.password = Optional.of("s&cret");
    plain.starttls = true;
    assertThat(plain.smtpUri("smtp.example"))
        .contains("&username=RAW(portal)&password=RAW(s&cret)")
        .endsWith("&mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true");
  }

  private Throwable catchSend(MailRoutes routes) {
    try {
      send(routes, MAIL);
      return null;
    } catch (Exception e) {
      return e;
    } finally {
      camel.stop();
      camel = null;
    }
  }

  private static MailRoutes routes(Optional<String> host, int port, String mode) {
    MailRoutes routes = new MailRoutes();
    routes.host = host;
    routes.port = port;
    routes.user = Optional.empty();
    routes.password = Optional.empty();
    routes.from = "portal@regioportal.test";
    routes.mode = mode;
    return routes;
  }

  private void send(MailRoutes routes, MailOutbox.Mail mail) throws Exception {
    camel = new DefaultCamelContext();
    camel.addRoutesConfigurations(new RouteErrorPolicy());
    camel.addRoutes(routes);
    camel.start();
    try (ProducerTemplate template = camel.createProducerTemplate()) {
      template.sendBodyAndHeaders(MailRoutes.ENDPOINT, mail.body(), MailRoutes.headers(mail));
    }
  }
}
