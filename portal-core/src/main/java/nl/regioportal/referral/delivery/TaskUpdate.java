package nl.regioportal.referral.delivery;

import java.time.LocalDate;

/**
 * A receiver's answer to a referral, read from a FHIR R4 Task a partner system sends ({@code PUT
 * /api/fhir/{region}/Task/{id}}) or made from a portal user's click in the inbox.
 *
 * @param referralId the referral (the Task's id is {@code referral-{region}-{id}})
 * @param status the FHIR Task status: {@code accepted}, {@code rejected}, {@code on-hold}, {@code
 *     in-progress}, {@code completed} (others are refused)
 * @param reasonCode the statusReason's code (a decline reason or a waitlist note), or {@code null}
 * @param reasonText the statusReason's text, or {@code null}
 * @param outcomeCode for {@code completed}: the output's code (the referral's outcome), or {@code
 *     null}
 * @param outcomeText the output's text, or {@code null}
 * @param expectedStart for {@code on-hold}: when the help is expected to start, or {@code null}
 * @param alternative for {@code rejected}: a suggested alternative in words, or {@code null}
 * @param dedupKey what makes a repeat of the same message recognisable: the sender's {@code
 *     Idempotency-Key} when it sent one, otherwise a hash of the Task's content
 */
public record TaskUpdate(
    long referralId,
    String status,
    String reasonCode,
    String reasonText,
    String outcomeCode,
    String outcomeText,
    LocalDate expectedStart,
    String alternative,
    String dedupKey) {}
