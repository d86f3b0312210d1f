package nl.regioportal.directory.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportal.directory.domain.AgeGroup;

/** A page of search results, the total, and per filter the count of each value among all hits. */
public record ServiceHits(
    List<Hit> items, long total, int page, int size, Map<String, Map<String, Integer>> facets) {

  /** One service found, with why it was found. */
  public record Hit(
      long id,
      String publicId,
      String name,
      long organisationId,
      String organisationName,
      Set<String> domains,
      Set<String> issues,
      Set<String> roles,
      AgeGroup ageGroup,
      int youngest,
      int oldest,
      Set<String> municipalities,
      Set<String> languages,
      boolean acceptsReferrals,
      Integer waitingWeeks,
      java.time.LocalDateTime verifiedAt,
      boolean stale,
      float score,
      List<Reason> reasons) {}

  /**
   * Why a service was found: it serves the municipality asked for, the age asked for, it has a term
   * (domain, issue, role) that the text or a filter named, or the text is in its name or
   * description. {@code code} is the municipality or term code, or the age range ({@code 16-23}).
   */
  public record Reason(Kind kind, String code) {
    public enum Kind {
      MUNICIPALITY,
      AGE,
      TERM,
      NAME,
      DESCRIPTION,
      ACCEPTS_REFERRALS,
      LANGUAGE
    }
  }
}
