package nl.regioportal.referral.delivery;

/**
 * Carries a referral's delivery out of the portal by the webhook or e-mail channel (implemented in
 * the integration module with Camel). Called inside the transaction that marks the delivery done:
 * throwing fails this attempt (the outbox entry stays and is tried again after a back-off); an
 * e-mail notice is queued in the mail outbox in that same transaction.
 */
public interface ReferralChannel {

  /**
   * Delivers {@code message} to {@code target}; returns a short description for the timeline (e.g.
   * "HTTP 202").
   */
  String deliver(ReferralMessage message, DeliveryTarget target) throws Exception;
}
