package nl.regioportal.governance.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.governance.domain.ActionDraft;
import nl.regioportal.governance.domain.AgendaItem;
import nl.regioportal.governance.domain.BodyAction;
import nl.regioportal.governance.domain.Decision;
import nl.regioportal.governance.domain.DecisionDraft;
import nl.regioportal.governance.domain.DecisionOutcome;
import nl.regioportal.governance.domain.GovernanceRules;
import nl.regioportal.governance.domain.GoverningBody;
import nl.regioportal.governance.domain.ItemDraft;
import nl.regioportal.governance.domain.Meeting;
import nl.regioportal.governance.domain.MeetingDraft;
import nl.regioportal.governance.domain.MeetingRules;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.DuplicateException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;

/**
 * Meetings, their agendas, decisions and actions, on an EntityManager already bound to a region and
 * inside a transaction. Kept apart from the CDI service ({@link Meetings}, which checks who may
 * act) so that the tests run exactly this code on a real database without a container.
 *
 * <p>Every change to a meeting, its items or its decisions first locks the meeting's row: a
 * decision recorded while another coordinator removes its item, or two items given the same
 * position, cannot both commit. Times of meetings are Dutch local time ({@code now} and {@code
 * today} are passed in as such); when an action was done is kept in UTC.
 */
final class MeetingRegister {

  /** Whose local time the meetings' times are. */
  static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

  /** What the register needs of the region's funding keys. */
  interface Funding {
    /** The region's funding-key version {@code id}, if there is one. */
    Optional<MeetingView.FundingLink> link(long id);

    /** Locks (or confirms the lock of) the version on the decision, in this transaction. */
    void lockByDecision(long versionId, String reason, long decisionId);

    /** The label of the region's figures snapshot {@code id}, or {@code null} if none. */
    default String snapshotLabel(long id) {
      return null;
    }

    /** Freezes the snapshot an item puts on the table, in this transaction. */
    default void freezeSnapshot(long id) {}
  }

  private final EntityManager em;
  private final Funding funding;

  MeetingRegister(EntityManager em, Funding funding) {
    this.em = em;
    this.funding = funding;
  }

  // --- reading ----------------------------------------------------------------------------------

