package nl.regioportal.funding.application;

import java.util.List;
import java.util.Map;
import nl.regioportal.funding.domain.LockReason;
import nl.regioportal.funding.engine.KeyPart;

/**
 * A version with its computed key, as the caller may see it.
 *
 * @param revision the optimistic-lock revision, to send back when changing a draft
 * @param ownMunicipality the caller's own municipality when they review for it, else {@code null}
 * @param mayManage the caller may change, publish and lock (coordinator or platform admin)
 * @param mayReview the caller may approve or object now (published, own municipality takes part)
 */
public record VersionDetails(
    VersionSummary summary,
    long arrangementId,
    String arrangementTitle,
    int budgetYear,
    long revision,
    List<KeyPart> parts,
    List<ShareView> shares,
    Map<String, IndicatorSource> sources,
    LockReason lockReason,
    String governanceDecision,
    String ownMunicipality,
    boolean mayManage,
    boolean mayReview) {}
