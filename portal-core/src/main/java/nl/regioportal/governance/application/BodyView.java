package nl.regioportal.governance.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regioportal.governance.domain.BodyKind;
import nl.regioportal.governance.domain.SeatRole;

/**
 * A governing body with its seats and their terms, detached from persistence.
 *
 * @param parentName the name of the body it prepares for, if any
 */
public record BodyView(
    long id,
    long version,
    String name,
    BodyKind kind,
    String description,
    Long parentId,
    String parentName,
    boolean active,
    List<Seat> seats) {

  /** A seat, with every term (earliest first). */
  public record Seat(
      long id,
      SeatRole role,
      Long organisationId,
      String organisationName,
      String label,
      List<Term> terms) {

    /** Who holds the seat today, if anyone. */
    public Optional<Term> current() {
      return terms.stream().filter(Term::current).findFirst();
    }
  }

  /**
   * A person's term in a seat.
   *
   * @param endDate the last day; {@code null}: open-ended
   * @param current whether the term includes today
   */
  public record Term(
      long id,
      long version,
      String personName,
      String email,
      String username,
      LocalDate startDate,
      LocalDate endDate,
      boolean current) {}
}
