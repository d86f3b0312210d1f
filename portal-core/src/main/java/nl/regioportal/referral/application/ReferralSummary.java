package nl.regioportal.referral.application;

import java.time.LocalDateTime;
import nl.regioportal.referral.domain.ReferralState;

/**
 * A line of the sender's list or the receiver's inbox. The student's name shows only where the
 * reader may see it ({@link ReferralDetails}).
 */
public record ReferralSummary(
    long id,
    ReferralState state,
    String studentName,
    String counterpartName,
    String urgency,
    LocalDateTime respondBy,
    boolean overdue,
    LocalDateTime submittedAt,
    LocalDateTime updatedAt) {}
