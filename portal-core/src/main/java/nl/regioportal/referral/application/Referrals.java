package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.regioportal.directory.domain.ServiceEntry;
import nl.regioportal.directory.domain.ServiceStatus;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.delivery.ReferralMessage;
import nl.regioportal.referral.delivery.TaskUpdate;
import nl.regioportal.referral.domain.DeclineReason;
import nl.regioportal.referral.domain.InboundMessage;
import nl.regioportal.referral.domain.Outcome;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.referral.domain.ReferralConsent;
import nl.regioportal.referral.domain.ReferralDraft;
import nl.regioportal.referral.domain.ReferralEvent;
import nl.regioportal.referral.domain.ReferralRules;
import nl.regioportal.referral.domain.ReferralState;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The referrals of the active region (issue 10). The sender's people (school staff or care workers
 * of the sending organisation) create, submit and withdraw a referral and withdraw its consent; the
 * receiver's people see it once it was delivered and answer it (accept, decline, waitlist, start,
 * complete). Nobody else sees a student's data: not the region's coordinators, not a platform
 * administrator (they see the dead letters, without student data). An id of a referral the caller
 * may not see answers as not found. Each method is one transaction.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Referrals {

  /** A referral without an answer this long after its submission is overdue. */
  public static final Duration FIRST_RESPONSE = Duration.ofHours(24);

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject nl.regioportal.directory.application.DirectoryTerms terms;
  @Inject ReferralOutbox outbox;
  @Inject ReferralMessages messages;
  @Inject nl.regioportal.audit.AuditTrail trail;
  @Inject ReferralAttachments attachments;

  Clock clock = Clock.systemUTC();

  /** A created referral: its id and state, and what the sender should know. */
  public record Created(long id, ReferralState state, List<Violation> warnings) {}

  /** Which list: what the caller's organisation sent, or what it received. */
  public enum Side {
    SENT,
    RECEIVED
  }

  /** A receiver's answer typed in the inbox. */
  public record Answer(
      ReferralState state,
      String declineReason,
      String alternative,
      String expectedStart,
      String outcome,
      String outcomeText,
      String note) {}

  /** Creates a draft referral with its consent for the caller's organisation. */
  public Created create(ReferralDraft draft) {
    RegionCode region = access.requireStudentData();
    long sender = senderOrganisation(region);
    LocalDateTime now = now();
    ReferralRules.Result result = ReferralRules.check(draft, context(region, sender, draft));
    if (!result.ok()) {
      throw new InvalidInputException(result.violations());
    }
    ReferralRules.Valid v = result.valid();
    Referral r = new Referral(v, caller.username(), now);
    var em = tenantEm.em();
    em.persist(r);
    em.flush();
    em.persist(
        new ReferralConsent(
            r.id(), r.receiverOrganisationId(), v.consent(), caller.username(), now));
    event(r, ReferralEvent.Kind.CREATED, null, ReferralState.DRAFT, null, now);
    audit(region, r, nl.regioportal.audit.AuditAction.CREATE, "referral and consent recorded");
    return new Created(r.id(), r.state(), v.warnings());
  }

  /**
   * Submits a draft: refused without a consent that is valid today for this receiver. The referral
   * and its delivery (an outbox entry) are written together.
   */
  public ReferralDetails submit(long id) {
    RegionCode region = access.requireStudentData();
    Referral r = lockAsSender(id);
    LocalDateTime now = now();
    ReferralConsent consent = messages.consentOf(r.id()).orElse(null);
    if (consent == null || !consent.validFor(r.receiverOrganisationId(), now.toLocalDate())) {
      throw new InvalidInputException(
          List.of(Violation.of("consent", "referral.consent.notValid")));
    }
    ReferralState before = r.state();
    r.move(ReferralState.SUBMITTED, now);
    outbox.queue(region, r, ReferralMessage.Event.SUBMITTED);
    event(r, ReferralEvent.Kind.SUBMITTED, before, r.state(), null, now);
    ReferralDetails d = details(r);
    audit(region, r, nl.regioportal.audit.AuditAction.CHANGE, "submitted for delivery");
    return d;
  }

  /**
   * The sender withdraws the referral; a delivered one is told to the receiver by the same route.
   */
  public ReferralDetails withdraw(long id, String reason) {
    RegionCode region = access.requireStudentData();
    Referral r = lockAsSender(id);
    LocalDateTime now = now();
    ReferralState before = r.state();
    r.move(ReferralState.WITHDRAWN, now);
    if (before != ReferralState.DRAFT) {
      outbox.queue(region, r, ReferralMessage.Event.WITHDRAWN);
    }
    event(r, ReferralEvent.Kind.WITHDRAWN, before, r.state(), limit(reason, 500), now);
    ReferralDetails d = details(r);
    audit(region, r, nl.regioportal.audit.AuditAction.WITHDRAW, "referral withdrawn");
    return d;
  }

  /**
   * The student withdraws the consent (recorded by the sender's people on the student's word):
   * nothing more of the student is shared, the receiver is told by the same route and sees no more
   * of the student's data, and a referral that is still open is withdrawn with it.
   */
  public ReferralDetails withdrawConsent(long id) {
    RegionCode region = access.requireStudentData();
    Referral r = lockAsSender(id);
    if (r.isAnonymised()) {
      throw new ConflictException(Violation.of("referral", "referral.anonymised"));
    }
    LocalDateTime now = now();
    ReferralConsent consent =
        messages.consentOf(r.id()).orElseThrow(() -> new NotFoundException("consent", id));
    if (!consent.withdraw(caller.username(), now)) {
      throw new ConflictException(Violation.of("consent", "referral.consent.alreadyWithdrawn"));
    }
    ReferralState before = r.state();
    if (!r.state().isClosed()) {
      r.move(ReferralState.WITHDRAWN, now);
    }
    if (before != ReferralState.DRAFT) {
      outbox.queue(region, r, ReferralMessage.Event.CONSENT_WITHDRAWN);
    }
    event(r, ReferralEvent.Kind.CONSENT_WITHDRAWN, before, r.state(), null, now);
    ReferralDetails d = details(r);
    audit(region, r, nl.regioportal.audit.AuditAction.WITHDRAW, "consent withdrawn");
    return d;
  }

  /** One referral, as the caller may see it. */
  public ReferralDetails get(long id) {
    RegionCode region = access.requireStudentData();
    Referral r = tenantEm.em().find(Referral.class, id);
    if (r == null || !maySee(r)) {
      throw new NotFoundException("referral", id);
    }
    ReferralDetails d = details(r);
    if (!r.isAnonymised()
        && (d.student().givenName() != null || d.student().municipality() != null)) {
      audit(region, r, nl.regioportal.audit.AuditAction.VIEW, "referral with the student's data");
    }
    return d;
  }

  /**
   * The caller's organisations' sent or received referrals, newest first, optionally of a state.
   */
  public List<ReferralSummary> list(Side side, ReferralState state, int page, int size) {
    RegionCode region = access.requireStudentData();
    Set<Long> orgs = organisationsOfCaller(region);
    if (orgs.isEmpty()) {
      return List.of();
    }
    String column = side == Side.SENT ? "r.senderOrganisationId" : "r.receiverOrganisationId";
    String jpql =
        "select r from Referral r where "
            + column
            + " in :orgs"
            + (side == Side.RECEIVED ? " and r.deliveredAt is not null" : "")
            + (state == null ? "" : " and r.state = :state")
            + " order by r.updatedAt desc, r.id desc";
    var q = tenantEm.em().createQuery(jpql, Referral.class).setParameter("orgs", orgs);
    if (state != null) {
      q.setParameter("state", state);
    }
    int s = Math.max(1, Math.min(size, 100));
    List<ReferralSummary> out = new ArrayList<>();
    List<nl.regioportal.audit.AuditEvent> views = new ArrayList<>();
    LocalDateTime now = now();
    for (Referral r :
        q.setFirstResult((Math.max(1, page) - 1) * s).setMaxResults(s).getResultList()) {
      boolean sender = orgs.contains(r.senderOrganisationId());
      ReferralConsent consent = messages.consentOf(r.id()).orElse(null);
      boolean name = (sender || sharesIdentity(consent)) && !r.isAnonymised();
      if (name) {
        views.add(
            auditEvent(
                region, r, nl.regioportal.audit.AuditAction.VIEW, "the student's name in a list"));
      }
      Organisation other =
          tenantEm
              .em()
              .find(
                  Organisation.class,
                  side == Side.SENT ? r.receiverOrganisationId() : r.senderOrganisationId());
      out.add(
          new ReferralSummary(
              r.id(),
              r.state(),
              name ? r.givenName() + " " + r.familyName() : null,
              other == null ? null : other.name(),
              r.urgency().name(),
              r.respondBy(),
              overdue(r, now),
              r.submittedAt(),
              r.updatedAt()));
    }
    // last, together: one lock of the region's audit head for the whole page
    trail.recordAll(views);
    return out;
  }

  /** The receiver's people answer a delivered referral from the inbox. */
  public ReferralDetails answer(long id, Answer a) {
    RegionCode region = access.requireStudentData();
    Referral r = lockAsReceiver(id);
    apply(r, a, caller.username());
    ReferralDetails d = details(r);
    audit(region, r, nl.regioportal.audit.AuditAction.CHANGE, "answered: " + r.state());
    return d;
  }

  /**
   * A status update from the receiving organisation's system (FHIR Task): a repeat of a message
   * already applied (same de-duplication key) is dropped and reported as such; an invalid
   * transition is refused and changes nothing.
   *
   * @return whether it was applied ({@code false}: a repeat)
   */
  public boolean applyInbound(TaskUpdate u) {
    RegionCode region = access.requireStudentData();
    Referral r = lockAsReceiver(u.referralId());
    var em = tenantEm.em();
    boolean seen =
        !em.createQuery(
                "select m from InboundMessage m where m.dedupKey = :k", InboundMessage.class)
            .setParameter("k", u.dedupKey())
            .getResultList()
            .isEmpty();
    if (seen) {
      event(r, ReferralEvent.Kind.INBOUND_DUPLICATE, r.state(), r.state(), u.dedupKey(), now());
      return false;
    }
    ReferralState next =
        ReferralState.ofReceiverFhirCode(u.status())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(Violation.of("status", "referral.inbound.status", u.status()))));
    String decline = u.reasonCode();
    apply(
        r,
        new Answer(
            next,
            next == ReferralState.DECLINED ? (decline == null ? "OTHER" : decline) : null,
            u.alternative(),
            u.expectedStart() == null ? null : u.expectedStart().toString(),
            u.outcomeCode() == null && next == ReferralState.COMPLETED ? "OTHER" : u.outcomeCode(),
            u.outcomeText(),
            u.reasonText()),
        caller.username());
    em.persist(new InboundMessage(r.id(), u.dedupKey(), now(), next.name()));
    try {
      em.flush();
    } catch (PersistenceException e) {
      // the same message applied by another request at this moment: let this one fail as a repeat
      throw new ConflictException(Violation.of("dedupKey", "referral.inbound.repeat"));
    }
    audit(
        region,
        r,
        nl.regioportal.audit.AuditAction.RECEIVE,
        "status from the receiver's system: " + r.state());
    return true;
  }

  private void apply(Referral r, Answer a, String actor) {
    if (a == null || a.state() == null) {
      throw new InvalidInputException(List.of(Violation.of("state", "referral.answer.state")));
    }
    EnumSet<ReferralState> receiver =
        EnumSet.of(
            ReferralState.ACCEPTED,
            ReferralState.DECLINED,
            ReferralState.WAITLISTED,
            ReferralState.IN_PROGRESS,
            ReferralState.COMPLETED);
    if (!receiver.contains(a.state())) {
      throw new InvalidInputException(
          List.of(Violation.of("state", "referral.answer.notReceivers", a.state().name())));
    }
    List<Violation> v = new ArrayList<>();
    DeclineReason decline = null;
    Outcome outcome = null;
    LocalDate start = null;
    if (a.state() == ReferralState.DECLINED) {
      decline = code(v, "declineReason", a.declineReason(), DeclineReason.class);
    }
    if (a.state() == ReferralState.COMPLETED) {
      outcome = code(v, "outcome", a.outcome(), Outcome.class);
    }
    if (a.state() == ReferralState.WAITLISTED
        && a.expectedStart() != null
        && !a.expectedStart().isBlank()) {
      try {
        start = LocalDate.parse(a.expectedStart().strip());
      } catch (java.time.format.DateTimeParseException e) {
        v.add(Violation.of("expectedStart", "referral.date.invalid", a.expectedStart()));
      }
    }
    for (String[] t :
        new String[][] {
          {"alternative", a.alternative()}, {"outcomeText", a.outcomeText()}, {"note", a.note()}
        }) {
      if (t[1] != null && t[1].length() > 1000) {
        v.add(Violation.of(t[0], "referral.text.tooLong", 1000));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    LocalDateTime now = now();
    ReferralState before = r.state();
    r.move(a.state(), now);
    switch (a.state()) {
      case DECLINED -> r.declined(decline, blankToNull(a.alternative()), blankToNull(a.note()));
      case WAITLISTED -> r.waitlisted(start, blankToNull(a.note()));
      case COMPLETED -> {
        r.completed(outcome, blankToNull(a.outcomeText()));
        r.noted(blankToNull(a.note()));
      }
      default -> r.noted(blankToNull(a.note()));
    }
    tenantEm.em().lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    tenantEm
        .em()
        .persist(
            new ReferralEvent(
                r.id(),
                now,
                actor,
                ReferralEvent.Kind.ANSWERED,
                before,
                r.state(),
                blankToNull(a.note())));
  }

  private static <E extends Enum<E>> E code(
      List<Violation> v, String field, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      v.add(Violation.of(field, "referral.code.required"));
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      v.add(Violation.of(field, "referral.code.invalid", raw));
      return null;
    }
  }

  /**
   * The details as the caller may see them (sender: everything; receiver: what the consent covers).
   */
  ReferralDetails details(Referral r) {
    var em = tenantEm.em();
    RegionCode region = access.requireStudentData();
    Set<Long> orgs = organisationsOfCaller(region);
    boolean sender = orgs.contains(r.senderOrganisationId());
    boolean receiver = orgs.contains(r.receiverOrganisationId()) && r.deliveredAt() != null;
    ReferralConsent consent = messages.consentOf(r.id()).orElse(null);
    Set<InformationCategory> shown = EnumSet.allOf(InformationCategory.class);
    if (!sender) {
      shown =
          consent == null || consent.withdrawnAt() != null
              ? EnumSet.noneOf(InformationCategory.class)
              : consent.categories();
    }
    Set<InformationCategory> withheld = EnumSet.allOf(InformationCategory.class);
    withheld.removeAll(shown);
    LocalDate today = now().toLocalDate();
    boolean id = shown.contains(InformationCategory.IDENTITY);
    boolean contact = shown.contains(InformationCategory.CONTACT);
    ReferralDetails.Student student =
        new ReferralDetails.Student(
            id ? r.givenName() : null,
            id ? r.familyName() : null,
            id ? r.birthDate() : null,
            id && r.birthDate() != null ? Period.between(r.birthDate(), today).getYears() : null,
            shown.contains(InformationCategory.RESIDENCE) ? r.municipality() : null,
            contact ? r.phone() : null,
            contact ? r.email() : null,
            contact ? r.preferredChannel() : null);
    boolean reason = shown.contains(InformationCategory.REASON);
    ReferralMessages.Reason split =
        reason
            ? messages.reasonOf(region.value(), r)
            : new ReferralMessages.Reason(List.of(), List.of());
    Organisation senderOrg = em.find(Organisation.class, r.senderOrganisationId());
    Organisation receiverOrg = em.find(Organisation.class, r.receiverOrganisationId());
    String serviceName =
        r.serviceId().map(s -> em.find(ServiceEntry.class, s)).map(ServiceEntry::name).orElse(null);
    List<ReferralDetails.TimelineEntry> timeline =
        em
            .createQuery(
                "select e from ReferralEvent e where e.referralId = :r order by e.at, e.id",
                ReferralEvent.class)
            .setParameter("r", r.id())
            .getResultList()
            .stream()
            .filter(e -> sender || e.kind() != ReferralEvent.Kind.CREATED)
            .map(
                e ->
                    new ReferralDetails.TimelineEntry(
                        e.at(),
                        e.actor(),
                        e.kind().name(),
                        e.fromState(),
                        e.toState(),
                        sender ? e.detail() : null))
            .toList();
    Set<ReferralState> next = new LinkedHashSet<>();
    for (ReferralState s : r.state().next()) {
      boolean senderStep = s == ReferralState.SUBMITTED || s == ReferralState.WITHDRAWN;
      boolean deliveryStep = s == ReferralState.DELIVERED;
      if ((senderStep && sender) || (!senderStep && !deliveryStep && receiver)) {
        next.add(s);
      }
    }
    return new ReferralDetails(
        r.id(),
        r.state(),
        next,
        sender,
        receiver,
        r.senderOrganisationId(),
        senderOrg == null ? null : senderOrg.name(),
        r.senderUsername(),
        r.studyCoach(),
        r.receiverOrganisationId(),
        receiverOrg == null ? null : receiverOrg.name(),
        r.serviceId().orElse(null),
        serviceName,
        student,
        split.domains(),
        split.issues(),
        reason ? r.reasonText() : null,
        sender || (consent != null && consent.withdrawnAt() == null) ? r.asked() : null,
        r.urgency().name(),
        r.responseHours(),
        r.respondBy(),
        overdue(r, now()),
        r.threeWay(),
        consent == null
            ? null
            : new ReferralDetails.Consent(
                consent.id(),
                consent.givenBy().name(),
                sender ? consent.guardianName() : null,
                consent.categories(),
                consent.purpose(),
                consent.validUntil(),
                consent.obtained().name(),
                consent.givenAt(),
                sender ? consent.recordedBy() : null,
                consent.withdrawnAt(),
                consent.validFor(r.receiverOrganisationId(), today)),
        new ReferralDetails.Answer(
            r.declineReason() == null ? null : r.declineReason().name(),
            r.alternative(),
            r.expectedStart(),
            r.outcome() == null ? null : r.outcome().name(),
            r.outcomeText(),
            r.responseNote()),
        r.createdAt(),
        r.submittedAt(),
        r.deliveredAt(),
        r.respondedAt(),
        r.closedAt(),
        r.deliveryVersion(),
        withheld,
        attachments.shown(r, sender, consent),
        List.of(),
        timeline);
  }

  static boolean overdue(Referral r, LocalDateTime now) {
    if (r.state() != ReferralState.SUBMITTED && r.state() != ReferralState.DELIVERED) {
      return false;
    }
    LocalDateTime by =
        r.respondBy() != null
            ? r.respondBy()
            : r.submittedAt() == null ? null : r.submittedAt().plus(FIRST_RESPONSE);
    return by != null && now.isAfter(by);
  }

  private static boolean sharesIdentity(ReferralConsent c) {
    return c != null && c.withdrawnAt() == null && c.covers(InformationCategory.IDENTITY);
  }

  boolean maySee(Referral r) {
    Set<Long> orgs = organisationsOfCaller(access.requireMember());
    return orgs.contains(r.senderOrganisationId())
        || (orgs.contains(r.receiverOrganisationId()) && r.deliveredAt() != null);
  }

  Referral lockAsSender(long id) {
    Referral r = tenantEm.em().find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null || !maySee(r)) {
      throw new NotFoundException("referral", id);
    }
    if (!organisationsOfCaller(access.requireMember()).contains(r.senderOrganisationId())) {
      throw new AccessDeniedException("Only the sending organisation's people do this.");
    }
    return r;
  }

  private Referral lockAsReceiver(long id) {
    Referral r = tenantEm.em().find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null || !maySee(r)) {
      throw new NotFoundException("referral", id);
    }
    if (!organisationsOfCaller(access.requireMember()).contains(r.receiverOrganisationId())
        || r.deliveredAt() == null) {
      throw new AccessDeniedException(
          "Only the receiving organisation's people answer a referral.");
    }
    return r;
  }

  /**
   * The organisations the caller acts for in the region (memberships as school staff or care worker
   * with an organisation). A partner system's token is bound to one.
   */
  Set<Long> organisationsOfCaller(RegionCode region) {
    Set<Long> out = new LinkedHashSet<>();
    for (Membership m : caller.memberships()) {
      if (m.region().equals(region)
          && m.organisationId() != null
          && (m.role() == PortalRole.SCHOOL_STAFF || m.role() == PortalRole.CARE_WORKER)) {
        out.add(m.organisationId());
      }
    }
    return out;
  }

  private long senderOrganisation(RegionCode region) {
    Set<Long> orgs = organisationsOfCaller(region);
    if (orgs.isEmpty()) {
      throw new AccessDeniedException(
          "Only school staff and care workers acting for an organisation of the region refer"
              + " students.");
    }
    return orgs.iterator().next();
  }

  private ReferralRules.Context context(RegionCode region, long sender, ReferralDraft draft) {
    var em = tenantEm.em();
    var vocabulary = terms.of(region.value());
    Optional<ReferralRules.ServiceFacts> service = Optional.empty();
    if (draft.serviceId() != null) {
      ServiceEntry s = em.find(ServiceEntry.class, draft.serviceId());
      if (s != null) {
        service =
            Optional.of(
                new ReferralRules.ServiceFacts(
                    s.id(),
                    s.organisationId(),
                    s.status() == ServiceStatus.ACTIVE,
                    s.acceptsReferrals(),
                    s.youngest(),
                    s.oldest(),
                    s.municipalities()));
      }
    }
    LocalDate today = now().toLocalDate();
    Set<String> municipalities = new java.util.HashSet<>();
    regions.allMunicipalities().forEach(m -> municipalities.add(m.code().value()));
    return new ReferralRules.Context(
        today,
        sender,
        id -> {
          Organisation o = em.find(Organisation.class, id);
          return o != null && o.isActive();
        },
        municipalities::contains,
        code -> vocabulary.term(code).filter(t -> t.taxonomy() == Taxonomy.LIFE_DOMAIN).isPresent(),
        code -> vocabulary.term(code).filter(t -> t.taxonomy() == Taxonomy.ISSUE).isPresent(),
        service);
  }

  private void event(
      Referral r,
      ReferralEvent.Kind kind,
      ReferralState from,
      ReferralState to,
      String detail,
      LocalDateTime now) {
    tenantEm
        .em()
        .persist(new ReferralEvent(r.id(), now, caller.username(), kind, from, to, detail));
  }

  /**
   * An entry of the audit trail for this referral and its student (pseudonymous key), in this
   * transaction: written last, as it holds the region's audit head until the commit.
   */
  void audit(
      RegionCode region, Referral r, nl.regioportal.audit.AuditAction action, String subject) {
    trail.record(auditEvent(region, r, action, subject));
  }

  /** What {@link #audit} appends, for a caller that appends several at once. */
  static nl.regioportal.audit.AuditEvent auditEvent(
      RegionCode region, Referral r, nl.regioportal.audit.AuditAction action, String subject) {
    return nl.regioportal.audit.AuditEvent.of(action, "referral " + r.id() + ": " + subject)
        .referral(r.id())
        .student(studentKey(region, r));
  }

  /**
   * The referral for its sender's people only (the consent receipt): not found for everybody else,
   * the receiver's people included. Does not lock.
   */
  Referral ofSender(long id) {
    Referral r = tenantEm.em().find(Referral.class, id);
    if (r == null
        || !organisationsOfCaller(access.requireMember()).contains(r.senderOrganisationId())) {
      throw new NotFoundException("referral", id);
    }
    return r;
  }

  /**
   * The student's pseudonymous key in the audit trail, made from the name and birth date: so not
   * for an anonymised referral (its key is on its audit entries, {@link ReferralDisclosures}).
   */
  static String studentKey(RegionCode region, Referral r) {
    if (r.isAnonymised()) {
      throw new IllegalStateException(
          "Referral " + r.id() + " is anonymised: its student key is in the audit trail only");
    }
    return nl.regioportal.persistence.StudentPseudonym.of(
        region, r.givenName(), r.familyName(), r.birthDate());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String limit(String s, int max) {
    String t = blankToNull(s);
    return t == null || t.length() <= max ? t : t.substring(0, max);
  }
}
