package nl.regioportal.governance.domain;

import java.time.LocalDateTime;

/** A meeting as entered: times in Dutch local time; nothing checked yet. */
public record MeetingDraft(
    Long bodyId,
    String title,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String location,
    String onlineUrl,
    Boolean publicMeeting) {}
