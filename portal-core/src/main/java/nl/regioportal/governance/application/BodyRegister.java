package nl.regioportal.governance.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportal.governance.domain.BodyDraft;
import nl.regioportal.governance.domain.BodySeat;
import nl.regioportal.governance.domain.GovernanceRules;
import nl.regioportal.governance.domain.GoverningBody;
import nl.regioportal.governance.domain.SeatDraft;
import nl.regioportal.governance.domain.SeatTerm;
import nl.regioportal.governance.domain.TermDraft;
import nl.regioportal.organisation.domain.OrganisationRules;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.DuplicateException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;

/**
 * The governing bodies' work on an EntityManager already bound to a region and inside a
 * transaction. Kept apart from the CDI service ({@link GoverningBodies}, which checks who may act)
 * so that the tests run exactly this code on a real database without a container.
 *
 * <p>Checks that depend on other rows run under a lock: a seat's terms are checked for overlap
 * after its row is locked ({@code SELECT ... FOR UPDATE}), a body's chair and secretary after the
 * body's row is; the rows checked are read with a locking read too, so that MySQL's and MariaDB's
 * repeatable read sees what a transaction that held the lock before committed.
 */
final class BodyRegister {

  /** What the register needs to know of the region's member organisations. */
  interface Organisations {
    /** Is {@code id} an active member organisation of the region? */
    boolean isActiveMember(long id);

    /** The name of the region's organisation {@code id}, or {@code null}. */
    String name(long id);
  }

  private final EntityManager em;
  private final Organisations organisations;

  BodyRegister(EntityManager em, Organisations organisations) {
    this.em = em;
    this.organisations = organisations;
  }

  /** Every body of the region (active first, then by name) with its seats and terms. */
  List<BodyView> all(LocalDate today) {
    List<GoverningBody> bodies =
        em.createQuery(
                "select b from GoverningBody b order by b.active desc, b.nameKey, b.id",
                GoverningBody.class)
            .getResultList();
    List<BodySeat> seats =
        em.createQuery("select s from BodySeat s order by s.id", BodySeat.class).getResultList();
    List<SeatTerm> terms =
        em.createQuery("select t from SeatTerm t", SeatTerm.class).getResultList();
    Map<Long, GoverningBody> byId = byId(bodies, GoverningBody::id);
    // grouped once for all bodies, not once per body
    Map<Long, List<BodySeat>> seatsByBody =
        seats.stream().collect(Collectors.groupingBy(BodySeat::bodyId));
    Map<Long, List<SeatTerm>> termsBySeat =
        terms.stream().collect(Collectors.groupingBy(SeatTerm::seatId));
    return bodies.stream()
        .map(b -> view(b, byId, seatsByBody.getOrDefault(b.id(), List.of()), termsBySeat, today))
        .toList();
  }

  /** One body of the region; another region's id answers as not found. */
  BodyView one(long bodyId, LocalDate today) {
    GoverningBody body = body(bodyId, LockModeType.NONE);
    List<BodySeat> seats =
        em.createQuery("select s from BodySeat s where s.bodyId = :b order by s.id", BodySeat.class)
            .setParameter("b", bodyId)
            .getResultList();
    List<SeatTerm> terms =
        em.createQuery(
                "select t from SeatTerm t where t.seatId in"
                    + " (select s.id from BodySeat s where s.bodyId = :b)",
                SeatTerm.class)
            .setParameter("b", bodyId)
            .getResultList();
    GoverningBody parent =
        body.parentId() == null ? null : em.find(GoverningBody.class, body.parentId());
    Map<Long, GoverningBody> known = parent == null ? Map.of() : Map.of(parent.id(), parent);
    return view(
        body, known, seats, terms.stream().collect(Collectors.groupingBy(SeatTerm::seatId)), today);
  }

  long create(BodyDraft draft) {
    GovernanceRules.ValidBody valid = checked(null, draft);
    GoverningBody body = new GoverningBody(valid);
    em.persist(body);
    flush(valid);
    return body.id();
  }

  void update(long bodyId, long expectedVersion, BodyDraft draft) {
    GoverningBody body = body(bodyId, LockModeType.NONE);
    if (body.version() != expectedVersion) {
      throw new ConflictException(Violation.of(null, "governance.body.stale"));
    }
    GovernanceRules.ValidBody valid = checked(bodyId, draft);
    body.revise(valid);
    flush(valid);
  }

