package nl.regioportal.funding.application;

import java.util.List;
import java.util.Map;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.funding.domain.LockReason;
import nl.regioportal.funding.engine.KeyPart;

/**
 * A version with its computed key, as the caller may see it.
 *
 * @param revision the optimistic-lock revision, to send back when changing a draft
 * @param ownMunicipality the caller's own municipality when they review for it, else {@code null}
 * @param mayManage the caller may change, publish and lock (coordinator or platform admin)
 * @param mayReview the caller may approve or object now (published, own municipality takes part)
 * @param bases the region's bases, for the labels of the parts and indicators
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
    Long decisionId,
    String ownMunicipality,
    boolean mayManage,
    boolean mayReview,
    BasisCatalogue bases) {

  /** Without a catalogue (a caller that has none), the built-in bases. */
  public VersionDetails {
    bases = bases == null ? BasisCatalogue.builtIn() : bases;
  }

  /** The label of a part's basis or an indicator in {@code locale} (its code if unknown). */
  public String label(String code, java.util.Locale locale) {
    return bases.label(code, locale);
  }
}
