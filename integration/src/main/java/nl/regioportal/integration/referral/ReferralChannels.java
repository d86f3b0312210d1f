package nl.regioportal.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.regioportal.integration.CamelBootstrap;
import nl.regioportal.integration.referral.fhir.ReferralBundles;
import nl.regioportal.integration.referral.fhir.WebhookSignature;
import nl.regioportal.referral.delivery.DeliveryTarget;
import nl.regioportal.referral.delivery.ReferralChannel;
import nl.regioportal.referral.delivery.ReferralMessage;
import nl.regioportal.system.MailOutbox;
import nl.regioportal.tenant.RegionCode;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;

/**
 * The webhook and e-mail channels of referral delivery (ADR 0023).
 *
 * <ul>
 *   <li>Webhook: the FHIR R4 Bundle of the delivery ({@link ReferralBundles}: ServiceRequest, a
 *       Task whose focus it is, and a Patient with only what the consent allows) as {@code
 *       application/fhir+json}, with {@code Idempotency-Key: {referral id}-{version}} and {@code
 *       X-Regioportaal-Signature: sha256={hex HMAC-SHA256 of the raw body with the secret}}, sent
 *       by the route {@link ReferralRoutes#WEBHOOK}.
 *   <li>E-mail: a notice in Dutch and English with <em>no personal data</em> ("a referral is
 *       waiting", with the link to it), queued in the mail outbox in the delivering transaction.
 * </ul>
 */
@ApplicationScoped
public class ReferralChannels implements ReferralChannel {

  /** The signature header every webhook delivery carries. */
  public static final String SIGNATURE = "X-Regioportaal-Signature";

  @Inject CamelBootstrap camel;
  @Inject MailOutbox mail;

  @Override
  public String deliver(ReferralMessage m, DeliveryTarget target) throws Exception {
    return switch (target.channel()) {
      case WEBHOOK -> webhook(m, target);
      case EMAIL -> email(m, target);
      case PORTAL -> "portal inbox";
    };
  }

  private String webhook(ReferralMessage m, DeliveryTarget target) throws Exception {
    byte[] body = ReferralBundles.toBundleJson(m).getBytes(StandardCharsets.UTF_8);
    Map<String, Object> headers =
        Map.of(
            ReferralRoutes.URL,
            target.url(),
            "Content-Type",
            "application/fhir+json",
            "Idempotency-Key",
            m.referralId() + "-" + m.version(),
            SIGNATURE,
            WebhookSignature.sign(target.secret(), body));
    try {
      Exchange answer =
          camel
              .template()
              .request(
                  ReferralRoutes.WEBHOOK,
                  e -> {
                    e.getIn().setBody(body);
                    e.getIn().setHeaders(new java.util.HashMap<>(headers));
                  });
      if (answer.getException() != null) {
        throw answer.getException();
      }
      if (answer.getProperty(ReferralRoutes.FAILURE) instanceof Exception failure) {
        throw failure;
      }
      return "HTTP " + answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE);
    } catch (CamelExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private String email(ReferralMessage m, DeliveryTarget target) {
    String receiver = m.receiver().organisationName();
    String subject;
    String body;
    switch (m.event()) {
      case SUBMITTED -> {
        subject = "Nieuwe verwijzing in het Regioportaal / New referral";
        body =
            "Er staat een nieuwe verwijzing voor "
                + receiver
                + " klaar in het Regioportaal"
                + (m.urgency() == ReferralMessage.Urgency.URGENT ? " (urgent)" : "")
                + ".\nBekijk hem hier (inloggen nodig): "
                + m.portalLink()
                + "\n\nA new referral for "
                + receiver
                + " is waiting in the Regioportaal"
                + (m.urgency() == ReferralMessage.Urgency.URGENT ? " (urgent)" : "")
                + ".\nSee it here (sign-in needed): "
                + m.portalLink()
                + "\n\nDit bericht bevat bewust geen gegevens van de student."
                + "\nThis message deliberately holds no data of the student.\n";
      }
      default -> {
        subject = "Verwijzing ingetrokken / Referral withdrawn";
        body =
            "Een verwijzing aan "
                + receiver
                + " is ingetrokken"
                + (m.event() == ReferralMessage.Event.CONSENT_WITHDRAWN
                    ? " (de student heeft de toestemming ingetrokken)"
                    : "")
                + ": "
                + m.portalLink()
                + "\n\nA referral to "
                + receiver
                + " was withdrawn"
                + (m.event() == ReferralMessage.Event.CONSENT_WITHDRAWN
                    ? " (the student withdrew the consent)"
                    : "")
                + ": "
                + m.portalLink()
                + "\n";
      }
    }
    long id = mail.queue(new RegionCode(m.region()), target.email(), subject, body);
    return "notice queued as mail " + id;
  }
}
