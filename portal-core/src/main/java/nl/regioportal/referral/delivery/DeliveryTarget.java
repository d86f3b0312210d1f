package nl.regioportal.referral.delivery;

import nl.regioportal.referral.domain.DeliveryChannel;

/**
 * Where a delivery goes: the receiver's channel with its address (webhook URL and secret, or the
 * notice's e-mail address).
 */
public record DeliveryTarget(DeliveryChannel channel, String url, String secret, String email) {

  public static final DeliveryTarget PORTAL =
      new DeliveryTarget(DeliveryChannel.PORTAL, null, null, null);
}
