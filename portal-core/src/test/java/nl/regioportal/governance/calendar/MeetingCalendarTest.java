package nl.regioportal.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.regioportal.governance.domain.MeetingStatus;
import org.junit.jupiter.api.Test;

/** The feed written by {@link MeetingCalendar}, read back by ical4j's parser. */
class MeetingCalendarTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 15, 14, 0);

  @Test
  void aMeetingIsOneEventInUtcWithItsUidSequenceStatusPlaceAndAgenda() throws Exception {
    VEvent e =
        onlyEvent(
            MeetingCalendar.write(
                "Overleg regio 29", List.of(entry(0, MeetingStatus.AGENDA_PUBLISHED, AT))));
    assertThat(value(e, Property.UID)).isEqualTo("m-1@regioportaal.test");
    assertThat(value(e, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED");
    // 14:00 in Amsterdam in December is 13:00 UTC
    assertThat(value(e, Property.DTSTART)).isEqualTo("20261215T130000Z");
    assertThat(value(e, Property.DTEND)).isEqualTo("20261215T150000Z");
    assertThat(value(e, Property.SUMMARY)).isEqualTo("Overleg december (Bestuurlijk overleg)");
    assertThat(value(e, Property.LOCATION)).isEqualTo("Stadhuis Schiedam");
    assertThat(value(e, Property.URL)).isEqualTo("https://portal.test/r/29/meetings/1");
    assertThat(value(e, Property.DESCRIPTION))
        .contains("1. Opening (information)")
        .contains("2. Verdeelsleutel 2027 (decision)");
  }

  @Test
  void aMovedMeetingKeepsItsUidWithAHigherSequenceAndACancelledOneIsCancelled() throws Exception {
    VEvent before =
        onlyEvent(MeetingCalendar.write("x", List.of(entry(0, MeetingStatus.PLANNED, AT))));
    VEvent moved =
        onlyEvent(
            MeetingCalendar.write("x", List.of(entry(1, MeetingStatus.PLANNED, AT.plusDays(1)))));
    VEvent cancelled =
        onlyEvent(
            MeetingCalendar.write("x", List.of(entry(2, MeetingStatus.CANCELLED, AT.plusDays(1)))));
    assertThat(value(before, Property.STATUS)).isEqualTo("TENTATIVE");
    assertThat(value(moved, Property.UID)).isEqualTo(value(before, Property.UID));
    assertThat(Integer.parseInt(value(moved, Property.SEQUENCE)))
        .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
    assertThat(value(moved, Property.DTSTART)).isEqualTo("20261216T130000Z");
    assertThat(value(cancelled, Property.UID)).isEqualTo(value(before, Property.UID));
    assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
  }

  @Test
  void anEmptyFeedIsAValidCalendarWithItsName() throws Exception {
    String ics = MeetingCalendar.write("Overleg regio 29", List.of());
    Calendar c = new CalendarBuilder().build(new StringReader(ics));
    assertThat(c.getComponents()).isEmpty();
    assertThat(c.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Overleg regio 29");
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0");
  }

  private static MeetingCalendar.Entry entry(int sequence, MeetingStatus status, LocalDateTime at) {
    return new MeetingCalendar.Entry(
        "m-1@regioportaal.test",
        sequence,
        "Overleg december",
        "Bestuurlijk overleg",
        at,
        at.plusHours(2),
        "Stadhuis Schiedam",
        null,
        status,
        LocalDateTime.of(2026, 12, 1, 9, 0),
        URI.create("https://portal.test/r/29/meetings/1"),
        List.of("Opening (information)", "Verdeelsleutel 2027 (decision)"));
  }

  private static VEvent onlyEvent(String ics) throws Exception {
    Calendar c = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = c.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String value(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElse(null);
  }
}
