package nl.regioportal.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The once-per-stale-period rule and the text of the reminder mail. */
class StaleReminderTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 9, 0);
  private static final LocalDateTime SEVEN_MONTHS_AGO = NOW.minusMonths(7);

  @Test
  void aStaleEntryIsDueUntilItsOrganisationWasReminded() {
    assertThat(ServiceEntry.dueForReminder(SEVEN_MONTHS_AGO, null, NOW)).isTrue();
    assertThat(ServiceEntry.dueForReminder(SEVEN_MONTHS_AGO, NOW.minusDays(1), NOW))
        .as("reminded in this stale period")
        .isFalse();
    assertThat(ServiceEntry.dueForReminder(SEVEN_MONTHS_AGO, SEVEN_MONTHS_AGO, NOW))
        .as("reminded at the moment it was verified: not before it")
        .isFalse();
  }

  @Test
  void aReminderOfAnEarlierPeriodDoesNotCountOnceTheEntryWasVerifiedAgain() {
    LocalDateTime remindedLastYear = SEVEN_MONTHS_AGO.minusMonths(5);
    assertThat(ServiceEntry.dueForReminder(SEVEN_MONTHS_AGO, remindedLastYear, NOW)).isTrue();
  }

  @Test
  void aFreshEntryIsNeverDueAndANeverVerifiedOneIsRemindedOnce() {
    assertThat(ServiceEntry.dueForReminder(NOW.minusMonths(5), null, NOW)).isFalse();
    assertThat(ServiceEntry.dueForReminder(NOW.minusDays(184), null, NOW)).isTrue();
    assertThat(ServiceEntry.dueForReminder(null, null, NOW)).isTrue();
    assertThat(ServiceEntry.dueForReminder(null, NOW.minusMonths(2), NOW)).isFalse();
  }

  @Test
  void theMailListsEveryEntryInDutchFirstThenInEnglishWithItsPage() {
    StaleReminderMail mail =
        StaleReminderMail.of(
            "29",
            "Buurtwerk Zuid",
            List.of(
                new StaleReminderMail.Entry(
                    7, "Stagepunt Rijnmond", LocalDateTime.of(2026, 5, 3, 23, 30), "care"),
                new StaleReminderMail.Entry(12, "Schuldhulp jongeren", null, null)),
            "https://portal.example/");

    assertThat(mail.subject())
        .isEqualTo("Sociale kaart: 2 vermeldingen controleren / Directory: 2 entries to verify");
    String body = mail.body();
    int english = body.indexOf("-- English --");
    assertThat(english).as("English below the Dutch").isPositive();
    String dutch = body.substring(0, english);
    String rest = body.substring(english);
    assertThat(dutch)
        .startsWith("Beste Buurtwerk Zuid,")
        .contains("- Stagepunt Rijnmond\n")
        // 23:30 UTC on 3 May is 4 May in Amsterdam
        .contains("Laatst gecontroleerd op 4 mei 2026 door care")
        .contains("- Schuldhulp jongeren\n  Nog nooit gecontroleerd\n")
        .contains("https://portal.example/r/29/directory/services/7\n")
        .contains("https://portal.example/r/29/directory/services/12\n")
        .contains("Gegevens kloppen nog");
    assertThat(rest)
        .contains("Dear Buurtwerk Zuid,")
        .contains("Last verified on 4 May 2026 by care")
        .contains("Never verified")
        .contains("https://portal.example/r/29/directory/services/7\n")
        .contains("Details are still right");
  }

  @Test
  void oneEntryIsNamedInTheSingular() {
    StaleReminderMail mail =
        StaleReminderMail.of(
            "05",
            "School",
            List.of(new StaleReminderMail.Entry(1, "Mentoraat", SEVEN_MONTHS_AGO, "")),
            "http://localhost:8080");
    assertThat(mail.subject())
        .isEqualTo("Sociale kaart: 1 vermelding controleren / Directory: 1 entry to verify");
    assertThat(mail.body())
        .contains("De volgende vermelding van uw organisatie")
        .contains("Laatst gecontroleerd op 3 mei 2026\n")
        .contains("http://localhost:8080/r/05/directory/services/1\n");
    assertThatThrownBy(() -> StaleReminderMail.of("05", "School", List.of(), "http://x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
