package nl.regioportal.integration.referral.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.delivery.ReferralMessage;
import nl.regioportal.referral.delivery.ReferralMessage.Event;
import nl.regioportal.referral.delivery.ReferralMessage.Party;
import nl.regioportal.referral.delivery.ReferralMessage.Student;
import nl.regioportal.referral.delivery.ReferralMessage.Urgency;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.UrlType;

/**
 * A referral's delivery as a FHIR R4 transaction Bundle (ADR 0020), the body of the webhook channel
 * ({@value ReferralFhir#MEDIA_TYPE}).
 *
 * <p>Every entry is a {@code PUT} to an id derived from the referral ({@code
 * ServiceRequest/referral-29-123}, {@code Organization/organisation-29-5}), so a partner's FHIR
 * server can store each delivery as it comes, and a repeat or a later version of the same referral
 * overwrites what it stored before instead of adding to it. The entries refer to each other by
 * their {@code urn:uuid} fullUrls (name-based, so the same on every delivery), which a server
 * rewrites to the ids of the PUTs.
 *
 * <p>The message is already cut down to what the consent allows; this adds nothing that is not in
 * it and leaves out every element whose field is {@code null}. A consent withdrawal is the one
 * exception the other way: its Bundle carries no student data and no reason at all, whatever the
 * message holds, so the Patient that replaces the partner's copy is empty.
 */
public final class ReferralBundles {

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private ReferralBundles() {}

  /** The Bundle as JSON, ready to send. */
  public static String toBundleJson(ReferralMessage m) {
    return ReferralFhir.jsonParser().encodeResourceToString(toBundle(m));
  }

  /** The Bundle itself (tests and callers that want to add to it). */
  public static Bundle toBundle(ReferralMessage m) {
    return new Builder(m).build();
  }

  /** One Bundle's worth of state: the references between its entries. */
  private static final class Builder {
    private final ReferralMessage m;
    private final String id;
    private final boolean consentWithdrawn;
    private final Bundle bundle = new Bundle();

    Builder(ReferralMessage m) {
      this.m = m;
      this.id = ReferralFhir.resourceId(m.region(), m.referralId());
      this.consentWithdrawn = m.event() == Event.CONSENT_WITHDRAWN;
    }

    Bundle build() {
      bundle.setType(Bundle.BundleType.TRANSACTION);
      bundle.setIdentifier(
          new Identifier()
              .setSystem(ReferralFhir.DELIVERY_SYSTEM)
              .setValue(
                  ReferralFhir.referralIdentifier(m.region(), m.referralId()) + "-" + m.version()));
      if (m.sentAt() != null) {
        bundle.getTimestampElement().setValue(Date.from(m.sentAt()), TemporalPrecisionEnum.SECOND);
        bundle.getTimestampElement().setTimeZone(UTC);
      }

      Reference patient = add(patient());
      Reference senderOrg = organisation(m.sender());
      Reference receiverOrg = organisation(m.receiver());
      Reference requester = requester(senderOrg);
      Reference consent =
          m.consent() == null ? null : add(consent(patient, senderOrg, receiverOrg));

      ServiceRequest sr = serviceRequest(patient, requester, receiverOrg, consent);
      if (!consentWithdrawn) {
        for (ReferralMessage.Attachment a : m.attachments()) {
          sr.addSupportingInfo(add(document(a, patient, requester)));
        }
      }
      Reference serviceRequest = add(sr);
      add(task(serviceRequest, patient, requester, receiverOrg));
      return bundle;
    }

