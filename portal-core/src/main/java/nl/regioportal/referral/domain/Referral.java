package nl.regioportal.referral.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.persistence.TenantOwned;

/**
 * A referral of a student from one organisation of the region to another (usually school to care
 * partner), with its state after FHIR Task. Built only from a checked {@link ReferralRules.Valid}
 * draft; a state changes only along {@link ReferralState#mayBecome}, else {@link
 * ConflictException}. The student's data lives here and in nowhere else but the consent.
 */
@Entity
@Table(name = "referral")
public class Referral extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "delivery_version", nullable = false)
  private int deliveryVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private ReferralState state;

  @Column(name = "sender_organisation_id", nullable = false)
  private long senderOrganisationId;

  @Column(name = "sender_username", nullable = false, length = 100)
  private String senderUsername;

  @Column(name = "receiver_organisation_id", nullable = false)
  private long receiverOrganisationId;

  @Column(name = "service_id")
  private Long serviceId;

  @jakarta.persistence.Convert(converter = nl.regioportal.persistence.EncryptedText.class)
  @Column(name = "student_given_name", nullable = false, length = 500)
  private String givenName;

  @jakarta.persistence.Convert(converter = nl.regioportal.persistence.EncryptedText.class)
  @Column(name = "student_family_name", nullable = false, length = 500)
  private String familyName;

  @jakarta.persistence.Convert(converter = nl.regioportal.persistence.EncryptedText.class)
  @Column(name = "student_birth_date", nullable = false, length = 200)
  private String birthDate;

  @Column(name = "student_municipality", nullable = false, length = 6)
  private String municipality;

  @jakarta.persistence.Convert(converter = nl.regioportal.persistence.EncryptedText.class)
  @Column(name = "student_phone", length = 500)
  private String phone;

  @jakarta.persistence.Convert(converter = nl.regioportal.persistence.EncryptedText.class)
  @Column(name = "student_email", length = 500)
  private String email;

  @Column(name = "student_channel", length = 10)
  private String preferredChannel;

  @jakarta.persistence.Convert(converter = nl.regioportal.persistence.EncryptedText.class)
  @Column(name = "reason_text", length = 8000)
  private String reasonText;

  @jakarta.persistence.Convert(converter = nl.regioportal.persistence.EncryptedText.class)
  @Column(name = "asked", length = 8000)
  private String asked;

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", nullable = false, length = 10)
  private Urgency urgency;

  @Column(name = "response_hours")
  private Integer responseHours;

  @Column(name = "respond_by")
  private LocalDateTime respondBy;

  @Column(name = "three_way", nullable = false)
  private boolean threeWay;

  @Column(name = "study_coach", nullable = false, length = 100)
  private String studyCoach;

  @Enumerated(EnumType.STRING)
  @Column(name = "decline_reason", length = 30)
  private DeclineReason declineReason;

  @Column(name = "alternative", length = 1000)
  private String alternative;

  @Column(name = "expected_start")
  private LocalDate expectedStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 30)
  private Outcome outcome;

  @Column(name = "outcome_text", length = 2000)
  private String outcomeText;

  @Column(name = "response_note", length = 2000)
  private String responseNote;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "delivered_at")
  private LocalDateTime deliveredAt;

  @Column(name = "responded_at")
  private LocalDateTime respondedAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "reminders_sent", nullable = false)
  private int remindersSent;

  @Column(name = "escalated_at")
  private LocalDateTime escalatedAt;

  @Column(name = "anonymised_at")
  private LocalDateTime anonymisedAt;

  @Column(name = "student_birth_year")
  private Integer birthYear;

  @ElementCollection
  @CollectionTable(name = "referral_term", joinColumns = @JoinColumn(name = "referral_id"))
  @Column(name = "term_code", length = 60)
  private Set<String> terms = new TreeSet<>();

  protected Referral() {}

  public Referral(ReferralRules.Valid v, String sender, LocalDateTime now) {
    this.state = ReferralState.DRAFT;
    this.deliveryVersion = 0;
    this.senderOrganisationId = v.senderOrganisationId();
    this.senderUsername = sender;
    this.studyCoach = sender;
    this.receiverOrganisationId = v.receiverOrganisationId();
    this.serviceId = v.serviceId();
    this.givenName = v.givenName();
    this.familyName = v.familyName();
    this.birthDate = v.birthDate().toString();
    this.municipality = v.municipality();
    this.phone = v.phone();
    this.email = v.email();
    this.preferredChannel = v.preferredChannel();
    this.reasonText = v.reasonText();
    this.asked = v.asked();
    this.urgency = v.urgency();
    this.responseHours = v.responseHours();
    this.threeWay = v.threeWay();
    this.terms = new TreeSet<>(v.terms());
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Moves to {@code next}; refused (409) when the state machine does not allow it. */
  public void move(ReferralState next, LocalDateTime now) {
    if (!state.mayBecome(next)) {
      throw new ConflictException(
          Violation.of("state", "referral.transition.invalid", state.name(), next.name()));
    }
    this.state = next;
    this.updatedAt = now;
    switch (next) {
      case SUBMITTED -> {
        this.submittedAt = now;
        if (urgency == Urgency.URGENT && responseHours != null) {
          this.respondBy = now.plusHours(responseHours);
        }
      }
      case DELIVERED -> this.deliveredAt = now;
      case ACCEPTED, DECLINED, WAITLISTED -> {
        if (respondedAt == null) {
          this.respondedAt = now;
        }
      }
      default -> {}
    }
    if (next.isClosed()) {
      this.closedAt = now;
    }
  }

  /**
   * Removes the student's personal data of a closed referral after the retention period (issue 10,
   * point 8): name, birth date (its year is kept, for the figures by age), phone, e-mail, the
   * reason and what was asked, and the free texts of the answer (which may name the student).
   * State, dates, terms, municipality, urgency and the coded answer stay, so the figures do.
   * Compute the audit trail's student key before: it is made from the name and birth date.
   *
   * @return {@code false} when it was anonymised already
   * @throws IllegalStateException when the referral is not closed
   */
  public boolean anonymise(LocalDateTime now) {
    if (anonymisedAt != null) {
      return false;
    }
    if (!state.isClosed() || closedAt == null) {
      throw new IllegalStateException("Referral " + id + " is not closed: it is " + state);
    }
    this.birthYear = birthDate == null ? null : LocalDate.parse(birthDate).getYear();
    this.givenName = null;
    this.familyName = null;
    this.birthDate = null;
    this.phone = null;
    this.email = null;
    this.reasonText = null;
    this.asked = null;
    this.alternative = null;
    this.outcomeText = null;
    this.responseNote = null;
    this.anonymisedAt = now;
    return true;
  }

  /** The next version delivered to the receiver (submission 1, each later delivered change +1). */
  public int nextDeliveryVersion() {
    return ++deliveryVersion;
  }

  public void declined(DeclineReason reason, String alternative, String note) {
    this.declineReason = reason;
    this.alternative = alternative;
    this.responseNote = note;
  }

  public void waitlisted(LocalDate expectedStart, String note) {
    this.expectedStart = expectedStart;
    this.responseNote = note;
  }

  public void noted(String note) {
    if (note != null) {
      this.responseNote = note;
    }
  }

  public void completed(Outcome outcome, String text) {
    this.outcome = outcome;
    this.outcomeText = text;
  }

  /** How many reminders are due by now: one after each of {@code after} without an answer. */
  public int remindersDue(LocalDateTime now, java.util.List<java.time.Duration> after) {
    if ((state != ReferralState.SUBMITTED && state != ReferralState.DELIVERED)
        || submittedAt == null) {
      return remindersSent;
    }
    int due = 0;
    for (java.time.Duration d : after) {
      if (!now.isBefore(submittedAt.plus(d))) {
        due++;
      }
    }
    return Math.max(due, remindersSent);
  }

  public void reminded(int count) {
    this.remindersSent = count;
  }

  /** An urgent referral without an answer at its deadline, not yet escalated. */
  public boolean dueForEscalation(LocalDateTime now) {
    return urgency == Urgency.URGENT
        && respondBy != null
        && escalatedAt == null
        && (state == ReferralState.SUBMITTED || state == ReferralState.DELIVERED)
        && !now.isBefore(respondBy);
  }

  public void escalated(LocalDateTime now) {
    this.escalatedAt = now;
  }

  public int remindersSent() {
    return remindersSent;
  }

  public LocalDateTime escalatedAt() {
    return escalatedAt;
  }

  public long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public int deliveryVersion() {
    return deliveryVersion;
  }

  public ReferralState state() {
    return state;
  }

  public long senderOrganisationId() {
    return senderOrganisationId;
  }

  public String senderUsername() {
    return senderUsername;
  }

  public String studyCoach() {
    return studyCoach;
  }

  public long receiverOrganisationId() {
    return receiverOrganisationId;
  }

  public Optional<Long> serviceId() {
    return Optional.ofNullable(serviceId);
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  /** The birth date; {@code null} once anonymised. */
  public LocalDate birthDate() {
    return birthDate == null ? null : LocalDate.parse(birthDate);
  }

  /** The year of birth, kept when the referral is anonymised. */
  public Integer birthYear() {
    return birthYear != null ? birthYear : birthDate == null ? null : birthDate().getYear();
  }

  /** Whether the student's personal data was removed after the retention period. */
  public boolean isAnonymised() {
    return anonymisedAt != null;
  }

  /** When the student's personal data was removed, or {@code null}. */
  public LocalDateTime anonymisedAt() {
    return anonymisedAt;
  }

  public String municipality() {
    return municipality;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public String preferredChannel() {
    return preferredChannel;
  }

  public String reasonText() {
    return reasonText;
  }

  public String asked() {
    return asked;
  }

  public Urgency urgency() {
    return urgency;
  }

  public Integer responseHours() {
    return responseHours;
  }

  public LocalDateTime respondBy() {
    return respondBy;
  }

  public boolean threeWay() {
    return threeWay;
  }

  public Set<String> terms() {
    return Set.copyOf(terms);
  }

  public DeclineReason declineReason() {
    return declineReason;
  }

  public String alternative() {
    return alternative;
  }

  public LocalDate expectedStart() {
    return expectedStart;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String outcomeText() {
    return outcomeText;
  }

  public String responseNote() {
    return responseNote;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime submittedAt() {
    return submittedAt;
  }

  public LocalDateTime deliveredAt() {
    return deliveredAt;
  }

  public LocalDateTime respondedAt() {
    return respondedAt;
  }

  public LocalDateTime closedAt() {
    return closedAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }
}
