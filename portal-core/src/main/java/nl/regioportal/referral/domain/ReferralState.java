package nl.regioportal.referral.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a referral stands, after FHIR R4 Task's statuses, and which state may follow which: a
 * transition not listed here is refused. The sender submits and withdraws; the delivery marks it
 * delivered; the receiver accepts, declines, waitlists, starts and completes.
 */
public enum ReferralState {
  DRAFT("draft"),
  SUBMITTED("requested"),
  DELIVERED("received"),
  ACCEPTED("accepted"),
  DECLINED("rejected"),
  WAITLISTED("on-hold"),
  IN_PROGRESS("in-progress"),
  COMPLETED("completed"),
  WITHDRAWN("cancelled");

  private final String fhirCode;

  ReferralState(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /** The FHIR Task status of this state. */
  public String fhirCode() {
    return fhirCode;
  }

  private static final Map<ReferralState, Set<ReferralState>> NEXT =
      Map.of(
          DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
          SUBMITTED, EnumSet.of(DELIVERED, WITHDRAWN),
          DELIVERED, EnumSet.of(ACCEPTED, DECLINED, WAITLISTED, WITHDRAWN),
          WAITLISTED, EnumSet.of(ACCEPTED, DECLINED, IN_PROGRESS, WITHDRAWN),
          ACCEPTED, EnumSet.of(IN_PROGRESS, COMPLETED, WITHDRAWN),
          IN_PROGRESS, EnumSet.of(COMPLETED, WITHDRAWN),
          DECLINED, EnumSet.noneOf(ReferralState.class),
          COMPLETED, EnumSet.noneOf(ReferralState.class),
          WITHDRAWN, EnumSet.noneOf(ReferralState.class));

  /** May a referral in this state move to {@code next}? */
  public boolean mayBecome(ReferralState next) {
    return NEXT.get(this).contains(next);
  }

  /** The states that may follow this one. */
  public Set<ReferralState> next() {
    return NEXT.get(this).isEmpty() ? Set.of() : EnumSet.copyOf(NEXT.get(this));
  }

  /** Closed: nothing follows. */
  public boolean isClosed() {
    return NEXT.get(this).isEmpty();
  }

  /** The receiver has answered (accepted, declined, waitlisted) or gone further. */
  public boolean isAnswered() {
    return this == ACCEPTED
        || this == DECLINED
        || this == WAITLISTED
        || this == IN_PROGRESS
        || this == COMPLETED;
  }

  /** The state of a FHIR Task status a receiver may send, if it is one. */
  public static java.util.Optional<ReferralState> ofReceiverFhirCode(String code) {
    for (ReferralState s : EnumSet.of(ACCEPTED, DECLINED, WAITLISTED, IN_PROGRESS, COMPLETED)) {
      if (s.fhirCode.equals(code)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}
