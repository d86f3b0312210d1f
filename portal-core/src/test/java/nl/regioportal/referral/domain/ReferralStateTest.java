package nl.regioportal.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.regioportal.shared.ConflictException;
import org.junit.jupiter.api.Test;

class ReferralStateTest {

  @Test
  void onlyTheListedTransitionsAreAllowed() {
    assertThat(ReferralState.DRAFT.next())
        .containsExactlyInAnyOrder(ReferralState.SUBMITTED, ReferralState.WITHDRAWN);
    assertThat(ReferralState.DELIVERED.mayBecome(ReferralState.ACCEPTED)).isTrue();
    assertThat(ReferralState.SUBMITTED.mayBecome(ReferralState.ACCEPTED))
        .as("the receiver answers what was delivered")
        .isFalse();
    assertThat(ReferralState.WAITLISTED.mayBecome(ReferralState.IN_PROGRESS)).isTrue();
    assertThat(ReferralState.ACCEPTED.mayBecome(ReferralState.DECLINED)).isFalse();
    for (ReferralState closed :
        List.of(ReferralState.DECLINED, ReferralState.COMPLETED, ReferralState.WITHDRAWN)) {
      assertThat(closed.isClosed()).isTrue();
      for (ReferralState s : ReferralState.values()) {
        assertThat(closed.mayBecome(s)).isFalse();
      }
    }
    // every state but the closed ones can be withdrawn by the sender
    for (ReferralState s : ReferralState.values()) {
      assertThat(s.mayBecome(ReferralState.WITHDRAWN)).isEqualTo(!s.isClosed());
    }
  }

  @Test
  void theFhirCodesOfTheReceiversAnswersMapBack() {
    assertThat(ReferralState.ofReceiverFhirCode("accepted")).contains(ReferralState.ACCEPTED);
    assertThat(ReferralState.ofReceiverFhirCode("rejected")).contains(ReferralState.DECLINED);
    assertThat(ReferralState.ofReceiverFhirCode("on-hold")).contains(ReferralState.WAITLISTED);
    assertThat(ReferralState.ofReceiverFhirCode("in-progress")).contains(ReferralState.IN_PROGRESS);
    assertThat(ReferralState.ofReceiverFhirCode("completed")).contains(ReferralState.COMPLETED);
    assertThat(ReferralState.ofReceiverFhirCode("cancelled"))
        .as("the sender's, not the receiver's")
        .isEmpty();
    assertThat(ReferralState.ofReceiverFhirCode("requested")).isEmpty();
  }

  @Test
  void anInvalidMoveIsAConflictAndChangesNothing() {
    Referral r = referral();
    LocalDateTime now = LocalDateTime.of(2026, 12, 3, 10, 0);
    assertThatThrownBy(() -> r.move(ReferralState.ACCEPTED, now))
        .isInstanceOf(ConflictException.class);
    assertThat(r.state()).isEqualTo(ReferralState.DRAFT);
    r.move(ReferralState.SUBMITTED, now);
    assertThat(r.submittedAt()).isEqualTo(now);
    assertThat(r.respondBy()).as("urgent: 48 hours").isEqualTo(now.plusHours(48));
    r.move(ReferralState.WITHDRAWN, now.plusHours(1));
    assertThat(r.closedAt()).isEqualTo(now.plusHours(1));
  }

  private static Referral referral() {
    return new Referral(
        new ReferralRules.Valid(
            1,
            2,
            null,
            "Testa",
            "Voorbeeld",
            LocalDate.of(2009, 3, 1),
            "GM0599",
            null,
            null,
            null,
            Set.of("income_debt"),
            null,
            null,
            Urgency.URGENT,
            48,
            false,
            null,
            List.of()),
        "school",
        LocalDateTime.of(2026, 12, 3, 9, 0));
  }
}
