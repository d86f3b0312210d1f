package nl.regioportal.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.regioportal.referral.InformationCategory;
import org.junit.jupiter.api.Test;

/** What retention removes from a referral and what it keeps (issue 10, point 8). */
class ReferralAnonymiseTest {

  private static final LocalDateTime T = LocalDateTime.of(2026, 12, 3, 9, 0);

  private static Referral referral() {
    ReferralRules.Valid v =
        new ReferralRules.Valid(
            10L,
            20L,
            null,
            "Testa",
            "Voorbeeld",
            LocalDate.of(2009, 3, 14),
            "GM0599",
            "0612345678",
            "testa@example.org",
            "PHONE",
            Set.of("income_debt", "debt"),
            "Vastgelopen met schulden",
            "Een gesprek over geld",
            Urgency.REGULAR,
            null,
            true,
            new ReferralRules.ValidConsent(
                ConsentGiver.STUDENT,
                null,
                EnumSet.of(InformationCategory.IDENTITY),
                "Hulp",
                LocalDate.of(2027, 6, 1),
                ConsentObtained.IN_PERSON),
            List.of());
    return new Referral(v, "school", T);
  }

  @Test
  void aClosedReferralLosesThePersonalDataAndKeepsWhatTheFiguresNeed() {
    Referral r = referral();
    r.move(ReferralState.SUBMITTED, T);
    r.move(ReferralState.DELIVERED, T);
    r.move(ReferralState.DECLINED, T.plusDays(1));
    r.declined(DeclineReason.valueOf(DeclineReason.values()[0].name()), "Probeer X", "Testa belt");

    assertThat(r.anonymise(T.plusYears(2))).isTrue();

    assertThat(r.givenName()).isNull();
    assertThat(r.familyName()).isNull();
    assertThat(r.birthDate()).isNull();
    assertThat(r.phone()).isNull();
    assertThat(r.email()).isNull();
    assertThat(r.reasonText()).isNull();
    assertThat(r.asked()).isNull();
    assertThat(r.alternative()).isNull();
    assertThat(r.responseNote()).isNull();
    assertThat(r.birthYear()).isEqualTo(2009);
    assertThat(r.municipality()).isEqualTo("GM0599");
    assertThat(r.terms()).containsExactlyInAnyOrder("income_debt", "debt");
    assertThat(r.state()).isEqualTo(ReferralState.DECLINED);
    assertThat(r.closedAt()).isEqualTo(T.plusDays(1));
    assertThat(r.isAnonymised()).isTrue();
    assertThat(r.anonymisedAt()).isEqualTo(T.plusYears(2));
    assertThat(r.anonymise(T.plusYears(3))).as("once").isFalse();
    assertThat(r.anonymisedAt()).isEqualTo(T.plusYears(2));
  }

  @Test
  void anOpenReferralIsNotAnonymised() {
    Referral r = referral();
    r.move(ReferralState.SUBMITTED, T);
    assertThatThrownBy(() -> r.anonymise(T.plusYears(3))).isInstanceOf(IllegalStateException.class);
    assertThat(r.givenName()).isEqualTo("Testa");
    assertThat(r.birthYear()).isEqualTo(2009);
  }

  @Test
  void aRetentionPeriodIsSixToOneHundredTwentyMonths() {
    assertThat(RetentionPeriod.allowed(5)).isFalse();
    assertThat(RetentionPeriod.allowed(6)).isTrue();
    assertThat(RetentionPeriod.allowed(120)).isTrue();
    assertThat(RetentionPeriod.allowed(121)).isFalse();
    assertThat(RetentionPeriod.DEFAULT_MONTHS).isEqualTo(24);
    assertThatThrownBy(() -> new RetentionPeriod(121, "coordinator", T))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RetentionPeriod(36, "coordinator", T).months()).isEqualTo(36);
  }
}