    private ServiceRequest serviceRequest(
        Reference patient, Reference requester, Reference receiverOrg, Reference consent) {
      ServiceRequest sr = new ServiceRequest();
      sr.setId(id);
      sr.addIdentifier(referralIdentifier());
      sr.setStatus(
          m.event() == Event.SUBMITTED
              ? ServiceRequest.ServiceRequestStatus.ACTIVE
              : ServiceRequest.ServiceRequestStatus.REVOKED);
      sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
      sr.setPriority(
          m.urgency() == Urgency.URGENT
              ? ServiceRequest.ServiceRequestPriority.URGENT
              : ServiceRequest.ServiceRequestPriority.ROUTINE);
      if (m.service() != null) {
        CodeableConcept code = new CodeableConcept().setText(m.service().name());
        if (m.service().hsdsId() != null) {
          code.addCoding(
              new Coding(ReferralFhir.SERVICE_SYSTEM, m.service().hsdsId(), m.service().name()));
        }
        sr.setCode(code);
      }
      sr.setSubject(patient);
      if (m.submittedAt() != null) {
        sr.setAuthoredOnElement(dateTime(m.submittedAt()));
      }
      if (requester != null) {
        sr.setRequester(requester);
      }
      if (receiverOrg != null) {
        sr.addPerformer(receiverOrg);
      }
      ReferralMessage.Reason reason = consentWithdrawn ? null : m.reason();
      if (reason != null) {
        if (reason.domains() != null) {
          reason
              .domains()
              .forEach(d -> sr.addReasonCode(concept(ReferralFhir.LIFE_DOMAIN_SYSTEM, d)));
        }
        if (reason.issues() != null) {
          reason.issues().forEach(i -> sr.addReasonCode(concept(ReferralFhir.ISSUE_SYSTEM, i)));
        }
        if (present(reason.text())) {
          sr.addReasonCode(new CodeableConcept().setText(reason.text()));
        }
      }
      if (consent != null) {
        sr.addSupportingInfo(consent);
      }
      if (!consentWithdrawn && present(m.asked())) {
        sr.addNote().setText(m.asked());
      }
      return sr;
    }

    /**
     * A file sent along: a DocumentReference with the bytes inline ({@code
     * content.attachment.data}, its real type, size and SHA-1 as R4 asks), id {@code
     * attachment-{region}-{id}}.
     */
    private DocumentReference document(
        ReferralMessage.Attachment a, Reference patient, Reference requester) {
      DocumentReference d = new DocumentReference();
      d.setId("attachment-" + m.region() + "-" + a.id());
      d.addIdentifier()
          .setSystem(ReferralFhir.ATTACHMENT_SYSTEM)
          .setValue(m.region() + "-" + a.id());
      d.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
      d.setSubject(patient);
      if (a.uploadedAt() != null) {
        d.setDate(Date.from(a.uploadedAt()));
      }
      if (requester != null) {
        d.addAuthor(requester);
      }
      d.setDescription(a.fileName());
      Attachment file =
          new Attachment()
              .setContentType(a.mediaType())
              .setData(a.content())
              .setTitle(a.fileName())
              .setSize((int) Math.min(Integer.MAX_VALUE, a.sizeBytes()))
              .setHash(sha1(a.content()));
      if (a.uploadedAt() != null) {
        file.setCreationElement(dateTime(a.uploadedAt()));
      }
      d.addContent().setAttachment(file);
      return d;
    }

    private Task task(
        Reference serviceRequest, Reference patient, Reference requester, Reference receiverOrg) {
      Task task = new Task();
      task.setId(id);
      task.addIdentifier(referralIdentifier());
      switch (m.event()) {
        case SUBMITTED -> task.setStatus(Task.TaskStatus.REQUESTED);
        case WITHDRAWN -> {
          task.setStatus(Task.TaskStatus.CANCELLED);
          task.setStatusReason(
              concept(
                  ReferralFhir.TASK_STATUS_REASON_SYSTEM,
                  "withdrawn",
                  "Ingetrokken door de verwijzer"));
        }
        case CONSENT_WITHDRAWN -> {
          task.setStatus(Task.TaskStatus.CANCELLED);
          task.setStatusReason(
              concept(
                  ReferralFhir.TASK_STATUS_REASON_SYSTEM,
                  "consent-withdrawn",
                  "Toestemming ingetrokken door de student"));
        }
      }
      task.setIntent(Task.TaskIntent.ORDER);
      task.setPriority(
          m.urgency() == Urgency.URGENT ? Task.TaskPriority.URGENT : Task.TaskPriority.ROUTINE);
      task.setFocus(serviceRequest);
      task.setFor(patient);
      if (m.submittedAt() != null) {
        task.setAuthoredOnElement(dateTime(m.submittedAt()));
      }
      if (m.sentAt() != null) {
        task.setLastModifiedElement(dateTime(m.sentAt()));
      }
      if (requester != null) {
        task.setRequester(requester);
      }
      if (receiverOrg != null) {
        task.setOwner(receiverOrg);
      }
      if (m.respondBy() != null) {
        task.getRestriction().getPeriod().setEndElement(dateTime(m.respondBy()));
      }
      task.addInput()
          .setType(
              concept(
                  ReferralFhir.TASK_PARAMETER_SYSTEM,
                  "three-way-conversation",
                  "Driegesprek gewenst"))
          .setValue(new BooleanType(m.threeWayConversation()));
      if (present(m.portalLink())) {
        task.addInput()
            .setType(
                concept(
                    ReferralFhir.TASK_PARAMETER_SYSTEM,
                    "portal-link",
                    "De verwijzing in het portaal"))
            .setValue(new UrlType(m.portalLink()));
      }
      return task;
    }

