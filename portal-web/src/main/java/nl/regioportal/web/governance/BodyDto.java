package nl.regioportal.web.governance;

import java.util.List;
import nl.regioportal.governance.application.BodyView;

/**
 * A governing body with its seats and their terms. {@code kind}: ADMINISTRATIVE_TABLE (bestuurlijk
 * overleg), PREPARATION_GROUP (ambtelijk voorportaal), WORKING_GROUP, OTHER.
 */
public record BodyDto(
    long id,
    long version,
    String name,
    String kind,
    String description,
    Long parentId,
    String parentName,
    boolean active,
    List<SeatDto> seats) {

  static BodyDto of(BodyView b) {
    return new BodyDto(
        b.id(),
        b.version(),
        b.name(),
        b.kind().name(),
        b.description(),
        b.parentId(),
        b.parentName(),
        b.active(),
        b.seats().stream().map(SeatDto::of).toList());
  }

  /**
   * A seat: {@code role} CHAIR, SECRETARY, MEMBER or ADVISER; {@code current} who holds it today
   * (absent when nobody does); {@code terms} every term, earliest first.
   */
  public record SeatDto(
      long id,
      String role,
      Long organisationId,
      String organisationName,
      String label,
      TermDto current,
      List<TermDto> terms) {

    static SeatDto of(BodyView.Seat s) {
      return new SeatDto(
          s.id(),
          s.role().name(),
          s.organisationId(),
          s.organisationName(),
          s.label(),
          s.current().map(TermDto::of).orElse(null),
          s.terms().stream().map(TermDto::of).toList());
    }
  }

  /** A person's term: {@code endDate} is the last day, absent when open-ended. */
  public record TermDto(
      long id,
      long version,
      String personName,
      String email,
      String username,
      String startDate,
      String endDate,
      boolean current) {

    static TermDto of(BodyView.Term t) {
      return new TermDto(
          t.id(),
          t.version(),
          t.personName(),
          t.email(),
          t.username(),
          t.startDate().toString(),
          t.endDate() == null ? null : t.endDate().toString(),
          t.current());
    }
  }

  /** The region's bodies, active first, then by name. */
  public record ListDto(List<BodyDto> items) {}

  /** What a client sends to create or replace a body; {@code version} when replacing. */
  public record Input(
      String name, String kind, String description, Long parentId, Boolean active, Long version) {}

  /** What a client sends to add a seat. */
  public record SeatInput(String role, Long organisationId, String label) {}

  /**
   * What a client sends to add or change a term: dates {@code YYYY-MM-DD}, {@code endDate} the last
   * day (absent: open-ended); {@code version} when changing.
   */
  public record TermInput(
      String personName,
      String email,
      String username,
      String startDate,
      String endDate,
      Long version) {}
}