  /** The region's meetings (of one body, if given), the latest first. */
  List<MeetingView.Summary> list(Long bodyId) {
    var query =
        em.createQuery(
            "select m from Meeting m"
                + (bodyId == null ? "" : " where m.bodyId = :b")
                + " order by m.startsAt desc, m.id desc",
            Meeting.class);
    if (bodyId != null) {
      query.setParameter("b", bodyId);
    }
    List<Meeting> meetings = query.getResultList();
    Map<Long, Long> items = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select i.meetingId, count(i) from AgendaItem i group by i.meetingId",
                Object[].class)
            .getResultList()) {
      items.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, GoverningBody> bodies = bodies();
    return meetings.stream()
        .map(
            m ->
                new MeetingView.Summary(
                    m.id(),
                    m.bodyId(),
                    name(bodies, m.bodyId()),
                    m.title(),
                    m.startsAt(),
                    m.endsAt(),
                    m.location(),
                    m.onlineUrl() != null,
                    m.status(),
                    items.getOrDefault(m.id(), 0L).intValue()))
        .toList();
  }

  /** One meeting of the region with its agenda, decisions and actions; others are not found. */
  MeetingView one(long id, LocalDate today) {
    Meeting m = meeting(id, LockModeType.NONE);
    List<AgendaItem> items = items(m.id());
    Map<Long, Decision> decisions =
        em
            .createQuery("select d from Decision d where d.meetingId = :m", Decision.class)
            .setParameter("m", m.id())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Decision::itemId, d -> d));
    GoverningBody body = em.find(GoverningBody.class, m.bodyId());
    Map<Long, Meeting> meetings = new HashMap<>(Map.of(m.id(), m));
    List<BodyAction> raised =
        em.createQuery(
                "select a from BodyAction a where a.meetingId = :m order by a.deadline, a.id",
                BodyAction.class)
            .setParameter("m", m.id())
            .getResultList();
    LocalDateTime startUtc = utc(m.startsAt());
    List<BodyAction> carried =
        em.createQuery(
                "select a from BodyAction a where a.bodyId = :b and a.meetingId <> :m"
                    + " and (a.doneAt is null or a.doneAt > :start)"
                    + " and a.meetingId in (select e.id from Meeting e where e.bodyId = :b"
                    + " and e.startsAt < :local)"
                    + " order by a.deadline, a.id",
                BodyAction.class)
            .setParameter("b", m.bodyId())
            .setParameter("m", m.id())
            .setParameter("start", startUtc)
            .setParameter("local", m.startsAt())
            .getResultList();
    for (BodyAction a : carried) {
      meetings.computeIfAbsent(a.meetingId(), mid -> em.find(Meeting.class, mid));
    }
    Map<Long, GoverningBody> bodies = body == null ? Map.of() : Map.of(body.id(), body);
    Map<Long, Optional<MeetingView.FundingLink>> links = new HashMap<>();
    return new MeetingView(
        m.id(),
        m.version(),
        m.bodyId(),
        body == null ? null : body.name(),
        m.title(),
        m.startsAt(),
        m.endsAt(),
        m.location(),
        m.onlineUrl(),
        m.isPublic(),
        m.status(),
        m.sequence(),
        m.uid(),
        m.agendaPublishedAt(),
        items.stream()
            .map(
                i ->
                    new MeetingView.Item(
                        i.id(),
                        i.version(),
                        i.position(),
                        i.title(),
                        i.type(),
                        i.ownerName(),
                        i.proposedDecision(),
                        link(links, i.fundingVersionId()),
                        i.figuresSnapshotId(),
                        i.figuresSnapshotId() == null
                            ? null
                            : funding.snapshotLabel(i.figuresSnapshotId()),
                        Optional.ofNullable(decisions.get(i.id()))
                            .map(d -> decision(d, m, i, bodies, links))
                            .orElse(null)))
            .toList(),
        raised.stream().map(a -> action(a, meetings, bodies, today)).toList(),
        carried.stream().map(a -> action(a, meetings, bodies, today)).toList());
  }

  /** The region's decisions (of one body, if given), the latest first. */
  List<MeetingView.Decision> decisions(Long bodyId) {
    var query =
        em.createQuery(
            "select d from Decision d"
                + (bodyId == null
                    ? ""
                    : " where d.meetingId in (select m.id from Meeting m where m.bodyId = :b)")
                + " order by d.recordedAt desc, d.id desc",
            Decision.class);
    if (bodyId != null) {
      query.setParameter("b", bodyId);
    }
    List<Decision> decisions = query.getResultList();
    Map<Long, Meeting> meetings =
        byId(
            decisions.stream().map(Decision::meetingId).distinct().toList(),
            id -> em.find(Meeting.class, id));
    Map<Long, AgendaItem> items =
        byId(
            decisions.stream().map(Decision::itemId).toList(), id -> em.find(AgendaItem.class, id));
    Map<Long, GoverningBody> bodies = bodies();
    Map<Long, Optional<MeetingView.FundingLink>> links = new HashMap<>();
    return decisions.stream()
        .map(d -> decision(d, meetings.get(d.meetingId()), items.get(d.itemId()), bodies, links))
        .toList();
  }

  /**
   * The region's actions: of one body and/or one owner (a portal user name) if given, open ones
   * only if asked; the earliest deadline first.
   */
  List<MeetingView.Action> actions(
      Long bodyId, String ownerUsername, boolean openOnly, LocalDate today) {
    List<String> where = new ArrayList<>();
    if (bodyId != null) {
      where.add("a.bodyId = :b");
    }
    if (ownerUsername != null) {
      where.add("a.ownerUsername = :u");
    }
    if (openOnly) {
      where.add("a.doneAt is null");
    }
    var query =
        em.createQuery(
            "select a from BodyAction a"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by a.deadline, a.id",
            BodyAction.class);
    if (bodyId != null) {
      query.setParameter("b", bodyId);
    }
    if (ownerUsername != null) {
      query.setParameter("u", ownerUsername);
    }
    List<BodyAction> actions = query.getResultList();
    Map<Long, Meeting> meetings =
        byId(
            actions.stream().map(BodyAction::meetingId).distinct().toList(),
            id -> em.find(Meeting.class, id));
    Map<Long, GoverningBody> bodies = bodies();
    return actions.stream().map(a -> action(a, meetings, bodies, today)).toList();
  }

  /** One action of the region; another region's is not found. */
  MeetingView.Action oneAction(long id, LocalDate today) {
    BodyAction a = em.find(BodyAction.class, id);
    if (a == null) {
      throw new NotFoundException("action", id);
    }
    Meeting m = em.find(Meeting.class, a.meetingId());
    return action(a, m == null ? Map.of() : Map.of(m.id(), m), bodies(), today);
  }

  // --- meetings ---------------------------------------------------------------------------------

  long create(MeetingDraft draft, String uidDomain) {
    MeetingRules.ValidMeeting valid = valid(MeetingRules.check(draft));
    GoverningBody body = em.find(GoverningBody.class, valid.bodyId());
    if (body == null || !body.isActive()) {
      throw new InvalidInputException(
          List.of(Violation.of("bodyId", "governance.meeting.body.unknown", valid.bodyId())));
    }
    Meeting m = new Meeting(valid, uidDomain);
    em.persist(m);
    em.flush();
    return m.id();
  }

  /** Moves or renames a meeting that is still to come; its body stays. */
  void update(long id, long expectedVersion, MeetingDraft draft) {
    Meeting m = meeting(id, LockModeType.PESSIMISTIC_WRITE);
    if (m.version() != expectedVersion) {
      throw new ConflictException(Violation.of(null, "governance.meeting.stale"));
    }
    refuseIf(MeetingRules.changeRefusal(m.status()));
    MeetingDraft same =
        new MeetingDraft(
            m.bodyId(),
            draft.title(),
            draft.startsAt(),
            draft.endsAt(),
            draft.location(),
            draft.onlineUrl(),
            draft.publicMeeting());
    if (draft.bodyId() != null && draft.bodyId() != m.bodyId()) {
      throw new InvalidInputException(
          List.of(Violation.of("bodyId", "governance.meeting.body.fixed")));
    }
    m.revise(valid(MeetingRules.check(same)));
    em.flush();
  }

  void publish(long id, LocalDateTime now) {
    Meeting m = meeting(id, LockModeType.PESSIMISTIC_WRITE);
    Optional<Violation> refusal =
        MeetingRules.publishRefusal(m.status(), m.startsAt(), now, items(id).size());
    if (refusal.isPresent() && refusal.get().field() != null) {
      throw new InvalidInputException(List.of(refusal.get()));
    }
    refuseIf(refusal);
    m.publishAgenda(now);
    em.flush();
  }

  void held(long id, LocalDateTime now) {
    Meeting m = meeting(id, LockModeType.PESSIMISTIC_WRITE);
    refuseIf(MeetingRules.heldRefusal(m.status(), m.startsAt(), now.toLocalDate()));
    m.held(now);
    em.flush();
  }

  void cancel(long id, LocalDateTime now) {
    Meeting m = meeting(id, LockModeType.PESSIMISTIC_WRITE);
    refuseIf(MeetingRules.changeRefusal(m.status()));
    m.cancel(now);
    em.flush();
  }

  // --- agenda -----------------------------------------------------------------------------------

  long addItem(long meetingId, ItemDraft draft) {
    Meeting m = meeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
    refuseIf(MeetingRules.changeRefusal(m.status()));
    MeetingRules.ValidItem valid = checked(draft);
    AgendaItem item = new AgendaItem(meetingId, items(meetingId).size() + 1, valid);
    em.persist(item);
    em.flush();
    if (valid.figuresSnapshotId() != null) {
      funding.freezeSnapshot(valid.figuresSnapshotId());
    }
    return item.id();
  }

  void updateItem(long meetingId, long itemId, long expectedVersion, ItemDraft draft) {
    Meeting m = meeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
    refuseIf(MeetingRules.changeRefusal(m.status()));
    AgendaItem item = item(meetingId, itemId);
    if (item.version() != expectedVersion) {
      throw new ConflictException(Violation.of(null, "governance.item.stale"));
    }
    MeetingRules.ValidItem valid = checked(draft);
    item.revise(valid);
    em.flush();
    if (valid.figuresSnapshotId() != null) {
      funding.freezeSnapshot(valid.figuresSnapshotId());
    }
  }

  /** Removes an item of a planned meeting; the items after it move up. */
  void removeItem(long meetingId, long itemId) {
    Meeting m = meeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
    refuseIf(MeetingRules.changeRefusal(m.status()));
    AgendaItem item = item(meetingId, itemId);
    if (m.status() != nl.regioportal.governance.domain.MeetingStatus.PLANNED) {
      throw new ConflictException(Violation.of(null, "governance.item.published"));
    }
    Long actions =
        em.createQuery("select count(a) from BodyAction a where a.itemId = :i", Long.class)
            .setParameter("i", itemId)
            .getSingleResult();
    if (actions > 0) {
      throw new ConflictException(Violation.of(null, "governance.item.hasActions", actions));
    }
    // its documents go with it (the agenda is not published: nobody has relied on them yet)
    for (nl.regioportal.governance.domain.AgendaDocument d :
        em.createQuery(
                "select d from AgendaDocument d where d.itemId = :i",
                nl.regioportal.governance.domain.AgendaDocument.class)
            .setParameter("i", itemId)
            .getResultList()) {
      var content = em.find(nl.regioportal.governance.domain.AgendaDocumentContent.class, d.id());
      if (content != null) {
        em.remove(content);
      }
      em.remove(d);
    }
    em.flush();
    em.remove(item);
    em.flush();
    int position = 1;
    for (AgendaItem i : items(meetingId)) {
      i.moveTo(position++);
    }
    em.flush();
  }

  // --- decisions --------------------------------------------------------------------------------

  /**
   * Records the decision on an item of a held meeting; an adopted decision on an item about a
   * funding-key version locks that version in the same transaction, with this decision as its
   * reason. A version that is still a draft or was superseded meanwhile refuses the adoption and
   * nothing is recorded.
   */
  long decide(long meetingId, long itemId, DecisionDraft draft, String by, LocalDateTime now) {
    Meeting m = meeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
    refuseIf(MeetingRules.decisionRefusal(m.status()));
    AgendaItem item = item(meetingId, itemId);
    MeetingRules.ValidDecision valid = valid(MeetingRules.check(draft, item.type()));
    if (em.createQuery("select count(d) from Decision d where d.itemId = :i", Long.class)
            .setParameter("i", itemId)
            .getSingleResult()
        > 0) {
      throw new DuplicateException(Violation.of(null, "governance.decision.exists"));
    }
    Optional<MeetingView.FundingLink> version =
        item.fundingVersionId() == null ? Optional.empty() : funding.link(item.fundingVersionId());
    boolean locks = valid.outcome() == DecisionOutcome.ADOPTED && version.isPresent();
    if (locks
        && version.get().status() != VersionStatus.PUBLISHED
        && version.get().status() != VersionStatus.LOCKED) {
      throw new InvalidInputException(
          List.of(
              Violation.of(
                  "outcome",
                  "governance.decision.version.notLockable",
                  version.get().number(),
                  version.get().status())));
    }
    Decision d = new Decision(item, valid, by, now);
    em.persist(d);
    flushDecision();
    if (locks) {
      GoverningBody body = em.find(GoverningBody.class, m.bodyId());
      funding.lockByDecision(
          version.get().id(),
          String.format(
              Locale.ROOT,
              "%s %s, %d. %s: %s",
              body == null ? "" : body.name(),
              m.startsAt().toLocalDate(),
              item.position(),
              item.title(),
              valid.text()),
          d.id());
      em.flush();
    }
    return d.id();
  }

  // --- actions ----------------------------------------------------------------------------------

  long addAction(long meetingId, ActionDraft draft) {
    Meeting m = meeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
    if (m.status() == nl.regioportal.governance.domain.MeetingStatus.CANCELLED) {
      throw new ConflictException(Violation.of(null, "governance.action.cancelledMeeting"));
    }
    MeetingRules.ValidAction valid = valid(MeetingRules.check(draft));
    if (valid.itemId() != null) {
      AgendaItem item = em.find(AgendaItem.class, valid.itemId());
      if (item == null || item.meetingId() != meetingId) {
        throw new InvalidInputException(
            List.of(Violation.of("itemId", "governance.action.item.unknown", valid.itemId())));
      }
    }
    BodyAction a = new BodyAction(m.bodyId(), meetingId, valid);
    em.persist(a);
    em.flush();
    return a.id();
  }

  void updateAction(long actionId, long expectedVersion, ActionDraft draft) {
    BodyAction a = action(actionId);
    if (a.version() != expectedVersion) {
      throw new ConflictException(Violation.of(null, "governance.action.stale"));
    }
    MeetingRules.ValidAction valid = valid(MeetingRules.check(draft));
    if (valid.itemId() != null && !valid.itemId().equals(a.itemId())) {
      AgendaItem item = em.find(AgendaItem.class, valid.itemId());
      if (item == null || item.meetingId() != a.meetingId()) {
        throw new InvalidInputException(
            List.of(Violation.of("itemId", "governance.action.item.unknown", valid.itemId())));
      }
    }
    a.revise(valid);
    em.flush();
  }

  /** The portal user name of the action's owner, if it names one. */
  String ownerUsername(long actionId) {
    BodyAction a = em.find(BodyAction.class, actionId);
    if (a == null) {
      throw new NotFoundException("action", actionId);
    }
    return a.ownerUsername();
  }

  void actionDone(long actionId, boolean done, String by, LocalDateTime nowUtc) {
    BodyAction a = action(actionId);
    if (done) {
      a.done(by, nowUtc);
    } else {
      a.reopen();
    }
    em.flush();
  }

  // ---------------------------------------------------------------------------------------------

  private MeetingRules.ValidItem checked(ItemDraft draft) {
    GovernanceRules.Result<MeetingRules.ValidItem> result = MeetingRules.check(draft);
    List<Violation> violations = new ArrayList<>(result.violations());
    if (draft.fundingVersionId() != null) {
      Optional<MeetingView.FundingLink> link = funding.link(draft.fundingVersionId());
      if (link.isEmpty()) {
        violations.add(
            Violation.of(
                "fundingVersionId",
                "governance.item.fundingVersion.unknown",
                draft.fundingVersionId()));
      } else if (link.get().status() == VersionStatus.DRAFT) {
        violations.add(
            Violation.of(
                "fundingVersionId", "governance.item.fundingVersion.draft", link.get().number()));
      }
    }
    if (draft.figuresSnapshotId() != null
        && funding.snapshotLabel(draft.figuresSnapshotId()) == null) {
      violations.add(
          Violation.of(
              "figuresSnapshotId", "governance.item.figures.unknown", draft.figuresSnapshotId()));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return result.valid();
  }

  /** Of two decisions recorded on one item at once the second meets the unique key here. */
  private void flushDecision() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t.getMessage() != null
            && t.getMessage().toLowerCase(Locale.ROOT).contains("uq_governance_decision_item")) {
          throw new DuplicateException(Violation.of(null, "governance.decision.exists"));
        }
      }
      throw e;
    }
  }

  private Meeting meeting(long id, LockModeType lock) {
    Meeting m = em.find(Meeting.class, id, lock);
    if (m == null) {
      throw new NotFoundException("meeting", id);
    }
    return m;
  }

  private AgendaItem item(long meetingId, long itemId) {
    AgendaItem item = em.find(AgendaItem.class, itemId);
    if (item == null || item.meetingId() != meetingId) {
      throw new NotFoundException("agenda item", itemId);
    }
    return item;
  }

  private BodyAction action(long id) {
    BodyAction a = em.find(BodyAction.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw new NotFoundException("action", id);
    }
    return a;
  }

  private List<AgendaItem> items(long meetingId) {
    return em.createQuery(
            "select i from AgendaItem i where i.meetingId = :m order by i.position, i.id",
            AgendaItem.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  private Map<Long, GoverningBody> bodies() {
    return em
        .createQuery("select b from GoverningBody b", GoverningBody.class)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(GoverningBody::id, b -> b));
  }

  private MeetingView.FundingLink link(
      Map<Long, Optional<MeetingView.FundingLink>> links, Long versionId) {
    return versionId == null ? null : links.computeIfAbsent(versionId, funding::link).orElse(null);
  }

  private MeetingView.Decision decision(
      Decision d,
      Meeting m,
      AgendaItem i,
      Map<Long, GoverningBody> bodies,
      Map<Long, Optional<MeetingView.FundingLink>> links) {
    return new MeetingView.Decision(
        d.id(),
        d.meetingId(),
        m == null ? null : m.title(),
        m == null ? null : m.startsAt(),
        m == null ? 0 : m.bodyId(),
        m == null ? null : name(bodies, m.bodyId()),
        d.itemId(),
        i == null ? 0 : i.position(),
        i == null ? null : i.title(),
        d.outcome(),
        d.text(),
        link(links, d.fundingVersionId()),
        d.recordedBy(),
        d.recordedAt());
  }

  private static MeetingView.Action action(
      BodyAction a, Map<Long, Meeting> meetings, Map<Long, GoverningBody> bodies, LocalDate today) {
    Meeting m = meetings.get(a.meetingId());
    return new MeetingView.Action(
        a.id(),
        a.version(),
        a.bodyId(),
        name(bodies, a.bodyId()),
        a.meetingId(),
        m == null ? null : m.title(),
        m == null ? null : m.startsAt(),
        a.itemId(),
        a.description(),
        a.ownerName(),
        a.ownerEmail(),
        a.ownerUsername(),
        a.deadline(),
        a.isDone(),
        a.doneAt(),
        a.doneBy(),
        a.light(today));
  }

  private static String name(Map<Long, GoverningBody> bodies, long id) {
    GoverningBody b = bodies.get(id);
    return b == null ? null : b.name();
  }

  /** A Dutch local time as UTC, as the action's done time is kept. */
  static LocalDateTime utc(LocalDateTime dutch) {
    return dutch.atZone(DUTCH).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  private static void refuseIf(Optional<Violation> refusal) {
    if (refusal.isPresent()) {
      throw new ConflictException(refusal.get());
    }
  }

  private static <T> T valid(GovernanceRules.Result<T> result) {
    if (!result.isValid()) {
      throw new InvalidInputException(result.violations());
    }
    return result.valid();
  }

  private static <V> Map<Long, V> byId(Collection<Long> ids, Function<Long, V> find) {
    Map<Long, V> map = new HashMap<>();
    for (Long id : ids) {
      V v = find.apply(id);
      if (v != null) {
        map.put(id, v);
      }
    }
    return map;
  }
}
