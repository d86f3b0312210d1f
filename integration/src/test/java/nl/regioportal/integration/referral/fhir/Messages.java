package nl.regioportal.integration.referral.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.delivery.ReferralMessage;
import nl.regioportal.referral.delivery.ReferralMessage.Consent;
import nl.regioportal.referral.delivery.ReferralMessage.Event;
import nl.regioportal.referral.delivery.ReferralMessage.Party;
import nl.regioportal.referral.delivery.ReferralMessage.Reason;
import nl.regioportal.referral.delivery.ReferralMessage.Service;
import nl.regioportal.referral.delivery.ReferralMessage.Student;
import nl.regioportal.referral.delivery.ReferralMessage.Urgency;

/** Referral messages as the portal would cut them down for a given consent. */
final class Messages {

  static final Instant SUBMITTED = Instant.parse("2026-12-03T09:15:30Z");
  static final Instant SENT = Instant.parse("2026-12-03T09:15:42Z");
  static final Instant RESPOND_BY = Instant.parse("2026-12-10T17:00:00Z");
  static final Instant GIVEN = Instant.parse("2026-12-02T14:00:00Z");

  private Messages() {}

  /** Everything a consent can share, as the portal cuts it for these categories. */
  static ReferralMessage message(Event event, Set<InformationCategory> categories) {
    boolean identity = categories.contains(InformationCategory.IDENTITY);
    boolean contact = categories.contains(InformationCategory.CONTACT);
    boolean residence = categories.contains(InformationCategory.RESIDENCE);
    boolean reason = categories.contains(InformationCategory.REASON);
    Student student =
        new Student(
            identity ? "Sanne" : null,
            identity ? "de Vries" : null,
            identity ? LocalDate.of(2008, 4, 17) : null,
            residence ? "GM0599" : null,
            contact ? "+31612345678" : null,
            contact ? "sanne@example.nl" : null,
            contact ? "EMAIL" : null);
    return new ReferralMessage(
        "29",
        123L,
        event == Event.SUBMITTED ? 1 : 2,
        event,
        event == Event.SUBMITTED ? "requested" : "cancelled",
        SUBMITTED,
        SENT,
        Urgency.URGENT,
        RESPOND_BY,
        new Party(5L, "Zadkine", "Jan Jansen", "j.jansen@zadkine.example.nl"),
        new Party(8L, "Stichting Schuldhulp Rotterdam", null, null),
        new Service(44L, "0b9e6f1c-3c1e-5e5a-9d50-4f1f8a8c2d11", "Schuldhulp jongeren"),
        student,
        reason
            ? new Reason(
                List.of("finances"),
                List.of("debts", "housing-costs"),
                "Schulden bij de zorgverzekeraar")
            : null,
        "Graag een intake voor schuldhulp",
        true,
        new Consent(
            7L,
            "STUDENT_AND_GUARDIAN",
            categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories),
            "referral",
            LocalDate.of(2027, 6, 30),
            "IN_PERSON",
            GIVEN,
            event == Event.CONSENT_WITHDRAWN ? Instant.parse("2026-12-04T08:00:00Z") : null),
        "https://portaal.example.nl/29/verwijzingen/123",
        categories.contains(InformationCategory.ATTACHMENTS) && event == Event.SUBMITTED
            ? List.of(
                new ReferralMessage.Attachment(
                    91L,
                    "brief van de mentor.pdf",
                    "application/pdf",
                    PDF.length,
                    "not-checked-here",
                    SUBMITTED,
                    PDF))
            : List.of());
  }

  /** A file of a few bytes that is what its type says. */
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  static ReferralMessage full(Event event) {
    return message(event, EnumSet.allOf(InformationCategory.class));
  }
}
