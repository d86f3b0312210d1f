package nl.regioportal.referral.figures;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.regioportal.referral.domain.ReferralState;

/**
 * What one referral adds to the figures, and nothing of its student but where the student lives:
 * these columns survive anonymisation after the retention period ({@code Referral.anonymise}), so
 * the figures of a period do not change when its referrals are anonymised.
 *
 * @param municipality the student's municipality of residence (CBS code)
 * @param domains the life domains of its reason (an issue counts for its domain)
 * @param submittedAt when it was submitted (UTC), or {@code null} for a draft
 * @param respondedAt the receiver's first answer (accepted, declined or waitlisted; UTC), or null
 * @param answers each state the receiver answered with, at its first time (UTC)
 * @param closedAt when it was closed (completed, declined, withdrawn; UTC), or {@code null}
 * @param receiverOrganisationId the receiving organisation
 */
public record ReferralFact(
    long id,
    String municipality,
    Set<String> domains,
    LocalDateTime submittedAt,
    LocalDateTime respondedAt,
    Map<ReferralState, LocalDateTime> answers,
    LocalDateTime closedAt,
    long receiverOrganisationId) {

  /**
   * The answers that mean the receiver took the student on: accepted, or straight from the waiting
   * list into care (in progress), or completed.
   */
  public static final Set<ReferralState> TAKING_ON =
      EnumSet.of(ReferralState.ACCEPTED, ReferralState.IN_PROGRESS, ReferralState.COMPLETED);

  public ReferralFact {
    Objects.requireNonNull(municipality, "municipality is required");
    domains = Set.copyOf(domains);
    answers = Map.copyOf(answers);
  }

  /** When the receiver first took the student on, if it did. */
  public Optional<LocalDateTime> acceptedAt() {
    return answers.entrySet().stream()
        .filter(e -> TAKING_ON.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .min(LocalDateTime::compareTo);
  }

  public boolean accepted() {
    return acceptedAt().isPresent();
  }

  public boolean declined() {
    return answers.containsKey(ReferralState.DECLINED);
  }

  public boolean waitlisted() {
    return answers.containsKey(ReferralState.WAITLISTED);
  }

  /** From submission to the first answer, if both happened. */
  public Optional<Duration> responseTime() {
    return submittedAt == null || respondedAt == null
        ? Optional.empty()
        : Optional.of(Duration.between(submittedAt, respondedAt));
  }
}
