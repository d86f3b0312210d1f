package nl.regioportal.funding.application;

import java.util.List;

/**
 * What the signed-in person must do first in the region's cost sharing.
 *
 * <ul>
 *   <li>{@code reviews}: published versions in which the policy officer's own municipality takes
 *       part and which it has not answered yet;
 *   <li>{@code drafts}: draft versions the coordinator created (and drafts the system created, e.g.
 *       the demo load, which belong to no one person and so to every coordinator);
 *   <li>{@code decisions}: published versions that cannot lock by everyone's approval (a
 *       municipality objected, or no member organisation speaks for a participant) and so wait for
 *       a governance decision by the coordinator.
 * </ul>
 *
 * @param ownMunicipality the CBS code of the policy officer's municipality, or {@code null}
 */
public record OpenWork(
    String ownMunicipality,
    List<OpenItem> reviews,
    List<OpenItem> drafts,
    List<OpenItem> decisions) {

  /** Nothing to do (e.g. school staff, who have no part in cost sharing). */
  public static final OpenWork NONE = new OpenWork(null, List.of(), List.of(), List.of());

  public OpenWork {
    reviews = List.copyOf(reviews);
    drafts = List.copyOf(drafts);
    decisions = List.copyOf(decisions);
  }

  public boolean isEmpty() {
    return reviews.isEmpty() && drafts.isEmpty() && decisions.isEmpty();
  }

  public int size() {
    return reviews.size() + drafts.size() + decisions.size();
  }
}