    /** The student as far as the message carries them; always there, possibly empty. */
    private Patient patient() {
      Patient p = new Patient();
      p.setId(id);
      Student s = consentWithdrawn ? null : m.student();
      if (s == null) {
        return p;
      }
      if (present(s.givenName()) || present(s.familyName())) {
        HumanName name = p.addName().setUse(HumanName.NameUse.OFFICIAL);
        if (present(s.familyName())) {
          name.setFamily(s.familyName());
        }
        if (present(s.givenName())) {
          name.addGiven(s.givenName());
        }
      }
      if (s.birthDate() != null) {
        p.setBirthDateElement(new DateType(s.birthDate().toString()));
      }
      String preferred =
          s.preferredChannel() == null ? null : s.preferredChannel().toLowerCase(Locale.ROOT);
      boolean preferredMapped = false;
      if (present(s.phone())) {
        ContactPoint phone =
            p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(s.phone());
        if ("phone".equals(preferred)) {
          phone.setRank(1);
          preferredMapped = true;
        }
        if ("sms".equals(preferred)) {
          p.addTelecom()
              .setSystem(ContactPoint.ContactPointSystem.SMS)
              .setValue(s.phone())
              .setRank(1);
          preferredMapped = true;
        }
      }
      if (present(s.email())) {
        ContactPoint email =
            p.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(s.email());
        if ("email".equals(preferred)) {
          email.setRank(1);
          preferredMapped = true;
        }
      }
      if (present(s.preferredChannel()) && !preferredMapped) {
        p.addExtension(
            ReferralFhir.PREFERRED_CHANNEL_EXTENSION, new StringType(s.preferredChannel()));
      }
      if (present(s.municipality())) {
        Address address = p.addAddress().setUse(Address.AddressUse.HOME).setCountry("NL");
        address.addExtension(
            ReferralFhir.MUNICIPALITY_EXTENSION,
            new Coding(ReferralFhir.CBS_MUNICIPALITY_SYSTEM, s.municipality(), null));
      }
      return p;
    }

    private Consent consent(Reference patient, Reference senderOrg, Reference receiverOrg) {
      ReferralMessage.Consent c = m.consent();
      Consent consent = new Consent();
      consent.setId(id);
      consent.addIdentifier(
          new Identifier()
              .setSystem(ReferralFhir.CONSENT_SYSTEM)
              .setValue(m.region() + "-" + c.id()));
      boolean withdrawn = consentWithdrawn || c.withdrawnAt() != null;
      consent.setStatus(withdrawn ? Consent.ConsentState.INACTIVE : Consent.ConsentState.ACTIVE);
      consent.setScope(
          concept(
              "http://terminology.hl7.org/CodeSystem/consentscope",
              "patient-privacy",
              "Privacy Consent"));
      consent.addCategory(concept("http://loinc.org", "59284-0", "Patient Consent"));
      consent.setPatient(patient);
      if (c.givenAt() != null) {
        consent.setDateTimeElement(dateTime(c.givenAt()));
      }
      consent.addPerformer(patient);
      if ("STUDENT_AND_GUARDIAN".equals(c.givenBy())) {
        consent.addPerformer(new Reference().setType("RelatedPerson").setDisplay("Ouder of voogd"));
      }
      if (senderOrg != null) {
        consent.addOrganization(senderOrg);
      }
      consent.setPolicyRule(
          concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in"));
      if (present(c.obtained())) {
        consent.addExtension(
            ReferralFhir.CONSENT_METHOD_EXTENSION,
            new Coding(ReferralFhir.CONSENT_METHOD_SYSTEM, code(c.obtained()), null));
      }

      Consent.ProvisionComponent provision = consent.getProvision();
      provision.setType(Consent.ConsentProvisionType.PERMIT);
      if (c.givenAt() != null) {
        provision.getPeriod().setStartElement(dateTime(c.givenAt()));
      }
      if (c.withdrawnAt() != null) {
        provision.getPeriod().setEndElement(dateTime(c.withdrawnAt()));
      } else if (c.validUntil() != null) {
        provision.getPeriod().setEndElement(date(c.validUntil()));
      }
      if (receiverOrg != null) {
        provision
            .addActor()
            .setRole(
                concept(
                    "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                    "IRCP",
                    "information recipient"))
            .setReference(receiverOrg);
      }
      // a referral is coordination of care, whatever the portal's own word for the purpose
      provision.addPurpose(
          new Coding(
              "http://terminology.hl7.org/CodeSystem/v3-ActReason", "COC", "coordination of care"));
      if (present(c.purpose())) {
        provision.addPurpose(new Coding(ReferralFhir.CONSENT_PURPOSE_SYSTEM, c.purpose(), null));
      }
      if (c.categories() != null) {
        c.categories().stream()
            .sorted()
            .forEach(
                k ->
                    provision.addClass_(
                        new Coding(
                            ReferralFhir.INFORMATION_CATEGORY_SYSTEM,
                            code(k.name()),
                            categoryDisplay(k))));
      }
      return consent;
    }

    /** The Organization entry of a party (added once per organisation), or null. */
    private Reference organisation(Party party) {
      if (party == null) {
        return null;
      }
      Organization o = new Organization();
      o.setId("organisation-" + m.region() + "-" + party.organisationId());
      o.addIdentifier(
          new Identifier()
              .setSystem(ReferralFhir.ORGANISATION_SYSTEM)
              .setValue(m.region() + "-" + party.organisationId()));
      o.setActive(true);
      if (present(party.organisationName())) {
        o.setName(party.organisationName());
      }
      String fullUrl = fullUrl(o);
      for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
        if (e.getFullUrl().equals(fullUrl)) {
          return new Reference(fullUrl).setDisplay(o.getName());
        }
      }
      return add(o).setDisplay(o.getName());
    }

