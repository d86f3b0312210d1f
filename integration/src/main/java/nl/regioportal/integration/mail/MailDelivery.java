package nl.regioportal.integration.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioportal.integration.CamelBootstrap;
import nl.regioportal.system.ClaimedJob;
import nl.regioportal.system.MailOutbox;
import nl.regioportal.system.SystemJobHandler;

/**
 * Delivers the outbox's mails (ADR 0018): the handler of the system jobs of kind {@value
 * MailOutbox#KIND}, run by the system-scope path inside the mail's region. {@link
 * MailOutbox#deliver} locks the row, skips it when it was sent before, and marks it sent; this
 * hands it to the route {@link MailRoutes#ENDPOINT}. A failure fails the job, which is tried again
 * later (30 s, doubling, up to 10 attempts); the row stays unsent until then.
 */
@ApplicationScoped
public class MailDelivery implements SystemJobHandler {

  @Inject MailOutbox outbox;
  @Inject CamelBootstrap camel;

  @Override
  public String kind() {
    return MailOutbox.KIND;
  }

  @Override
  public void handle(ClaimedJob job) throws Exception {
    outbox.deliver(MailOutbox.mailOf(job.payload()), job.region().orElse(null), this::send);
  }

  private void send(MailOutbox.Mail mail) {
    camel.template().sendBodyAndHeaders(MailRoutes.ENDPOINT, mail.body(), MailRoutes.headers(mail));
  }
}
