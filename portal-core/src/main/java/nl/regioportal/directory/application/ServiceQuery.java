package nl.regioportal.directory.application;

import java.util.Set;

/**
 * A search of the active region's directory: free text and filters, all optional. {@code age} is
 * the student's age (a service matches when it serves that age); {@code municipality} the student's
 * municipality of residence (a service matches when it serves it). Page 1 is the first.
 */
public record ServiceQuery(
    String text,
    Set<String> domains,
    Set<String> issues,
    Set<String> roles,
    String municipality,
    Integer age,
    String language,
    Boolean acceptsReferrals,
    int page,
    int size) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_TEXT = 1000;

  public ServiceQuery {
    domains = domains == null ? Set.of() : Set.copyOf(domains);
    issues = issues == null ? Set.of() : Set.copyOf(issues);
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  /** Everything in the region, first page. */
  public static ServiceQuery all() {
    return new ServiceQuery(null, null, null, null, null, null, null, null, 1, 20);
  }
}