    /**
     * Who asks: the sender's person in the role of their organisation (a PractitionerRole of this
     * referral), or the organisation alone when no person is named.
     */
    private Reference requester(Reference senderOrg) {
      Party sender = m.sender();
      if (sender == null || !present(sender.personName())) {
        return senderOrg;
      }
      PractitionerRole role = new PractitionerRole();
      role.setId(id + "-sender");
      role.setActive(true);
      role.setPractitioner(new Reference().setDisplay(sender.personName()));
      role.setOrganization(senderOrg);
      if (present(sender.personEmail())) {
        role.addTelecom()
            .setSystem(ContactPoint.ContactPointSystem.EMAIL)
            .setValue(sender.personEmail());
      }
      String display =
          present(sender.organisationName())
              ? sender.personName() + " (" + sender.organisationName() + ")"
              : sender.personName();
      return add(role).setDisplay(display);
    }

    private Identifier referralIdentifier() {
      return new Identifier()
          .setSystem(ReferralFhir.REFERRAL_SYSTEM)
          .setValue(ReferralFhir.referralIdentifier(m.region(), m.referralId()));
    }

    /** Adds the resource as a PUT to its own id; the reference other entries use. */
    private Reference add(Resource r) {
      String type = r.fhirType();
      String fullUrl = fullUrl(r);
      bundle
          .addEntry()
          .setFullUrl(fullUrl)
          .setResource(r)
          .getRequest()
          .setMethod(Bundle.HTTPVerb.PUT)
          .setUrl(type + "/" + r.getIdElement().getIdPart());
      return new Reference(fullUrl);
    }
  }

  /** A stable urn:uuid per resource type and id: the same resource has it in every Bundle. */
  static String fullUrl(Resource r) {
    String name = "regioportaal:" + r.fhirType() + "/" + r.getIdElement().getIdPart();
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(UTF_8));
  }

  private static byte[] sha1(byte[] content) {
    try {
      return java.security.MessageDigest.getInstance("SHA-1").digest(content);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available in this JVM", e);
    }
  }

  private static DateTimeType dateTime(Instant instant) {
    DateTimeType t = new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND);
    t.setTimeZone(UTC);
    return t;
  }

  private static DateTimeType date(LocalDate date) {
    return new DateTimeType(date.toString());
  }

  private static CodeableConcept concept(String system, String code) {
    return new CodeableConcept(new Coding(system, code, null));
  }

  private static CodeableConcept concept(String system, String code, String display) {
    return new CodeableConcept(new Coding(system, code, display));
  }

  /** {@code IN_PERSON} to {@code in-person}: FHIR codes are lower case with hyphens here. */
  static String code(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String categoryDisplay(InformationCategory k) {
    return switch (k) {
      case IDENTITY -> "Naam en geboortedatum";
      case CONTACT -> "Contactgegevens";
      case RESIDENCE -> "Woongemeente";
      case REASON -> "Reden van verwijzing";
      case EDUCATION -> "Opleiding";
      case ATTACHMENTS -> "Bijlagen";
    };
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
