package nl.regioportal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The audit trail "in the spirit of NEN 7513" (ADR 0021): every access to and change of student
 * data is an entry of the active region's trail, naming who ({@link CurrentCaller}: user name or
 * {@code system}, organisation, role), when (UTC, to the second), what (an {@link AuditAction} and
 * a subject), whose (referral, pseudonymous student key) and from where ({@link AuditOrigin}).
 *
 * <p><b>In the caller's transaction ({@code MANDATORY}).</b> An entry exists exactly when the
 * access or change it records was committed: it rolls back with it, and a service that forgot its
 * transaction fails rather than logging on its own. {@code REQUIRED} would let such a call commit
 * an entry for work that then rolls back (or none at all, if the work ran without one).
 *
 * <p><b>One append at a time per region.</b> Each entry carries the next {@code seq} of its region
 * (1, 2, 3, ... without gaps) and the hash of the entry before it, so two appends at the same
 * moment must not both take the same predecessor. {@link #record} locks the region's head row
 * ({@code audit_head}, {@code SELECT ... FOR UPDATE}, the same on MariaDB and H2) until the
 * caller's transaction ends: a second append of the region waits, then reads the new head. The
 * caller's pending writes are flushed before the lock is taken, so only the entries and the commit
 * happen while other appends wait. A unique constraint with retry was not chosen: a failed insert
 * marks the caller's JTA transaction for rollback, so it cannot be retried inside it. The price:
 * audited transactions of one region commit one after the other from their append on, so services
 * record <em>last</em>, right before they return, which also keeps the head the last lock they take
 * (no lock-order deadlocks). Regions do not wait for each other.
 *
 * <p>Append-only: there is no update or delete, here or anywhere; {@link AuditChain} finds what the
 * database was made to do behind the portal's back.
 */
@ApplicationScoped
public class AuditTrail {

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenantContext;
  @Inject CurrentCaller caller;
  @Inject AuditOrigin origin;

  Clock clock = Clock.systemUTC();

  /**
   * Appends an entry for {@code event} to the active region's trail, in the caller's transaction.
   *
   * @return the entry as stored (with its seq and hash)
   * @throws nl.regioportal.shared.AccessDeniedException when nobody is signed in
   * @throws IllegalArgumentException when the event's texts are empty, too long or contain control
   *     characters, or it names a role the caller does not hold in the region
   */
  @Transactional(TxType.MANDATORY)
  public AuditRecord record(AuditEvent event) {
    RegionCode region = tenantContext.require();
    Actor actor = Actor.of(caller, region, event.actingRole());
    LocalDateTime at = LocalDateTime.now(clock);
    return AuditLedger.append(tenantEm.em(), region.value(), at, actor, origin.current(), event);
  }

  /**
   * Appends entries for {@code events}, in their order, under one lock of the region's head (see
   * {@link #record}): for a service that audits several things in one transaction (a list of
   * students' names, a batch of deliveries), so that the head is taken once, at the end.
   *
   * @return the entries as stored, in the given order (none for none)
   */
  @Transactional(TxType.MANDATORY)
  public List<AuditRecord> recordAll(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    RegionCode region = tenantContext.require();
    List<Actor> actors = new ArrayList<>();
    for (AuditEvent e : events) {
      actors.add(Actor.of(caller, region, e.actingRole()));
    }
    if (actors.stream().distinct().count() > 1) {
      // different acting roles: one lock each would break "once, at the end"; rare enough
      List<AuditRecord> out = new ArrayList<>();
      for (AuditEvent e : events) {
        out.add(record(e));
      }
      return out;
    }
    LocalDateTime at = LocalDateTime.now(clock);
    return AuditLedger.appendAll(
        tenantEm.em(), region.value(), at, actors.get(0), origin.current(), events);
  }
}
