package nl.regioportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import nl.regioportal.tenant.RegionCode;
import org.junit.jupiter.api.Test;

class MailOutboxTest {

  @Test
  void aMailJobNamesItsMailAndNothingElseIsTakenForOne() {
    assertThat(MailOutbox.mailOf(MailOutbox.payload(42))).isEqualTo(42);
    assertThatThrownBy(() -> MailOutbox.mailOf("{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MailOutbox.mailOf("{\"mail\":1} "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMailNeedsARecipientAndASubjectOfSaneLength() {
    LocalDateTime now = LocalDateTime.of(2026, 12, 3, 9, 0);
    RegionCode region = new RegionCode("29");
    OutboxMail mail = new OutboxMail(region, "a@b.nl", "Onderwerp", "Tekst", now);
    assertThat(mail.sentAt()).isEmpty();
    assertThat(mail.region()).contains(region);
    assertThatThrownBy(() -> new OutboxMail(region, " ", "Onderwerp", "Tekst", now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutboxMail(region, "a@b.nl", "x".repeat(301), "Tekst", now))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
