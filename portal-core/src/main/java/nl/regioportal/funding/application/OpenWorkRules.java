package nl.regioportal.funding.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportal.funding.domain.FundingArrangement;
import nl.regioportal.funding.domain.FundingVersion;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.funding.domain.ReviewRow;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.tenant.CurrentCaller;

/**
 * Which versions wait for whom (see {@link OpenWork}): pure, on versions already loaded, so the
 * rules are tested without a database.
 */
public final class OpenWorkRules {

  private OpenWorkRules() {}

  /** Who asks: their user name, whether they manage the region, their own municipality. */
  public record Person(String username, boolean manager, String ownMunicipality) {}

  /**
   * The open work of {@code person} among {@code versions}.
   *
   * @param arrangements the versions' arrangements by id
   * @param speakers the municipalities (CBS codes) an active member organisation of the region
   *     speaks for, i.e. that can review at all
   */
  public static OpenWork of(
      Person person,
      List<FundingVersion> versions,
      Map<Long, FundingArrangement> arrangements,
      Set<String> speakers) {
    List<OpenItem> reviews = new ArrayList<>();
    List<OpenItem> drafts = new ArrayList<>();
    List<OpenItem> decisions = new ArrayList<>();
    String own = person.manager() ? null : person.ownMunicipality();
    for (FundingVersion v : versions) {
      FundingArrangement a = arrangements.get(v.arrangementId());
      if (a == null) {
        continue;
      }
      if (own != null
          && v.status() == VersionStatus.PUBLISHED
          && v.isParticipant(own)
          && v.review(own).isEmpty()) {
        reviews.add(item(v, a, List.of()));
      }
      if (!person.manager()) {
        continue;
      }
      if (v.status() == VersionStatus.DRAFT && ownedBy(v, person.username())) {
        drafts.add(item(v, a, List.of()));
      }
      if (v.status() == VersionStatus.PUBLISHED) {
        List<String> silent =
            v.participants().stream()
                .map(p -> p.municipalityCode())
                .filter(code -> !speakers.contains(code))
                .toList();
        if (objections(v) > 0 || !silent.isEmpty()) {
          decisions.add(item(v, a, silent));
        }
      }
    }
    Comparator<OpenItem> oldestFirst =
        Comparator.comparing(
                OpenItem::since,
                Comparator.nullsLast(Comparator.<java.time.LocalDateTime>naturalOrder()))
            .thenComparing(OpenItem::arrangementTitle)
            .thenComparingInt(OpenItem::number);
    reviews.sort(oldestFirst);
    decisions.sort(oldestFirst);
    drafts.sort(oldestFirst.reversed());
    return new OpenWork(own, reviews, drafts, decisions);
  }

  /** A draft is the coordinator's who made it; one the system made belongs to every coordinator. */
  static boolean ownedBy(FundingVersion v, String username) {
    return v.createdBy().equals(username) || v.createdBy().equals(CurrentCaller.SYSTEM);
  }

  private static int objections(FundingVersion v) {
    int n = 0;
    for (ReviewRow r : v.reviews()) {
      if (r.decision() == ReviewDecision.OBJECTED) {
        n++;
      }
    }
    return n;
  }

  private static OpenItem item(FundingVersion v, FundingArrangement a, List<String> silent) {
    int approvals = 0;
    for (ReviewRow r : v.reviews()) {
      if (r.decision() == ReviewDecision.APPROVED) {
        approvals++;
      }
    }
    return new OpenItem(
        v.id(),
        v.arrangementId(),
        a.title(),
        a.budgetYear(),
        v.number(),
        v.label(),
        v.status(),
        v.participants().size(),
        approvals,
        objections(v),
        silent,
        v.status() == VersionStatus.DRAFT ? v.createdAt() : v.publishedAt());
  }
}
