package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.referral.domain.DeliveryChannel;
import nl.regioportal.referral.domain.OrganisationDelivery;
import nl.regioportal.shared.ContactFormats;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.persistence.TenantEntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How each organisation of the region receives referrals, set by the region's coordinators: the
 * portal inbox (default), a webhook (an https address in production, and a secret of at least 16
 * characters that signs every delivery), or an e-mail notice without personal data (the given
 * address, else the organisation's own).
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class DeliverySettings {

  /** The shortest webhook secret accepted. */
  public static final int SECRET_MIN = 16;

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;
  @Inject ReferralMessages messages;

  @Inject
  @ConfigProperty(name = "portal.mode", defaultValue = "production")
  String mode;

  Clock clock = Clock.systemUTC();

  /** An organisation's channel as shown (the secret never leaves: only whether one is set). */
  public record Setting(
      long organisationId,
      DeliveryChannel channel,
      String url,
      boolean secretSet,
      String email,
      LocalDateTime updatedAt,
      String updatedBy) {}

  public Setting get(long organisationId) {
    access.requireManager(
        "Only the region's coordinators set how organisations receive referrals.");
    organisation(organisationId);
    return messages
        .delivery(organisationId)
        .map(this::setting)
        .orElse(new Setting(organisationId, DeliveryChannel.PORTAL, null, false, null, null, null));
  }

  public Setting set(
      long organisationId, String channelText, String url, String secret, String email) {
    access.requireManager(
        "Only the region's coordinators set how organisations receive referrals.");
    Organisation o = organisation(organisationId);
    List<Violation> v = new ArrayList<>();
    DeliveryChannel channel = null;
    if (channelText == null || channelText.isBlank()) {
      v.add(Violation.of("channel", "delivery.channel.required"));
    } else {
      try {
        channel = DeliveryChannel.valueOf(channelText.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        v.add(Violation.of("channel", "delivery.channel.invalid", channelText));
      }
    }
    String u = blankToNull(url);
    String s = blankToNull(secret);
    String m = blankToNull(email);
    if (channel == DeliveryChannel.WEBHOOK) {
      if (u == null) {
        v.add(Violation.of("url", "delivery.url.required"));
      } else if (!webAddress(u)) {
        v.add(Violation.of("url", "delivery.url.invalid", u));
      } else if (!"development".equalsIgnoreCase(mode)
          && !u.toLowerCase(Locale.ROOT).startsWith("https://")) {
        v.add(Violation.of("url", "delivery.url.https", u));
      }
      if (s == null) {
        v.add(Violation.of("secret", "delivery.secret.required"));
      } else if (s.length() < SECRET_MIN || s.length() > 200) {
        v.add(Violation.of("secret", "delivery.secret.length", SECRET_MIN));
      }
    } else if (channel == DeliveryChannel.EMAIL) {
      if (m == null) {
        m = o.email();
      }
      if (m == null) {
        v.add(Violation.of("email", "delivery.email.required"));
      } else if (!ContactFormats.isEmail(m) || m.length() > 200) {
        v.add(Violation.of("email", "delivery.email.invalid", m));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    OrganisationDelivery d =
        messages
            .delivery(organisationId)
            .orElseGet(
                () -> {
                  OrganisationDelivery created = new OrganisationDelivery(organisationId);
                  tenantEm.em().persist(created);
                  return created;
                });
    d.set(
        channel,
        channel == DeliveryChannel.WEBHOOK ? u : null,
        channel == DeliveryChannel.WEBHOOK ? s : null,
        channel == DeliveryChannel.EMAIL ? m : null,
        caller.username(),
        LocalDateTime.now(clock));
    tenantEm.em().flush();
    return setting(d);
  }

  private Setting setting(OrganisationDelivery d) {
    return new Setting(
        d.organisationId(),
        d.channel(),
        d.url(),
        d.secret() != null,
        d.email(),
        d.updatedAt(),
        d.updatedBy());
  }

  private Organisation organisation(long id) {
    Organisation o = tenantEm.em().find(Organisation.class, id);
    if (o == null) {
      throw new NotFoundException("organisation", id);
    }
    return o;
  }

  private static boolean webAddress(String u) {
    if (u.length() > 500) {
      return false;
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
