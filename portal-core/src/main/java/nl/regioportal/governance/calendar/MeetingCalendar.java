package nl.regioportal.governance.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.regioportal.governance.domain.MeetingStatus;

/**
 * Writes meetings as an iCalendar feed (RFC 5545) with ical4j: one VEVENT per meeting, its UID the
 * meeting's own (stable across every change), SEQUENCE the meeting's (raised when it moves or is
 * cancelled), STATUS TENTATIVE while planned, CONFIRMED once the agenda is published or it was
 * held, CANCELLED once cancelled (so a calendar that had it strikes it through). Times in UTC. The
 * description lists the agenda items' titles and types (never documents or their contents).
 */
public final class MeetingCalendar {

  private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

  /** What the feed shows of a meeting; times in Dutch local time, as the meeting keeps them. */
  public record Entry(
      String uid,
      int sequence,
      String title,
      String bodyName,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String location,
      String onlineUrl,
      MeetingStatus status,
      LocalDateTime updatedAtUtc,
      URI page,
      List<String> agenda) {}

  private MeetingCalendar() {}

  /** The feed of {@code entries} named {@code name}, as iCalendar text. */
  public static String write(String name, List<Entry> entries) {
    Calendar calendar =
        new Calendar()
            .add(new ProdId("-//Regioportaal//Overleg//NL"))
            .add(ImmutableVersion.VERSION_2_0)
            .add(ImmutableCalScale.GREGORIAN)
            .add(ImmutableMethod.PUBLISH)
            .add(new XProperty("X-WR-CALNAME", name))
            .add(new XProperty("X-WR-TIMEZONE", DUTCH.getId()));
    for (Entry e : entries) {
      calendar.add(event(e));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static VEvent event(Entry e) {
    VEvent event =
        new VEvent(
            instant(e.startsAt()),
            instant(e.endsAt()),
            e.bodyName() == null ? e.title() : e.title() + " (" + e.bodyName() + ")");
    event.add(new Uid(e.uid()));
    event.add(new Sequence(e.sequence()));
    event.add(status(e.status()));
    if (e.updatedAtUtc() != null) {
      event.add(new LastModified(e.updatedAtUtc().toInstant(java.time.ZoneOffset.UTC)));
    }
    String place =
        e.location() == null
            ? e.onlineUrl()
            : e.onlineUrl() == null ? e.location() : e.location() + " / " + e.onlineUrl();
    if (place != null) {
      event.add(new Location(place));
    }
    if (e.page() != null) {
      event.add(new Url(e.page()));
    }
    StringBuilder d = new StringBuilder();
    if (e.page() != null) {
      d.append(e.page()).append("\n");
    }
    if (!e.agenda().isEmpty()) {
      d.append("\nAgenda:\n");
      for (int i = 0; i < e.agenda().size(); i++) {
        d.append(i + 1).append(". ").append(e.agenda().get(i)).append("\n");
      }
    }
    if (!d.isEmpty()) {
      event.add(new Description(d.toString().strip()));
    }
    return event;
  }

  private static Status status(MeetingStatus s) {
    return switch (s) {
      case PLANNED -> new Status(Status.VALUE_TENTATIVE);
      case CANCELLED -> new Status(Status.VALUE_CANCELLED);
      default -> new Status(Status.VALUE_CONFIRMED);
    };
  }

  private static Instant instant(LocalDateTime dutch) {
    return dutch.atZone(DUTCH).toInstant();
  }

  /** The file name a feed is offered under. */
  public static String fileName(String region, Long bodyId) {
    return String.format(
        Locale.ROOT, "overleg-%s%s.ics", region, bodyId == null ? "" : "-" + bodyId);
  }
}
