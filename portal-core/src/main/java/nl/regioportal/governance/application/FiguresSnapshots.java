package nl.regioportal.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportal.governance.domain.FiguresSnapshot;
import nl.regioportal.referral.application.ReferralFigures;
import nl.regioportal.referral.figures.Figures;
import nl.regioportal.referral.figures.FiguresJson;
import nl.regioportal.referral.figures.ReportingPeriod;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Figures for the table (issue 11, point 6): a coordinator takes a snapshot of the region's
 * referral figures of a period (as {@link ReferralFigures} shows them: small counts suppressed, the
 * counts that would give them away withheld) to put on an agenda; on an agenda item it is frozen.
 * The coordinators and the policy officers read every snapshot; every member of the region reads
 * the frozen ones (they are on an agenda every member reads). No exact count is ever stored.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class FiguresSnapshots {

  private static final String REFUSAL = "Only the region's coordinators take figures snapshots.";

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;
  @Inject ReferralFigures figures;

  Clock clock = Clock.systemUTC();

  /** A snapshot with its figures as shown. */
  public record Snapshot(
      long id,
      String label,
      ReportingPeriod period,
      LocalDateTime createdAt,
      String createdBy,
      LocalDateTime frozenAt,
      Figures figures) {}

  public Snapshot create(String label, ReportingPeriod period) {
    access.requireManager(REFUSAL);
    String l = label == null ? "" : label.strip();
    if (l.isEmpty() || l.length() > 200) {
      throw new InvalidInputException(List.of(Violation.of("label", "governance.figures.label")));
    }
    Figures f = figures.figures(period);
    FiguresSnapshot s =
        new FiguresSnapshot(
            l,
            period.from(),
            period.to(),
            FiguresJson.write(f),
            caller.username(),
            LocalDateTime.now(clock));
    tenantEm.em().persist(s);
    tenantEm.em().flush();
    return view(s);
  }

  /** The snapshots the caller may read, the newest first. */
  public List<Snapshot> list() {
    access.requireMember();
    boolean all = readsAll();
    return tenantEm
        .em()
        .createQuery(
            "select s from FiguresSnapshot s order by s.createdAt desc, s.id desc",
            FiguresSnapshot.class)
        .getResultList()
        .stream()
        .filter(s -> all || s.isFrozen())
        .map(FiguresSnapshots::view)
        .toList();
  }

  /** One snapshot; one the caller may not read answers as not found. */
  public Snapshot get(long id) {
    access.requireMember();
    FiguresSnapshot s = tenantEm.em().find(FiguresSnapshot.class, id);
    if (s == null || !(readsAll() || s.isFrozen())) {
      throw new NotFoundException("figures snapshot", id);
    }
    return view(s);
  }

  /** Removes a snapshot that is on no agenda. */
  public void remove(long id) {
    access.requireManager(REFUSAL);
    FiguresSnapshot s = tenantEm.em().find(FiguresSnapshot.class, id);
    if (s == null) {
      throw new NotFoundException("figures snapshot", id);
    }
    if (s.isFrozen()) {
      throw new ConflictException(Violation.of(null, "governance.figures.frozen"));
    }
    tenantEm.em().remove(s);
  }

  /** Freezes a snapshot put on an agenda item (in the caller's transaction); false if none. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean freeze(long id) {
    FiguresSnapshot s = tenantEm.em().find(FiguresSnapshot.class, id);
    if (s == null) {
      return false;
    }
    s.freeze(LocalDateTime.now(clock));
    return true;
  }

  /** The label of a snapshot (for an agenda item), or {@code null} when there is none. */
  @Transactional(Transactional.TxType.MANDATORY)
  public String label(long id) {
    FiguresSnapshot s = tenantEm.em().find(FiguresSnapshot.class, id);
    return s == null ? null : s.label();
  }

  private boolean readsAll() {
    return access.managesActiveRegion() || access.hasRoleInActiveRegion(PortalRole.POLICY_OFFICER);
  }

  private static Snapshot view(FiguresSnapshot s) {
    return new Snapshot(
        s.id(),
        s.label(),
        new ReportingPeriod(s.periodFrom(), s.periodTo()),
        s.createdAt(),
        s.createdBy(),
        s.frozenAt(),
        FiguresJson.read(s.content()));
  }
}