  /** Adds a seat; under a lock of the body, so two chairs added at once are not both kept. */
  long addSeat(long bodyId, SeatDraft draft) {
    body(bodyId, LockModeType.PESSIMISTIC_WRITE);
    List<BodySeat> seats =
        em.createQuery("select s from BodySeat s where s.bodyId = :b", BodySeat.class)
            .setParameter("b", bodyId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    GovernanceRules.Result<GovernanceRules.ValidSeat> result =
        GovernanceRules.check(
            draft, organisations::isActiveMember, seats.stream().map(BodySeat::role).toList());
    BodySeat seat = new BodySeat(bodyId, valid(result));
    em.persist(seat);
    em.flush();
    return seat.id();
  }

  /** Removes a seat of the body with its terms. */
  void removeSeat(long bodyId, long seatId) {
    BodySeat seat = seat(bodyId, seatId);
    em.createQuery("delete from SeatTerm t where t.seatId = :s")
        .setParameter("s", seatId)
        .executeUpdate();
    em.remove(seat);
    em.flush();
  }

  /** Adds a term to a seat; refused when it shares a day with one of the seat's terms. */
  long addTerm(long bodyId, long seatId, TermDraft draft) {
    seat(bodyId, seatId);
    GovernanceRules.ValidTerm valid = valid(GovernanceRules.check(draft, terms(seatId, null)));
    SeatTerm term = new SeatTerm(seatId, valid);
    em.persist(term);
    em.flush();
    return term.id();
  }

  /** Changes a term (a correction, or its end); the new period must overlap none of the others. */
  void updateTerm(long bodyId, long seatId, long termId, long expectedVersion, TermDraft draft) {
    seat(bodyId, seatId);
    SeatTerm term = term(seatId, termId);
    if (term.version() != expectedVersion) {
      throw new ConflictException(Violation.of(null, "governance.term.stale"));
    }
    term.revise(valid(GovernanceRules.check(draft, terms(seatId, termId))));
    em.flush();
  }

  void removeTerm(long bodyId, long seatId, long termId) {
    seat(bodyId, seatId);
    em.remove(term(seatId, termId));
    em.flush();
  }

  private GovernanceRules.ValidBody checked(Long self, BodyDraft draft) {
    GovernanceRules.Result<GovernanceRules.ValidBody> result = GovernanceRules.check(draft);
    List<Violation> violations = new ArrayList<>(result.violations());
    GovernanceRules.parentOf(
            self,
            draft.parentId(),
            id -> em.find(GoverningBody.class, id) != null,
            id -> {
              GoverningBody parent = em.find(GoverningBody.class, id);
              return parent == null ? null : parent.parentId();
            })
        .ifPresent(violations::add);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    String key = OrganisationRules.nameKey(result.valid().name());
    for (GoverningBody same :
        em.createQuery("select b from GoverningBody b where b.nameKey = :k", GoverningBody.class)
            .setParameter("k", key)
            .getResultList()) {
      if (!same.id().equals(self)) {
        throw new DuplicateException(
            Violation.of("name", "governance.body.duplicateName", same.name()));
      }
    }
    return result.valid();
  }

  /**
   * Writes now, so that of two bodies given the same name at the same moment the second meets the
   * database's unique key here and is refused as a duplicate.
   */
  private void flush(GovernanceRules.ValidBody valid) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t.getMessage() != null
            && t.getMessage().toLowerCase(Locale.ROOT).contains("uq_gov_body_name")) {
          throw new DuplicateException(
              Violation.of("name", "governance.body.duplicateName", valid.name()));
        }
      }
      throw e;
    }
  }

  private GoverningBody body(long id, LockModeType lock) {
    GoverningBody body = em.find(GoverningBody.class, id, lock);
    if (body == null) {
      throw new NotFoundException("governing body", id);
    }
    return body;
  }

  /** The body's seat, its row locked: the lock under which its terms are checked and changed. */
  private BodySeat seat(long bodyId, long seatId) {
    body(bodyId, LockModeType.NONE);
    BodySeat seat = em.find(BodySeat.class, seatId, LockModeType.PESSIMISTIC_WRITE);
    if (seat == null || seat.bodyId() != bodyId) {
      throw new NotFoundException("seat", seatId);
    }
    return seat;
  }

  private SeatTerm term(long seatId, long termId) {
    SeatTerm term = em.find(SeatTerm.class, termId);
    if (term == null || term.seatId() != seatId) {
      throw new NotFoundException("term", termId);
    }
    return term;
  }

  /** The seat's terms but {@code except}, by a locking read (see the class). */
  private List<SeatTerm> terms(long seatId, Long except) {
    return em
        .createQuery("select t from SeatTerm t where t.seatId = :s", SeatTerm.class)
        .setParameter("s", seatId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .filter(t -> !t.id().equals(except))
        .toList();
  }

  private static <T> T valid(GovernanceRules.Result<T> result) {
    if (!result.isValid()) {
      throw new InvalidInputException(result.violations());
    }
    return result.valid();
  }

  /** A body as shown, from its own seats and the terms by seat. */
  private BodyView view(
      GoverningBody b,
      Map<Long, GoverningBody> bodies,
      Collection<BodySeat> seats,
      Map<Long, List<SeatTerm>> termsBySeat,
      LocalDate today) {
    GoverningBody parent = b.parentId() == null ? null : bodies.get(b.parentId());
    return new BodyView(
        b.id(),
        b.version(),
        b.name(),
        b.kind(),
        b.description(),
        b.parentId(),
        parent == null ? null : parent.name(),
        b.isActive(),
        seats.stream()
            .sorted(Comparator.comparing(BodySeat::role).thenComparing(BodySeat::id))
            .map(
                s ->
                    new BodyView.Seat(
                        s.id(),
                        s.role(),
                        s.organisationId(),
                        s.organisationId() == null ? null : organisations.name(s.organisationId()),
                        s.label(),
                        termsBySeat.getOrDefault(s.id(), List.of()).stream()
                            .sorted(Comparator.comparing(t -> t.period().start()))
                            .map(t -> term(t, today))
                            .toList()))
            .toList());
  }

  private static BodyView.Term term(SeatTerm t, LocalDate today) {
    return new BodyView.Term(
        t.id(),
        t.version(),
        t.personName(),
        t.email(),
        t.username(),
        t.period().start(),
        t.period().end(),
        t.period().includes(today));
  }

  private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> id) {
    return values.stream().collect(Collectors.toMap(id, v -> v));
  }
}
