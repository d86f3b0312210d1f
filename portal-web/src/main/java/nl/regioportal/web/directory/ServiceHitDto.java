package nl.regioportal.web.directory;

import java.util.List;
import java.util.Set;

/**
 * One service found, with the reasons it matched (kind, code and a text in the asked language);
 * {@code stale} when it was last verified more than six months ago.
 */
public record ServiceHitDto(
    long id,
    String hsdsId,
    String name,
    OrganisationRef organisation,
    Set<String> domains,
    Set<String> issues,
    Set<String> roles,
    AgeRange ageRange,
    Set<String> municipalities,
    Set<String> languages,
    boolean acceptsReferrals,
    Integer waitingWeeks,
    java.time.OffsetDateTime verifiedAt,
    boolean stale,
    List<Reason> reasons) {

  /**
   * The id's hash: equal hits have equal ids, so it agrees with {@code equals}, and it is cheap.
   * JSON-B (Yasson) puts every object it writes into a hash set to find cycles, and the derived
   * hash of a hit walks all its sets and reasons, for the hit and again for the page around it.
   */
  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  /** The organisation that gives the service. */
  public record OrganisationRef(long id, String name) {}

  /** Whom it serves: the group on either side of 18, and the youngest and oldest age. */
  public record AgeRange(String group, int min, int max) {}

  /** Why it was found. */
  public record Reason(String kind, String code, String text) {}
}
