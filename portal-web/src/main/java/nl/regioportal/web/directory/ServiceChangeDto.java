package nl.regioportal.web.directory;

/** One changed field of a service: old and new value, who and when (UTC). */
public record ServiceChangeDto(
    String field, String oldValue, String newValue, String by, java.time.OffsetDateTime at) {}
