package nl.regioportal.integration.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.delivery.ReferralMessage;
import nl.regioportal.referral.delivery.ReferralMessage.Event;
import nl.regioportal.referral.delivery.ReferralMessage.Party;
import nl.regioportal.referral.delivery.ReferralMessage.Student;
import nl.regioportal.referral.delivery.ReferralMessage.Urgency;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralBundlesTest {

  static Stream<Arguments> variants() {
    Set<InformationCategory> all = EnumSet.allOf(InformationCategory.class);
    Set<InformationCategory> none = EnumSet.noneOf(InformationCategory.class);
    Set<InformationCategory> reasonOnly = EnumSet.of(InformationCategory.REASON);
    return Stream.of(Event.values())
        .flatMap(
            e ->
                Stream.of(
                    Arguments.of(e, all), Arguments.of(e, none), Arguments.of(e, reasonOnly)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("variants")
  void everyVariantValidatesAgainstBaseR4(Event event, Set<InformationCategory> categories) {
    String json = ReferralBundles.toBundleJson(Messages.message(event, categories));

    List<SingleValidationMessage> messages = R4Validator.validate(json);

    assertThat(R4Validator.errors(messages)).map(R4Validator::describe).isEmpty();
  }

  /**
   * What the validator still says, and may: no narrative (dom-6, a best practice), code systems and
   * extensions of ours it cannot know, LOINC (no terminology server), and our codes in elements
   * whose extensible value sets have none for what we mean. Anything else fails.
   */
  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("variants")
  void theRemainingWarningsAreOnlyTheKnownOnes(Event event, Set<InformationCategory> categories) {
    List<String> unexpected =
        R4Validator.validate(ReferralBundles.toBundleJson(Messages.message(event, categories)))
            .stream()
            .map(SingleValidationMessage::getMessage)
            .filter(
                text ->
                    !(text.startsWith("Constraint failed: dom-6:")
                        || text.startsWith("Unknown extension https://regioportaal.nl/fhir/")
                        || text.startsWith(
                            "CodeSystem is unknown and can't be validated: https://regioportaal.nl/fhir/CodeSystem/")
                        || text.startsWith(
                            "CodeSystem is unknown and can't be validated: http://loinc.org for 'http://loinc.org#59284-0'")
                        || text.startsWith(
                            "The Coding provided (https://regioportaal.nl/fhir/CodeSystem/")
                        || (text.startsWith(
                                "None of the codings provided are in the value set 'Consent PolicyRule Codes'")
                            && text.contains("v3-ActCode#OPTIN"))))
            .toList();

    assertThat(unexpected).isEmpty();
  }

  @Test
  void theLeanestMessageValidatesToo() {
    ReferralMessage m = Messages.message(Event.SUBMITTED, Set.of());
    ReferralMessage lean =
        new ReferralMessage(
            m.region(),
            m.referralId(),
            m.version(),
            m.event(),
            m.state(),
            null,
            null,
            Urgency.REGULAR,
            null,
            new Party(5L, null, null, null),
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null);

    Bundle bundle = parse(ReferralBundles.toBundleJson(lean));

    assertThat(R4Validator.errors(R4Validator.validate(ReferralBundles.toBundleJson(lean))))
        .map(R4Validator::describe)
        .isEmpty();
    assertThat(bundle.getEntry())
        .extracting(e -> e.getResource().fhirType())
        .containsExactlyInAnyOrder("Patient", "Organization", "ServiceRequest", "Task");
    ServiceRequest sr = one(bundle, ServiceRequest.class);
    assertThat(sr.hasPerformer()).isFalse();
    assertThat(sr.hasCode()).isFalse();
    assertThat(sr.hasSupportingInfo()).isFalse();
    assertThat(sr.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.ROUTINE);
    Task task = one(bundle, Task.class);
    assertThat(task.hasOwner()).isFalse();
    assertThat(task.hasRestriction()).isFalse();
    assertThat(task.getRequester().getReference())
        .isEqualTo(fullUrlOf(bundle, one(bundle, Organization.class)));
  }

  @Test
  void aSubmittedReferral() {
    Bundle bundle = parse(ReferralBundles.toBundleJson(Messages.full(Event.SUBMITTED)));

    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
    assertThat(bundle.getIdentifier().getValue()).isEqualTo("29-123-1");
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
      assertThat(e.getRequest().getUrl())
          .isEqualTo(e.getResource().fhirType() + "/" + e.getResource().getIdElement().getIdPart());
      assertThat(e.getFullUrl()).startsWith("urn:uuid:");
    }
    assertThat(bundle.getEntry())
        .extracting(e -> e.getRequest().getUrl())
        .containsExactlyInAnyOrder(
            "Patient/referral-29-123",
            "Organization/organisation-29-5",
            "Organization/organisation-29-8",
            "PractitionerRole/referral-29-123-sender",
            "Consent/referral-29-123",
            "DocumentReference/attachment-29-91",
            "ServiceRequest/referral-29-123",
            "Task/referral-29-123");

    ServiceRequest sr = one(bundle, ServiceRequest.class);
    Task task = one(bundle, Task.class);
    Patient patient = one(bundle, Patient.class);
    Consent consent = one(bundle, Consent.class);
    PractitionerRole sender = one(bundle, PractitionerRole.class);

    assertThat(sr.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
    assertThat(sr.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
    assertThat(sr.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.URGENT);
    assertThat(sr.getIdentifierFirstRep().getSystem())
        .isEqualTo("https://regioportaal.nl/fhir/referral");
    assertThat(sr.getIdentifierFirstRep().getValue()).isEqualTo("29-123");
    assertThat(sr.getSubject().getReference()).isEqualTo(fullUrlOf(bundle, patient));
    assertThat(sr.getRequester().getReference()).isEqualTo(fullUrlOf(bundle, sender));
    assertThat(sr.getRequester().getDisplay()).isEqualTo("Jan Jansen (Zadkine)");
    assertThat(resolve(bundle, sr.getPerformerFirstRep(), Organization.class).getName())
        .isEqualTo("Stichting Schuldhulp Rotterdam");
    assertThat(sr.getCode().getCodingFirstRep().getCode())
        .isEqualTo("0b9e6f1c-3c1e-5e5a-9d50-4f1f8a8c2d11");
    assertThat(sr.getReasonCode())
        .extracting(
            cc ->
                cc.hasCoding()
                    ? cc.getCodingFirstRep().getSystem() + "#" + cc.getCodingFirstRep().getCode()
                    : cc.getText())
        .containsExactly(
            "https://regioportaal.nl/fhir/CodeSystem/life-domain#finances",
            "https://regioportaal.nl/fhir/CodeSystem/issue#debts",
            "https://regioportaal.nl/fhir/CodeSystem/issue#housing-costs",
            "Schulden bij de zorgverzekeraar");
    assertThat(sr.getNoteFirstRep().getText()).isEqualTo("Graag een intake voor schuldhulp");
    assertThat(sr.getSupportingInfoFirstRep().getReference()).isEqualTo(fullUrlOf(bundle, consent));
    assertThat(sr.getAuthoredOn()).isEqualTo(Date.from(Messages.SUBMITTED));

    assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
    assertThat(task.hasStatusReason()).isFalse();
    assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
    assertThat(task.getPriority()).isEqualTo(Task.TaskPriority.URGENT);
    assertThat(task.getIdentifierFirstRep().getValue()).isEqualTo("29-123");
    assertThat(task.getFocus().getReference()).isEqualTo(fullUrlOf(bundle, sr));
    assertThat(task.getFor().getReference()).isEqualTo(fullUrlOf(bundle, patient));
    assertThat(task.getOwner().getReference()).isEqualTo(sr.getPerformerFirstRep().getReference());
    assertThat(task.getRequester().getReference()).isEqualTo(fullUrlOf(bundle, sender));
    assertThat(task.getAuthoredOn()).isEqualTo(Date.from(Messages.SUBMITTED));
    assertThat(task.getLastModified()).isEqualTo(Date.from(Messages.SENT));
    assertThat(task.getRestriction().getPeriod().getEnd())
        .isEqualTo(Date.from(Messages.RESPOND_BY));
    assertThat(task.getInput())
        .anySatisfy(
            i -> {
              assertThat(i.getType().getCodingFirstRep().getCode())
                  .isEqualTo("three-way-conversation");
              assertThat(((BooleanType) i.getValue()).booleanValue()).isTrue();
            })
        .anySatisfy(
            i -> {
              assertThat(i.getType().getCodingFirstRep().getCode()).isEqualTo("portal-link");
              assertThat(i.getValue().primitiveValue())
                  .isEqualTo("https://portaal.example.nl/29/verwijzingen/123");
            });

    assertThat(resolve(bundle, sender.getOrganization(), Organization.class).getName())
        .isEqualTo("Zadkine");
    assertThat(sender.getPractitioner().getDisplay()).isEqualTo("Jan Jansen");
    assertThat(sender.getTelecomFirstRep().getValue()).isEqualTo("j.jansen@zadkine.example.nl");

    assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("de Vries");
    assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Sanne");
    assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("2008-04-17");
    assertThat(patient.getTelecom())
        .extracting(t -> t.getSystem() + " " + t.getValue() + " " + t.getRank())
        .containsExactly("PHONE +31612345678 0", "EMAIL sanne@example.nl 1");
    Coding municipality =
        (Coding)
            patient
                .getAddressFirstRep()
                .getExtensionByUrl(ReferralFhir.MUNICIPALITY_EXTENSION)
                .getValue();
    assertThat(municipality.getSystem()).isEqualTo(ReferralFhir.CBS_MUNICIPALITY_SYSTEM);
    assertThat(municipality.getCode()).isEqualTo("GM0599");

    assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
    assertThat(consent.getScope().getCodingFirstRep().getCode()).isEqualTo("patient-privacy");
    assertThat(consent.getPatient().getReference()).isEqualTo(fullUrlOf(bundle, patient));
    assertThat(consent.getDateTime()).isEqualTo(Date.from(Messages.GIVEN));
    assertThat(consent.getPerformer()).hasSize(2);
    assertThat(consent.getProvision().getPeriod().getEndElement().getValueAsString())
        .isEqualTo("2027-06-30");
    assertThat(consent.getProvision().getClass_())
        .extracting(c -> c.getCode())
        .containsExactly("identity", "contact", "residence", "reason", "education", "attachments");
    assertThat(consent.getProvision().getActorFirstRep().getReference().getReference())
        .isEqualTo(sr.getPerformerFirstRep().getReference());
  }

  @Test
  void whatTheConsentDoesNotCoverIsNotInTheJson() {
    String json = ReferralBundles.toBundleJson(Messages.message(Event.SUBMITTED, Set.of()));
    Bundle bundle = parse(json);
    Patient patient = one(bundle, Patient.class);

    assertThat(patient.hasName()).isFalse();
    assertThat(patient.hasBirthDate()).isFalse();
    assertThat(patient.hasTelecom()).isFalse();
    assertThat(patient.hasAddress()).isFalse();
    assertThat(patient.hasExtension()).isFalse();
    assertThat(one(bundle, ServiceRequest.class).hasReasonCode()).isFalse();
    assertThat(one(bundle, Consent.class).getProvision().hasClass_()).isFalse();
    assertThat(json)
        .doesNotContain("Sanne", "de Vries", "2008-04-17", "birthDate", "+31612345678")
        .doesNotContain("sanne@example.nl", "GM0599", "municipality", "reasonCode")
        .doesNotContain("life-domain", "finances", "debts", "Schulden");
  }

  @Test
  void eachCategoryBringsOnlyItsOwnFields() {
    String identity =
        ReferralBundles.toBundleJson(
            Messages.message(Event.SUBMITTED, EnumSet.of(InformationCategory.IDENTITY)));
    assertThat(identity).contains("Sanne", "de Vries", "2008-04-17");
    assertThat(identity).doesNotContain("+31612345678", "sanne@example.nl", "GM0599", "reasonCode");

    String contact =
        ReferralBundles.toBundleJson(
            Messages.message(Event.SUBMITTED, EnumSet.of(InformationCategory.CONTACT)));
    assertThat(contact).contains("+31612345678", "sanne@example.nl");
    assertThat(contact).doesNotContain("Sanne", "birthDate", "GM0599", "reasonCode");

    String residence =
        ReferralBundles.toBundleJson(
            Messages.message(Event.SUBMITTED, EnumSet.of(InformationCategory.RESIDENCE)));
    assertThat(residence).contains("GM0599");
    assertThat(residence).doesNotContain("Sanne", "birthDate", "+31612345678", "reasonCode");
    assertThat(one(parse(residence), Patient.class).hasTelecom()).isFalse();

    String reason =
        ReferralBundles.toBundleJson(
            Messages.message(Event.SUBMITTED, EnumSet.of(InformationCategory.REASON)));
    assertThat(reason).contains("reasonCode", "finances", "Schulden bij de zorgverzekeraar");
    assertThat(reason).doesNotContain("Sanne", "birthDate", "sanne@example.nl", "GM0599");
  }

  @Test
  void anAttachmentTravelsInlineAsADocumentReferenceOnlyUnderItsCategory() throws Exception {
    Bundle bundle = parse(ReferralBundles.toBundleJson(Messages.full(Event.SUBMITTED)));
    DocumentReference d = one(bundle, DocumentReference.class);
    Attachment file = d.getContentFirstRep().getAttachment();
    assertThat(file.getContentType()).isEqualTo("application/pdf");
    assertThat(file.getData()).isEqualTo(Messages.PDF);
    assertThat(file.getTitle()).isEqualTo("brief van de mentor.pdf");
    assertThat(file.getSize()).isEqualTo(Messages.PDF.length);
    assertThat(file.getHash())
        .isEqualTo(java.security.MessageDigest.getInstance("SHA-1").digest(Messages.PDF));
    assertThat(d.getSubject().getReference())
        .isEqualTo(fullUrlOf(bundle, one(bundle, Patient.class)));
    assertThat(d.getStatus()).isEqualTo(Enumerations.DocumentReferenceStatus.CURRENT);
    assertThat(one(bundle, ServiceRequest.class).getSupportingInfo())
        .extracting(Reference::getReference)
        .contains(fullUrlOf(bundle, d));

    EnumSet<InformationCategory> noFiles = EnumSet.allOf(InformationCategory.class);
    noFiles.remove(InformationCategory.ATTACHMENTS);
    Bundle without =
        parse(ReferralBundles.toBundleJson(Messages.message(Event.SUBMITTED, noFiles)));
    assertThat(without.getEntry())
        .extracting(e -> e.getResource().fhirType())
        .doesNotContain("DocumentReference");
    assertThat(
            parse(ReferralBundles.toBundleJson(Messages.full(Event.CONSENT_WITHDRAWN))).getEntry())
        .extracting(e -> e.getResource().fhirType())
        .doesNotContain("DocumentReference");
  }

  @Test
  void aWithdrawnReferralIsRevokedAndItsTaskCancelled() {
    Bundle bundle = parse(ReferralBundles.toBundleJson(Messages.full(Event.WITHDRAWN)));

    assertThat(one(bundle, ServiceRequest.class).getStatus())
        .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
    Task task = one(bundle, Task.class);
    assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
    assertThat(task.getStatusReason().getCodingFirstRep().getSystem())
        .isEqualTo(ReferralFhir.TASK_STATUS_REASON_SYSTEM);
    assertThat(task.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("withdrawn");
    // the consent still holds: what it covers is still there, so the partner's copy stays whole
    assertThat(one(bundle, Consent.class).getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
    assertThat(one(bundle, Patient.class).getNameFirstRep().getFamily()).isEqualTo("de Vries");
    assertThat(bundle.getIdentifier().getValue()).isEqualTo("29-123-2");
  }

  @Test
  void aConsentWithdrawalCarriesNoStudentDataWhateverTheMessageHolds() {
    String json = ReferralBundles.toBundleJson(Messages.full(Event.CONSENT_WITHDRAWN));
    Bundle bundle = parse(json);

    ServiceRequest sr = one(bundle, ServiceRequest.class);
    assertThat(sr.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
    assertThat(sr.hasReasonCode()).isFalse();
    assertThat(sr.hasNote()).isFalse();
    Task task = one(bundle, Task.class);
    assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
    assertThat(task.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("consent-withdrawn");
    Consent consent = one(bundle, Consent.class);
    assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
    assertThat(consent.getProvision().getPeriod().getEnd())
        .isEqualTo(Date.from(Instant.parse("2026-12-04T08:00:00Z")));
    Patient patient = one(bundle, Patient.class);
    assertThat(patient.getIdElement().getIdPart()).isEqualTo("referral-29-123");
    assertThat(
            patient.hasName()
                || patient.hasBirthDate()
                || patient.hasTelecom()
                || patient.hasAddress())
        .isFalse();
    assertThat(json)
        .doesNotContain("Sanne", "de Vries", "2008-04-17", "+31612345678", "sanne@example.nl")
        .doesNotContain("GM0599", "finances", "Schulden", "Graag een intake");
  }

  @Test
  void theSameReferralGivesTheSameBundleAndIds() {
    ReferralMessage m = Messages.full(Event.SUBMITTED);
    String first = ReferralBundles.toBundleJson(m);

    assertThat(ReferralBundles.toBundleJson(m)).isEqualTo(first);
    Bundle a = parse(first);
    Bundle b = parse(ReferralBundles.toBundleJson(Messages.full(Event.WITHDRAWN)));
    // a withdrawal does not send the files again: the rest are the same resources
    assertThat(a.getEntry())
        .filteredOn(e -> !(e.getResource() instanceof DocumentReference))
        .extracting(Bundle.BundleEntryComponent::getFullUrl)
        .containsExactlyInAnyOrderElementsOf(
            b.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList());
    assertThat(a.getEntry())
        .extracting(Bundle.BundleEntryComponent::getFullUrl)
        .doesNotHaveDuplicates();

    ReferralMessage other =
        new ReferralMessage(
            m.region(),
            124L,
            m.version(),
            m.event(),
            m.state(),
            m.submittedAt(),
            m.sentAt(),
            m.urgency(),
            m.respondBy(),
            m.sender(),
            m.receiver(),
            m.service(),
            m.student(),
            m.reason(),
            m.asked(),
            m.threeWayConversation(),
            m.consent(),
            m.portalLink(),
            m.attachments());
    Bundle c = parse(ReferralBundles.toBundleJson(other));
    assertThat(fullUrlOf(c, one(c, Task.class))).isNotEqualTo(fullUrlOf(a, one(a, Task.class)));
    assertThat(fullUrlOf(c, one(c, Task.class)))
        .isNotEqualTo(fullUrlOf(c, one(c, ServiceRequest.class)));
    // an organisation is the same resource in every referral of the region
    assertThat(one(c, Task.class).getOwner().getReference())
        .isEqualTo(one(a, Task.class).getOwner().getReference());
  }

  @Test
  void thePreferredChannelIsTheTopRankedTelecomOrElseAnExtension() {
    Patient byPhone = one(parse(ReferralBundles.toBundleJson(withChannel("PHONE"))), Patient.class);
    assertThat(byPhone.getTelecom())
        .filteredOn(t -> t.getRank() == 1)
        .extracting(ContactPoint::getSystem)
        .containsExactly(ContactPoint.ContactPointSystem.PHONE);

    Patient bySms = one(parse(ReferralBundles.toBundleJson(withChannel("SMS"))), Patient.class);
    assertThat(bySms.getTelecom())
        .filteredOn(t -> t.getRank() == 1)
        .extracting(t -> t.getSystem() + " " + t.getValue())
        .containsExactly("SMS +31612345678");

    String json = ReferralBundles.toBundleJson(withChannel("WHATSAPP"));
    Patient other = one(parse(json), Patient.class);
    assertThat(other.getTelecom()).allSatisfy(t -> assertThat(t.hasRank()).isFalse());
    assertThat(
            other
                .getExtensionByUrl(ReferralFhir.PREFERRED_CHANNEL_EXTENSION)
                .getValue()
                .primitiveValue())
        .isEqualTo("WHATSAPP");
    assertThat(R4Validator.errors(R4Validator.validate(json))).map(R4Validator::describe).isEmpty();
  }

  private static ReferralMessage withChannel(String channel) {
    ReferralMessage m = Messages.full(Event.SUBMITTED);
    Student s = m.student();
    Student student =
        new Student(
            s.givenName(),
            s.familyName(),
            s.birthDate(),
            s.municipality(),
            s.phone(),
            s.email(),
            channel);
    return new ReferralMessage(
        m.region(),
        m.referralId(),
        m.version(),
        m.event(),
        m.state(),
        m.submittedAt(),
        m.sentAt(),
        m.urgency(),
        m.respondBy(),
        m.sender(),
        m.receiver(),
        m.service(),
        student,
        m.reason(),
        m.asked(),
        m.threeWayConversation(),
        m.consent(),
        m.portalLink(),
        m.attachments());
  }

  static Bundle parse(String json) {
    return ReferralFhir.jsonParser().parseResource(Bundle.class, json);
  }

  static <T extends Resource> T one(Bundle bundle, Class<T> type) {
    List<T> found =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(type::isInstance)
            .map(type::cast)
            .toList();
    assertThat(found).as(type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private static String fullUrlOf(Bundle bundle, Resource r) {
    return bundle.getEntry().stream()
        .filter(e -> e.getResource() == r)
        .findFirst()
        .orElseThrow()
        .getFullUrl();
  }

  private static <T extends Resource> T resolve(Bundle bundle, Reference ref, Class<T> type) {
    return bundle.getEntry().stream()
        .filter(e -> e.getFullUrl().equals(ref.getReference()))
        .map(e -> type.cast(e.getResource()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + ref.getReference()));
  }
}
