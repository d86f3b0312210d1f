package nl.regioportal.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.regioportal.governance.domain.BodyDraft;
import nl.regioportal.governance.domain.SeatDraft;
import nl.regioportal.governance.domain.TermDraft;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The governing bodies of the active region (issue 11): the administrative table, its preparation
 * group, working groups; their seats and the people who hold them for a term. Every member of the
 * region reads them; only the region's coordinators and platform admins change them. Each method is
 * one transaction: a refused change leaves nothing behind. No student data.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class GoverningBodies {

  /** Whose "today" decides who holds a seat now. */
  static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

  private static final String REFUSAL =
      "Only the region's coordinators may change its governing bodies.";

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;

  /** Every body of the region with its seats, their terms and who holds each today. */
  public List<BodyView> list() {
    access.requireMember();
    return register().all(today());
  }

  /** One body of the active region; another region's id answers as not found. */
  public BodyView get(long id) {
    access.requireMember();
    return register().one(id, today());
  }

  public long create(BodyDraft draft) {
    access.requireManager(REFUSAL);
    return register().create(draft);
  }

  /**
   * Replaces a body's values.
   *
   * @param expectedVersion the version the editor started from; an edit of a stale copy is refused
   */
  public BodyView update(long id, long expectedVersion, BodyDraft draft) {
    access.requireManager(REFUSAL);
    BodyRegister register = register();
    register.update(id, expectedVersion, draft);
    return register.one(id, today());
  }

  public long addSeat(long bodyId, SeatDraft draft) {
    access.requireManager(REFUSAL);
    return register().addSeat(bodyId, draft);
  }

  /** Removes a seat with its terms (a seat added by mistake; ending a term keeps the history). */
  public void removeSeat(long bodyId, long seatId) {
    access.requireManager(REFUSAL);
    register().removeSeat(bodyId, seatId);
  }

  public long addTerm(long bodyId, long seatId, TermDraft draft) {
    access.requireManager(REFUSAL);
    return register().addTerm(bodyId, seatId, draft);
  }

  /** Changes a term: a correction, or its end date (ending it). */
  public void updateTerm(
      long bodyId, long seatId, long termId, long expectedVersion, TermDraft draft) {
    access.requireManager(REFUSAL);
    register().updateTerm(bodyId, seatId, termId, expectedVersion, draft);
  }

  public void removeTerm(long bodyId, long seatId, long termId) {
    access.requireManager(REFUSAL);
    register().removeTerm(bodyId, seatId, termId);
  }

  private BodyRegister register() {
    var em = tenantEm.em();
    return new BodyRegister(
        em,
        new BodyRegister.Organisations() {
          @Override
          public boolean isActiveMember(long id) {
            Organisation o = em.find(Organisation.class, id);
            return o != null && o.isActive();
          }

          @Override
          public String name(long id) {
            Organisation o = em.find(Organisation.class, id);
            return o == null ? null : o.name();
          }
        });
  }

  private static LocalDate today() {
    return LocalDate.now(DUTCH);
  }
}
