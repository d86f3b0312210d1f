package nl.regioportal.governance.domain;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.regioportal.shared.ContactFormats;
import nl.regioportal.shared.Violation;

/**
 * The rules of meetings, agenda items, decisions and actions, and their normal form; and when a
 * meeting may move on in its life cycle. Pure: what it needs to know (the time, how many items the
 * agenda has) is passed in, so it is tested without a database. Times are Dutch local time.
 */
public final class MeetingRules {

  public static final int TITLE_MAX = 200;
  public static final int LOCATION_MAX = 300;
  public static final int URL_MAX = 500;
  public static final int OWNER_MAX = 200;
  public static final int TEXT_MAX = 4000;
  public static final int ACTION_MAX = 1000;

  /** A meeting lasts at most a day. */
  static final Duration LONGEST = Duration.ofHours(24);

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  /** The normalised, valid values of a meeting. */
  public record ValidMeeting(
      long bodyId,
      String title,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String location,
      String onlineUrl,
      boolean publicMeeting) {}

  /** The normalised, valid values of an agenda item. */
  public record ValidItem(
      String title,
      ItemType type,
      String ownerName,
      String proposedDecision,
      Long fundingVersionId,
      Long figuresSnapshotId) {}

  /** The normalised, valid values of a decision. */
  public record ValidDecision(DecisionOutcome outcome, String text) {}

  /** The normalised, valid values of an action. */
  public record ValidAction(
      String description,
      String ownerName,
      String ownerEmail,
      String ownerUsername,
      LocalDate deadline,
      Long itemId) {}

  private MeetingRules() {}

  public static GovernanceRules.Result<ValidMeeting> check(MeetingDraft d) {
    List<Violation> v = new ArrayList<>();
    if (d.bodyId() == null) {
      v.add(Violation.of("bodyId", "governance.meeting.body.required"));
    }
    String title = text(v, "title", d.title(), TITLE_MAX, "governance.meeting.title");
    if (d.startsAt() == null) {
      v.add(Violation.of("startsAt", "governance.meeting.start.required"));
    }
    if (d.endsAt() == null) {
      v.add(Violation.of("endsAt", "governance.meeting.end.required"));
    } else if (d.startsAt() != null) {
      if (!d.endsAt().isAfter(d.startsAt())) {
        v.add(Violation.of("endsAt", "governance.meeting.end.notAfterStart"));
      } else if (Duration.between(d.startsAt(), d.endsAt()).compareTo(LONGEST) > 0) {
        v.add(Violation.of("endsAt", "governance.meeting.end.tooLong"));
      }
    }
    String location = trim(d.location());
    if (location != null && location.length() > LOCATION_MAX) {
      v.add(Violation.of("location", "governance.meeting.location.tooLong", LOCATION_MAX));
    }
    String url = trim(d.onlineUrl());
    if (url != null && (url.length() > URL_MAX || !isWebAddress(url))) {
      v.add(Violation.of("onlineUrl", "governance.meeting.url.invalid", shorten(url)));
    }
    if (location == null && url == null) {
      v.add(Violation.of("location", "governance.meeting.place.required"));
    }
    return result(
        v,
        () ->
            new ValidMeeting(
                d.bodyId(),
                title,
                d.startsAt().withNano(0),
                d.endsAt().withNano(0),
                location,
                url,
                Boolean.TRUE.equals(d.publicMeeting())));
  }

  public static GovernanceRules.Result<ValidItem> check(ItemDraft d) {
    List<Violation> v = new ArrayList<>();
    String title = text(v, "title", d.title(), TITLE_MAX, "governance.item.title");
    if (d.type() == null) {
      v.add(Violation.of("type", "governance.item.type.required"));
    }
    String owner = text(v, "ownerName", d.ownerName(), OWNER_MAX, "governance.item.owner");
    String proposed = trim(d.proposedDecision());
    if (proposed != null && proposed.length() > TEXT_MAX) {
      v.add(Violation.of("proposedDecision", "governance.item.proposal.tooLong", TEXT_MAX));
    } else if (proposed == null && d.type() == ItemType.DECISION) {
      v.add(Violation.of("proposedDecision", "governance.item.proposal.required"));
    }
    return result(
        v,
        () ->
            new ValidItem(
                title, d.type(), owner, proposed, d.fundingVersionId(), d.figuresSnapshotId()));
  }

