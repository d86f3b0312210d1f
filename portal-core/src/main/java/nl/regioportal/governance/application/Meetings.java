package nl.regioportal.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.governance.domain.ActionDraft;
import nl.regioportal.governance.domain.DecisionDraft;
import nl.regioportal.governance.domain.ItemDraft;
import nl.regioportal.governance.domain.MeetingDraft;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.persistence.TenantEntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The meetings of the active region's governing bodies (issue 11): their agendas, the decisions
 * taken on the items and the bodies' action lists. Every member of the region reads them; only the
 * region's coordinators and platform admins change them. Each method is one transaction: a refused
 * change leaves nothing behind, and a decision that locks a funding-key version does so in the same
 * commit. No student data.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class Meetings {

  private static final String REFUSAL =
      "Only the region's coordinators may change its meetings, agendas, decisions and actions.";

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;
  @Inject FundingService funding;
  @Inject GovernanceNotices notices;
  @Inject FiguresSnapshots snapshots;

  /** The domain of the meetings' calendar UIDs (RFC 5545: unique and stable per meeting). */
  @Inject
  @ConfigProperty(name = "portal.calendar.uid-domain", defaultValue = "regioportaal.nl")
  String uidDomain;

  Clock clock = Clock.systemUTC();

  /** The region's meetings (of one body, if given), the latest first. */
  public List<MeetingView.Summary> list(Long bodyId) {
    access.requireMember();
    return register().list(bodyId);
  }

  public MeetingView get(long id) {
    access.requireMember();
    return register().one(id, today());
  }

  public long create(MeetingDraft draft) {
    access.requireManager(REFUSAL);
    return register().create(draft, uidDomain);
  }

  public MeetingView update(long id, long expectedVersion, MeetingDraft draft) {
    access.requireManager(REFUSAL);
    MeetingRegister r = register();
    r.update(id, expectedVersion, draft);
    return r.one(id, today());
  }

  /** Publishes the agenda of a planned meeting that is still to come and has items. */
  public MeetingView publish(long id) {
    access.requireManager(REFUSAL);
    MeetingRegister r = register();
    r.publish(id, now());
    notices.agendaPublished(
        access.requireManager(REFUSAL),
        tenantEm.em().find(nl.regioportal.governance.domain.Meeting.class, id));
    return r.one(id, today());
  }

  /** Records that the meeting was held (from its day on): decisions may be recorded then. */
  public MeetingView held(long id) {
    access.requireManager(REFUSAL);
    MeetingRegister r = register();
    r.held(id, now());
    return r.one(id, today());
  }

  public MeetingView cancel(long id) {
    access.requireManager(REFUSAL);
    MeetingRegister r = register();
    r.cancel(id, now());
    return r.one(id, today());
  }

  public long addItem(long meetingId, ItemDraft draft) {
    access.requireManager(REFUSAL);
    return register().addItem(meetingId, draft);
  }

  public void updateItem(long meetingId, long itemId, long expectedVersion, ItemDraft draft) {
    access.requireManager(REFUSAL);
    register().updateItem(meetingId, itemId, expectedVersion, draft);
  }

  public void removeItem(long meetingId, long itemId) {
    access.requireManager(REFUSAL);
    register().removeItem(meetingId, itemId);
  }

  /** Records the decision on an item; adopting one about a funding-key version locks it. */
  public long decide(long meetingId, long itemId, DecisionDraft draft) {
    access.requireManager(REFUSAL);
    return register().decide(meetingId, itemId, draft, caller.username(), now());
  }

  /** The region's decisions (of one body, if given), the latest first. */
  public List<MeetingView.Decision> decisions(Long bodyId) {
    access.requireMember();
    return register().decisions(bodyId);
  }

  public long addAction(long meetingId, ActionDraft draft) {
    access.requireManager(REFUSAL);
    return register().addAction(meetingId, draft);
  }

  public void updateAction(long actionId, long expectedVersion, ActionDraft draft) {
    access.requireManager(REFUSAL);
    register().updateAction(actionId, expectedVersion, draft);
  }

  /**
   * Marks an action done (or open again). The coordinators may, and so may its owner: the person
   * the action names by portal user name.
   */
  public void actionDone(long actionId, boolean done) {
    access.requireMember();
    MeetingRegister r = register();
    if (!access.managesActiveRegion()
        && !java.util.Objects.equals(r.ownerUsername(actionId), caller.username())) {
      access.requireManager(REFUSAL);
    }
    r.actionDone(actionId, done, caller.username(), LocalDateTime.now(clock));
  }

  /**
   * The region's actions: of one body if given, open ones only if asked; {@code mine}: only those
   * whose owner is the caller (by portal user name), as the dashboard shows them.
   */
  public List<MeetingView.Action> actions(Long bodyId, boolean mine, boolean openOnly) {
    access.requireMember();
    return register().actions(bodyId, mine ? caller.username() : null, openOnly, today());
  }

  public MeetingView.Action action(long id) {
    access.requireMember();
    return register().oneAction(id, today());
  }

  /** The funding-key versions an agenda item may be about (published or locked). */
  public List<MeetingView.FundingLink> fundingVersions() {
    access.requireManager(REFUSAL);
    return funding.decisionTargets().stream().map(Meetings::link).toList();
  }

  private MeetingRegister register() {
    return new MeetingRegister(
        tenantEm.em(),
        new MeetingRegister.Funding() {
          @Override
          public Optional<MeetingView.FundingLink> link(long id) {
            return funding.decisionTarget(id).map(Meetings::link);
          }

          @Override
          public void lockByDecision(long versionId, String reason, long decisionId) {
            funding.lockByGovernanceDecision(versionId, reason, decisionId);
          }

          @Override
          public String snapshotLabel(long id) {
            return snapshots.label(id);
          }

          @Override
          public void freezeSnapshot(long id) {
            snapshots.freeze(id);
          }
        });
  }

  private static MeetingView.FundingLink link(FundingService.DecisionTarget t) {
    return new MeetingView.FundingLink(t.versionId(), t.arrangementTitle(), t.number(), t.status());
  }

  /** Now in Dutch local time, as the meetings' times are. */
  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), MeetingRegister.DUTCH).withNano(0);
  }

  private LocalDate today() {
    return now().toLocalDate();
  }
}
