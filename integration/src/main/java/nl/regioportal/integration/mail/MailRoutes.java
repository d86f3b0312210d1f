package nl.regioportal.integration.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.regioportal.system.MailOutbox;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The route every mail of the outbox leaves by ({@value #ENDPOINT}, ADR 0018): over SMTP to {@code
 * portal.mail.smtp.host} (camel-mail), as plain UTF-8 text from {@code portal.mail.from}, with a
 * Message-ID made of the outbox row's id (so a receiver can tell a repeat). Without an SMTP server,
 * development logs the mail instead, and production fails it: the mail stays in the outbox and its
 * job is tried again later, so nothing is lost while the server is being configured. A failure
 * (server away, refused) reaches the caller as an exception.
 */
@ApplicationScoped
public class MailRoutes extends RouteBuilder {

  private static final Logger LOG = Logger.getLogger(MailRoutes.class.getName());

  /** Where {@link MailDelivery} hands a mail over. */
  public static final String ENDPOINT = "direct:outbox-mail";

  /** The outbox row's id, sent along as a header of the mail. */
  static final String OUTBOX_ID = "X-Regioportal-Outbox";

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "portal.mail.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "portal.mail.from", defaultValue = "noreply@regioportal.invalid")
  String from;

  @Inject
  @ConfigProperty(name = "portal.mode", defaultValue = "production")
  String mode;

  /** The headers of a mail as the route takes it: recipient, subject and the outbox id. */
  public static Map<String, Object> headers(MailOutbox.Mail mail) {
    return Map.of("To", mail.to(), "Subject", mail.subject(), OUTBOX_ID, String.valueOf(mail.id()));
  }

  @Override
  public void configure() {
    var route = from(ENDPOINT).routeId("outbox-mail");
    Optional<String> smtp = host.map(String::strip).filter(h -> !h.isEmpty());
    if (smtp.isPresent()) {
      route
          .setHeader("From", constant(from))
          .setHeader("Message-ID", header(OUTBOX_ID).prepend("<outbox-").append(messageIdDomain()))
          .to(smtpUri(smtp.get()))
          .id("outbox-mail-smtp");
    } else if ("development".equalsIgnoreCase(mode)) {
      route.process(MailRoutes::log).id("outbox-mail-log");
    } else {
      route
          .throwException(
              IllegalStateException.class,
              "No SMTP server is configured (portal.mail.smtp.host): the mail stays in the outbox")
          .id("outbox-mail-unconfigured");
    }
  }

  /** The SMTP endpoint: plain UTF-8 text, short timeouts, credentials and STARTTLS if set. */
  String smtpUri(String smtpHost) {
    StringBuilder uri =
        new StringBuilder("smtp://")
            .append(smtpHost)
            .append(':')
            .append(port)
            .append("?contentType=text/plain;charset=UTF-8")
            .append("&connectionTimeout=10000");
    user.filter(u -> !u.isBlank())
        .ifPresent(
            u ->
                uri.append("&username=RAW(")
                    .append(u)
                    .append(")&password=RAW(")
                    .append(password.orElse(""))
                    .append(')'));
    if (starttls) {
      uri.append("&mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true");
    }
    return uri.toString();
  }

  /** {@code @<domain of the from address>>}: the tail of the Message-ID. */
  private String messageIdDomain() {
    int at = from.lastIndexOf('@');
    return "@" + (at < 0 ? "regioportal" : from.substring(at + 1)) + ">";
  }

  private static void log(Exchange exchange) {
    LOG.info(
        () ->
            "Mail (no SMTP server configured, development: logged, not sent) to "
                + exchange.getIn().getHeader("To")
                + ": "
                + exchange.getIn().getHeader("Subject")
                + "\n"
                + exchange.getIn().getBody(String.class));
  }
}
