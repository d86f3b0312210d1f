package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioportal.directory.application.DirectoryTerms;
import nl.regioportal.directory.domain.ServiceEntry;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.delivery.DeliveryTarget;
import nl.regioportal.referral.delivery.ReferralMessage;
import nl.regioportal.referral.domain.OrganisationDelivery;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.referral.domain.ReferralConsent;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds what a delivery carries from a referral of the active region, cut down to what its consent
 * covers (ADR 0023): a category the consent does not name leaves its fields out; after the consent
 * was withdrawn nothing of the student is carried at all. Also reads a receiver's channel.
 */
@ApplicationScoped
public class ReferralMessages {

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;
  @Inject DirectoryTerms terms;
  @Inject ReferralAttachments attachments;

  @Inject
  @ConfigProperty(name = "portal.public-url")
  Optional<String> publicUrl;

  /** The receiving organisation's channel; the portal inbox when none was set. */
  public DeliveryTarget targetOf(long organisationId) {
    return delivery(organisationId)
        .map(d -> new DeliveryTarget(d.channel(), d.url(), d.secret(), d.email()))
        .orElse(DeliveryTarget.PORTAL);
  }

  Optional<OrganisationDelivery> delivery(long organisationId) {
    return tenantEm
        .em()
        .createQuery(
            "select d from OrganisationDelivery d where d.organisationId = :o",
            OrganisationDelivery.class)
        .setParameter("o", organisationId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The referral's current consent (the latest recorded). */
  public Optional<ReferralConsent> consentOf(long referralId) {
    return tenantEm
        .em()
        .createQuery(
            "select c from ReferralConsent c where c.referralId = :r order by c.id desc",
            ReferralConsent.class)
        .setParameter("r", referralId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  public ReferralMessage of(Referral r, int version, ReferralMessage.Event event) {
    var em = tenantEm.em();
    String region = tenant.require().value();
    ReferralConsent consent = consentOf(r.id()).orElse(null);
    // an anonymised referral has nothing of the student left to share
    boolean sharing = consent != null && consent.withdrawnAt() == null && !r.isAnonymised();
    Organisation sender = em.find(Organisation.class, r.senderOrganisationId());
    Organisation receiver = em.find(Organisation.class, r.receiverOrganisationId());
    ReferralMessage.Service service =
        r.serviceId()
            .map(id -> em.find(ServiceEntry.class, id))
            .map(s -> new ReferralMessage.Service(s.id(), s.publicId(), s.name()))
            .orElse(null);
    ReferralMessage.Student student = null;
    ReferralMessage.Reason reason = null;
    if (sharing) {
      boolean identity = consent.covers(InformationCategory.IDENTITY);
      boolean contact = consent.covers(InformationCategory.CONTACT);
      student =
          new ReferralMessage.Student(
              identity ? r.givenName() : null,
              identity ? r.familyName() : null,
              identity ? r.birthDate() : null,
              consent.covers(InformationCategory.RESIDENCE) ? r.municipality() : null,
              contact ? r.phone() : null,
              contact ? r.email() : null,
              contact ? r.preferredChannel() : null);
      if (consent.covers(InformationCategory.REASON)) {
        Reason split = reasonOf(region, r);
        reason = new ReferralMessage.Reason(split.domains(), split.issues(), r.reasonText());
      }
    }
    ReferralMessage.Consent c =
        consent == null
            ? null
            : new ReferralMessage.Consent(
                consent.id(),
                consent.givenBy().name(),
                consent.categories(),
                consent.purpose(),
                consent.validUntil(),
                consent.obtained().name(),
                consent.givenAt().toInstant(ZoneOffset.UTC),
                consent.withdrawnAt() == null
                    ? null
                    : consent.withdrawnAt().toInstant(ZoneOffset.UTC));
    return new ReferralMessage(
        region,
        r.id(),
        version,
        event,
        r.state().fhirCode(),
        instant(r.submittedAt()),
        instant(LocalDateTime.now(ZoneOffset.UTC)),
        ReferralMessage.Urgency.valueOf(r.urgency().name()),
        instant(r.respondBy()),
        new ReferralMessage.Party(
            r.senderOrganisationId(),
            sender == null ? null : sender.name(),
            r.senderUsername(),
            null),
        new ReferralMessage.Party(
            r.receiverOrganisationId(), receiver == null ? null : receiver.name(), null, null),
        service,
        student,
        reason,
        sharing ? r.asked() : null,
        r.threeWay(),
        c,
        link(region, r.id()),
        sharing && event == ReferralMessage.Event.SUBMITTED
            ? attachments.forDelivery(r, consent)
            : List.of());
  }

  /** A referral's terms, told apart: its life domains and its issues. */
  record Reason(List<String> domains, List<String> issues) {}

  /** The referral's terms split into life domains and issues by the region's taxonomy. */
  Reason reasonOf(String region, Referral r) {
    var vocabulary = terms.of(region);
    List<String> domains = new ArrayList<>();
    List<String> issues = new ArrayList<>();
    for (String code : r.terms()) {
      var t = vocabulary.term(code);
      if (t.isPresent() && t.get().taxonomy() == Taxonomy.LIFE_DOMAIN) {
        domains.add(code);
      } else {
        issues.add(code);
      }
    }
    return new Reason(domains, issues);
  }

  /** The referral's page in the receiver's inbox. */
  public String link(String region, long id) {
    String base =
        publicUrl.map(String::strip).filter(u -> !u.isEmpty()).orElse("http://localhost:8080");
    return base.replaceAll("/+$", "") + "/r/" + region + "/referrals/" + id;
  }

  private static java.time.Instant instant(LocalDateTime t) {
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }
}
