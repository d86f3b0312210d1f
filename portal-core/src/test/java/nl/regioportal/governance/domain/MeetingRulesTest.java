package nl.regioportal.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 15, 14, 0);

  @Test
  void aMeetingNeedsABodyATitleTimesInOrderAndAPlace() {
    var r =
        MeetingRules.check(new MeetingDraft(null, " ", AT, AT.minusMinutes(1), null, null, null));
    assertThat(r.violations())
        .extracting(Violation::field, Violation::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bodyId", "governance.meeting.body.required"),
            org.assertj.core.groups.Tuple.tuple("title", "governance.meeting.title.required"),
            org.assertj.core.groups.Tuple.tuple("endsAt", "governance.meeting.end.notAfterStart"),
            org.assertj.core.groups.Tuple.tuple("location", "governance.meeting.place.required"));
  }

  @Test
  void anOnlineLinkIsAWebAddressAndAMeetingLastsAtMostADay() {
    var r =
        MeetingRules.check(
            new MeetingDraft(
                1L, "Overleg", AT, AT.plusHours(25), null, "javascript:alert(1)", null));
    assertThat(r.violations()).extracting(Violation::field).containsExactly("endsAt", "onlineUrl");
    var ok =
        MeetingRules.check(
            new MeetingDraft(
                1L, " Overleg ", AT, AT.plusHours(2), null, "https://teams.example/m/1", true));
    assertThat(ok.isValid()).isTrue();
    assertThat(ok.valid().title()).isEqualTo("Overleg");
    assertThat(ok.valid().publicMeeting()).isTrue();
  }

  @Test
  void aDecisionItemNeedsAProposedDecisionAndOnlyItGetsADecision() {
    assertThat(
            MeetingRules.check(
                    new ItemDraft("Sleutel", ItemType.DECISION, "Coördinator", " ", null))
                .violations())
        .extracting(Violation::field)
        .containsExactly("proposedDecision");
    assertThat(
            MeetingRules.check(
                    new DecisionDraft(DecisionOutcome.ADOPTED, "Vastgesteld."), ItemType.DISCUSSION)
                .violations())
        .extracting(Violation::key)
        .containsExactly("governance.decision.notADecisionItem");
  }

  @Test
  void anActionsOwnerIsKeptByTheLowerCaseUserNameKeycloakGivesPeople() {
    var r =
        MeetingRules.check(
            new ActionDraft(
                "Cijfers",
                "P. Beleid",
                "Beleid@Schiedam.example",
                "Policy",
                LocalDate.of(2026, 12, 20),
                null));
    assertThat(r.valid().ownerUsername()).isEqualTo("policy");
    assertThat(r.valid().ownerEmail()).isEqualTo("beleid@schiedam.example");
  }

  @Test
  void theAgendaIsPublishedOnlyBeforeTheMeetingAndWithItems() {
    assertThat(MeetingRules.publishRefusal(MeetingStatus.PLANNED, AT, AT.minusSeconds(1), 1))
        .isEmpty();
    assertThat(MeetingRules.publishRefusal(MeetingStatus.PLANNED, AT, AT, 1))
        .map(Violation::key)
        .contains("governance.meeting.publish.past");
    assertThat(MeetingRules.publishRefusal(MeetingStatus.PLANNED, AT, AT.minusDays(1), 0))
        .map(Violation::key)
        .contains("governance.meeting.publish.empty");
    assertThat(MeetingRules.publishRefusal(MeetingStatus.AGENDA_PUBLISHED, AT, AT.minusDays(1), 1))
        .map(Violation::key)
        .contains("governance.meeting.publish.status");
  }

  @Test
  void aMeetingIsHeldFromItsDayOnAndNotOnceCancelled() {
    assertThat(MeetingRules.heldRefusal(MeetingStatus.AGENDA_PUBLISHED, AT, AT.toLocalDate()))
        .isEmpty();
    assertThat(MeetingRules.heldRefusal(MeetingStatus.PLANNED, AT, AT.toLocalDate().minusDays(1)))
        .map(Violation::key)
        .contains("governance.meeting.held.future");
    assertThat(MeetingRules.heldRefusal(MeetingStatus.CANCELLED, AT, AT.toLocalDate()))
        .map(Violation::key)
        .contains("governance.meeting.held.status");
  }

  @Test
  void theTrafficLightTurnsAmberAWeekBeforeAndRedAfterTheDeadline() {
    LocalDate deadline = LocalDate.of(2026, 12, 20);
    assertThat(TrafficLight.of(deadline, false, deadline.minusDays(8)))
        .isEqualTo(TrafficLight.GREEN);
    assertThat(TrafficLight.of(deadline, false, deadline.minusDays(7)))
        .isEqualTo(TrafficLight.AMBER);
    assertThat(TrafficLight.of(deadline, false, deadline)).isEqualTo(TrafficLight.AMBER);
    assertThat(TrafficLight.of(deadline, false, deadline.plusDays(1))).isEqualTo(TrafficLight.RED);
    assertThat(TrafficLight.of(deadline, true, deadline.plusDays(1))).isEqualTo(TrafficLight.DONE);
  }
}
