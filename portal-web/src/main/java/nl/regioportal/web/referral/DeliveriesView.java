package nl.regioportal.web.referral;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.application.OrganisationSummary;
import nl.regioportal.referral.application.DeadLetters;
import nl.regioportal.referral.application.DeliverySettings;
import nl.regioportal.referral.domain.DeliveryChannel;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;

/**
 * The coordinators' deliveries page ({@code /r/{region}/referrals/deliveries}): the deliveries that
 * failed for good (ADR 0023), without any student data, each with a retry after confirmation; and
 * how an organisation receives referrals (portal inbox, webhook, e-mail notice), chosen per
 * organisation. A webhook secret is only written, never shown: the form says whether one is set,
 * and asks for it again with every webhook change (the service requires it each time).
 */
@Named
@ViewScoped
public class DeliveriesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient DeadLetters deadLetters;
  @Inject transient DeliverySettings settings;
  @Inject transient OrganisationService organisations;
  @Inject NavigationView nav;
  @Inject PageMessages messages;

  private transient List<DeadLetters.DeadLetter> dead;

  private Long organisationId;
  private String channel = DeliveryChannel.PORTAL.name();
  private String url;
  private String secret;
  private String email;
  private boolean secretSet;
  private boolean loaded;

  public List<DeadLetters.DeadLetter> getDead() {
    if (dead == null) {
      dead = deadLetters.list();
    }
    return dead;
  }

  public void retry(long entry) throws IOException {
    try {
      deadLetters.retry(entry);
    } catch (ConflictException e) {
      messages.violation(null, e.violation());
      return;
    } catch (NotFoundException e) {
      messages.error(null, "referral.deliveries.gone");
      return;
    }
    messages.infoAfterRedirect("referral.deliveries.retried", entry);
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(nav.url("referrals/deliveries"));
  }

  // ---- the setting of an organisation

  /** Shows the chosen organisation's setting in the form. */
  public void show() {
    loaded = false;
    if (organisationId == null) {
      return;
    }
    DeliverySettings.Setting s = settings.get(organisationId);
    channel = s.channel().name();
    url = s.url();
    email = s.email();
    secretSet = s.secretSet();
    secret = null;
    loaded = true;
  }

  public void save() {
    if (organisationId == null) {
      messages.violation("setting", Violation.of("organisationId", "referral.form.chooseReceiver"));
      return;
    }
    try {
      DeliverySettings.Setting s = settings.set(organisationId, channel, url, secret, email);
      secretSet = s.secretSet();
      secret = null;
      messages.info("referral.deliveries.saved");
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        messages.violation("setting", v);
      }
    }
  }

  public List<SelectItem> getOrganisationOptions() {
    List<SelectItem> out = new ArrayList<>();
    out.add(new SelectItem(null, messages.text("referral.deliveries.chooseOrganisation")));
    for (OrganisationSummary o : organisations.activeByName()) {
      out.add(new SelectItem(o.id(), o.name()));
    }
    return out;
  }

  public List<SelectItem> getChannelOptions() {
    List<SelectItem> out = new ArrayList<>();
    for (DeliveryChannel c : DeliveryChannel.values()) {
      out.add(new SelectItem(c.name(), messages.text("referral.deliveryChannel." + c.name())));
    }
    return out;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public boolean isSecretSet() {
    return secretSet;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
