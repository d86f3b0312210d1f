package nl.regioportal.web.directory;

import java.util.List;
import java.util.Map;

/**
 * A page of search results: the hits, how many there are in all, and per filter ({@code domain},
 * {@code issue}, {@code role}, {@code municipality}, {@code language}, {@code acceptsReferrals},
 * {@code ageGroup}) the number of hits with each value.
 */
public record ServiceListDto(
    List<ServiceHitDto> items,
    long total,
    int page,
    int size,
    Map<String, Map<String, Integer>> facets) {

  /** Cheap and in agreement with {@code equals} (see {@link ServiceHitDto#hashCode}). */
  @Override
  public int hashCode() {
    return Long.hashCode(total) * 31 + page * 7 + size;
  }
}
