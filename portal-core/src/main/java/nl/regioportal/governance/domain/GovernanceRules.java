package nl.regioportal.governance.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import nl.regioportal.organisation.domain.OrganisationRules;
import nl.regioportal.shared.ContactFormats;
import nl.regioportal.shared.Violation;

/**
 * The rules a body, a seat and a term must meet, and their normal form. Pure: what it needs to know
 * of the region (does this organisation exist, which body is whose parent, which terms does the
 * seat have) is passed in, so it is tested without a database.
 */
public final class GovernanceRules {

  public static final int NAME_MAX = 200;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int LABEL_MAX = 200;
  public static final int EMAIL_MAX = 200;
  public static final int USERNAME_MAX = 100;

  /** How deep a chain of parents may go before it is taken for a cycle. */
  static final int MAX_DEPTH = 50;

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  /** Either the valid values or what is wrong (never both). */
  public record Result<T>(T valid, List<Violation> violations) {
    public boolean isValid() {
      return violations.isEmpty();
    }

    static <T> Result<T> of(T valid, List<Violation> violations) {
      return violations.isEmpty()
          ? new Result<>(valid, List.of())
          : new Result<>(null, List.copyOf(violations));
    }
  }

  /** The normalised, valid values of a body. */
  public record ValidBody(
      String name, BodyKind kind, String description, Long parentId, boolean active) {}

  /** The normalised, valid values of a seat. */
  public record ValidSeat(SeatRole role, Long organisationId, String label) {}

  /** The normalised, valid values of a term. */
  public record ValidTerm(String personName, String email, String username, TermPeriod period) {}

  private GovernanceRules() {}

  /** The body's own values; its parent is checked against the region by {@link #parentOf}. */
  public static Result<ValidBody> check(BodyDraft d) {
    List<Violation> v = new ArrayList<>();
    String name = trim(d.name());
    if (name == null || OrganisationRules.nameKey(name).isEmpty()) {
      v.add(Violation.of("name", "governance.body.name.required"));
    } else if (name.length() > NAME_MAX) {
      v.add(Violation.of("name", "governance.body.name.tooLong", NAME_MAX));
    }
    if (d.kind() == null) {
      v.add(Violation.of("kind", "governance.body.kind.required"));
    }
    String description = trim(d.description());
    if (description != null && description.length() > DESCRIPTION_MAX) {
      v.add(Violation.of("description", "governance.body.description.tooLong", DESCRIPTION_MAX));
    }
    return Result.of(
        new ValidBody(name, d.kind(), description, d.parentId(), d.active() == null || d.active()),
        v);
  }

  /**
   * What is wrong with {@code parentId} as the parent of body {@code self} ({@code null} for a new
   * body): it must be a body of the region, not the body itself, and not one of its descendants.
   *
   * @param parentOf a body of the region's parent id ({@code null}: none); {@code exists} says
   *     whether the region has the body at all
   */
  public static Optional<Violation> parentOf(
      Long self, Long parentId, LongPredicate exists, LongFunction<Long> parentOf) {
    if (parentId == null) {
      return Optional.empty();
    }
    if (parentId.equals(self)) {
      return Optional.of(Violation.of("parentId", "governance.body.parent.self"));
    }
    if (!exists.test(parentId)) {
      return Optional.of(Violation.of("parentId", "governance.body.parent.unknown", parentId));
    }
    Set<Long> seen = new HashSet<>();
    for (Long at = parentId; at != null; at = parentOf.apply(at)) {
      if (at.equals(self) || !seen.add(at) || seen.size() > MAX_DEPTH) {
        return Optional.of(Violation.of("parentId", "governance.body.parent.cycle"));
      }
    }
    return Optional.empty();
  }

  /**
   * A seat's values.
   *
   * @param organisationExists whether an id is an active member organisation of the region
   * @param rolesInBody the roles of the body's other seats
   */
  public static Result<ValidSeat> check(
      SeatDraft d, LongPredicate organisationExists, Collection<SeatRole> rolesInBody) {
    List<Violation> v = new ArrayList<>();
    if (d.role() == null) {
      v.add(Violation.of("role", "governance.seat.role.required"));
    } else if (d.role().isSole() && rolesInBody.contains(d.role())) {
      v.add(
          Violation.of(
              "role",
              d.role() == SeatRole.CHAIR
                  ? "governance.seat.chairTaken"
                  : "governance.seat.secretaryTaken"));
    }
    if (d.organisationId() == null) {
      if (d.role() != null && d.role().requiresOrganisation()) {
        v.add(Violation.of("organisationId", "governance.seat.organisation.required"));
      }
    } else if (!organisationExists.test(d.organisationId())) {
      v.add(
          Violation.of(
              "organisationId", "governance.seat.organisation.unknown", d.organisationId()));
    }
    String label = trim(d.label());
    if (label != null && label.length() > LABEL_MAX) {
      v.add(Violation.of("label", "governance.seat.label.tooLong", LABEL_MAX));
    }
    return Result.of(new ValidSeat(d.role(), d.organisationId(), label), v);
  }

  /**
   * A term's values, and that it overlaps none of the seat's other terms.
   *
   * @param others the seat's other terms (without the one being changed)
   */
  public static Result<ValidTerm> check(TermDraft d, Collection<SeatTerm> others) {
    List<Violation> v = new ArrayList<>();
    String person = trim(d.personName());
    if (person == null) {
      v.add(Violation.of("personName", "governance.term.person.required"));
    } else if (person.length() > NAME_MAX) {
      v.add(Violation.of("personName", "governance.term.person.tooLong", NAME_MAX));
    }
    String email = trim(d.email());
    if (email != null && (email.length() > EMAIL_MAX || !ContactFormats.isEmail(email))) {
      v.add(Violation.of("email", "governance.term.email.invalid", email));
    }
    String username = trim(d.username());
    if (username != null && !USERNAME.matcher(username).matches()) {
      v.add(Violation.of("username", "governance.term.username.invalid", username));
    }
    TermPeriod period = null;
    if (d.startDate() == null) {
      v.add(Violation.of("startDate", "governance.term.start.required"));
    } else if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
      v.add(
          Violation.of(
              "endDate",
              "governance.term.end.beforeStart",
              d.endDate().toString(),
              d.startDate().toString()));
    } else {
      period = new TermPeriod(d.startDate(), d.endDate());
      overlap(period, others).ifPresent(v::add);
    }
    return Result.of(new ValidTerm(person, email, username, period), v);
  }

  /**
   * The first of {@code others} that shares a day with {@code period}, as a violation: at {@code
   * startDate} when the period starts inside it, else at {@code endDate} (the period starts before
   * it and runs into it).
   */
  static Optional<Violation> overlap(TermPeriod period, Collection<SeatTerm> others) {
    return others.stream()
        .filter(t -> t.period().overlaps(period))
        .min(java.util.Comparator.comparing(t -> t.period().start()))
        .map(
            t -> {
              TermPeriod held = t.period();
              String field = held.includes(period.start()) ? "startDate" : "endDate";
              return held.end() == null
                  ? Violation.of(
                      field,
                      "governance.term.overlap.open",
                      t.personName(),
                      held.start().toString())
                  : Violation.of(
                      field,
                      "governance.term.overlap",
                      t.personName(),
                      held.start().toString(),
                      held.end().toString());
            });
  }

  private static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