  /** A decision on an item of {@code itemType}: only a decision item gets one. */
  public static GovernanceRules.Result<ValidDecision> check(DecisionDraft d, ItemType itemType) {
    List<Violation> v = new ArrayList<>();
    if (itemType != ItemType.DECISION) {
      v.add(Violation.of("outcome", "governance.decision.notADecisionItem"));
    }
    if (d.outcome() == null) {
      v.add(Violation.of("outcome", "governance.decision.outcome.required"));
    }
    String text = text(v, "text", d.text(), TEXT_MAX, "governance.decision.text");
    return result(v, () -> new ValidDecision(d.outcome(), text));
  }

  public static GovernanceRules.Result<ValidAction> check(ActionDraft d) {
    List<Violation> v = new ArrayList<>();
    String description =
        text(v, "description", d.description(), ACTION_MAX, "governance.action.description");
    String owner = text(v, "ownerName", d.ownerName(), OWNER_MAX, "governance.action.owner");
    String email = trim(d.ownerEmail());
    if (email != null
        && (email.length() > GovernanceRules.EMAIL_MAX || !ContactFormats.isEmail(email))) {
      v.add(Violation.of("ownerEmail", "governance.term.email.invalid", shorten(email)));
    }
    String username = trim(d.ownerUsername());
    if (username != null && !USERNAME.matcher(username).matches()) {
      v.add(Violation.of("ownerUsername", "governance.term.username.invalid", shorten(username)));
    }
    if (d.deadline() == null) {
      v.add(Violation.of("deadline", "governance.action.deadline.required"));
    }
    return result(
        v,
        () ->
            new ValidAction(
                description,
                owner,
                email == null ? null : email.toLowerCase(Locale.ROOT),
                // portal (Keycloak) user names are lower case: "Policy" names the same person
                username == null ? null : username.toLowerCase(Locale.ROOT),
                d.deadline(),
                d.itemId()));
  }

  // --- the life cycle ---------------------------------------------------------------------------

  /**
   * Why the agenda may not be published now, if it may not: only a planned meeting's, only before
   * the meeting starts, and only with at least one item.
   */
  public static Optional<Violation> publishRefusal(
      MeetingStatus status, LocalDateTime startsAt, LocalDateTime now, int items) {
    if (status != MeetingStatus.PLANNED) {
      return Optional.of(Violation.of(null, "governance.meeting.publish.status", status));
    }
    if (!startsAt.isAfter(now)) {
      return Optional.of(Violation.of("startsAt", "governance.meeting.publish.past"));
    }
    if (items == 0) {
      return Optional.of(Violation.of(null, "governance.meeting.publish.empty"));
    }
    return Optional.empty();
  }

  /** Why the meeting may not be recorded as held today, if not: from its day on, not cancelled. */
  public static Optional<Violation> heldRefusal(
      MeetingStatus status, LocalDateTime startsAt, LocalDate today) {
    if (!status.isUpcoming()) {
      return Optional.of(Violation.of(null, "governance.meeting.held.status", status));
    }
    if (startsAt.toLocalDate().isAfter(today)) {
      return Optional.of(Violation.of(null, "governance.meeting.held.future"));
    }
    return Optional.empty();
  }

  /** Why the meeting may not change (move, cancel, items), if not: only before it is held. */
  public static Optional<Violation> changeRefusal(MeetingStatus status) {
    return status.isUpcoming()
        ? Optional.empty()
        : Optional.of(Violation.of(null, "governance.meeting.closed", status));
  }

  /** Why decisions may not be recorded, if not: only for a meeting that was held. */
  public static Optional<Violation> decisionRefusal(MeetingStatus status) {
    return status == MeetingStatus.HELD
        ? Optional.empty()
        : Optional.of(Violation.of(null, "governance.decision.notHeld", status));
  }

  // ---------------------------------------------------------------------------------------------

  static boolean isWebAddress(String s) {
    try {
      URI uri = URI.create(s);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String text(List<Violation> v, String field, String raw, int max, String key) {
    String s = trim(raw);
    if (s == null) {
      v.add(Violation.of(field, key + ".required"));
    } else if (s.length() > max) {
      v.add(Violation.of(field, key + ".tooLong", max));
    }
    return s;
  }

  private static <T> GovernanceRules.Result<T> result(
      List<Violation> v, java.util.function.Supplier<T> valid) {
    return v.isEmpty()
        ? new GovernanceRules.Result<>(valid.get(), List.of())
        : new GovernanceRules.Result<>(null, List.copyOf(v));
  }

  private static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
