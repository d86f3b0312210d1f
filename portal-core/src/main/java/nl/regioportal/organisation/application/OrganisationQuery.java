package nl.regioportal.organisation.application;

import nl.regioportal.organisation.domain.OrganisationType;

/**
 * A page of the organisation list: an optional text (matched against name and identifier), an
 * optional type, whether inactive ones count, a sort and a window.
 */
public record OrganisationQuery(
    String text,
    OrganisationType type,
    boolean includeInactive,
    SortField sort,
    boolean ascending,
    int offset,
    int limit) {

  public static final int MAX_LIMIT = 200;

  /** The columns the list may be sorted by. */
  public enum SortField {
    NAME,
    TYPE,
    IDENTIFIER,
    UPDATED
  }

  public OrganisationQuery {
    sort = sort == null ? SortField.NAME : sort;
    offset = Math.max(0, offset);
    limit = limit <= 0 ? 25 : Math.min(limit, MAX_LIMIT);
  }

  public static OrganisationQuery firstPage() {
    return new OrganisationQuery(null, null, false, SortField.NAME, true, 0, 25);
  }
}
