package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;

/** What a test's real SMTP server (GreenMail) received, by recipient. */
final class Mailbox {

  private Mailbox() {}

  /**
   * Waits until {@code count} mails reached {@code address} and answers them (exactly that many); a
   * send that fails on a busy machine is tried again after 30 s, so there is room for a retry.
   */
  static List<MimeMessage> await(GreenMail smtp, String address, int count) {
    Awaitility.await("mail " + count + " to " + address)
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> to(smtp, address).size() >= count);
    List<MimeMessage> mails = to(smtp, address);
    assertEquals(count, mails.size(), "exactly " + count + " mail(s) to " + address);
    return mails;
  }

  /** The mails received for {@code address}, oldest first. */
  static List<MimeMessage> to(GreenMail smtp, String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  static String text(MimeMessage mail) throws Exception {
    return ((String) mail.getContent()).replace("\r\n", "\n");
  }
}
